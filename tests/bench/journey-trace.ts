// What the browser fetched during one journey, from the DevTools protocol's
// network events: each request's start and end in milliseconds from landing, and
// its bytes on the wire (headers included), beside the moments the journey marks.
// It shows which requests wait for which, and where the time goes.
import type { CDPSession, Page } from '@playwright/test';

export interface TracedRequest {
  url: string;
  start: number;
  end?: number;
  bytes?: number;
  /** Of `bytes`, the response's status line and headers. */
  headerBytes?: number;
  failed?: string;
}
/** A moment of the journey, with the page's main-thread time so far (ms). */
export interface Mark {
  at: number;
  what: string;
  busy: { task: number; script: number; layout: number; style: number };
}
export interface Trace {
  requests: TracedRequest[];
  marks: Mark[];
}

// In the page, only when tracing: when the Start button became usable, when each
// screen of the form appeared, and when each button was pressed, so the trace
// can tell the page's own time from the time the test took to notice it.
const watchPage = () => {
  const seen: { at: number; what: string }[] = [];
  (window as unknown as { benchSeen: typeof seen }).benchSeen = seen;
  const note = (what: string) => seen.push({ at: Date.now(), what });
  let enabled = false;
  let screen = '';
  new MutationObserver(() => {
    const start = document.querySelector('main button.button');
    if (!enabled && start && !(start as HTMLButtonElement).disabled) {
      enabled = true;
      note('start usable');
    }
    const now = document.querySelector('.step-count, .summary-list, .reference')?.textContent ?? '';
    if (now !== screen) {
      screen = now;
      if (now) note(`shown: ${now.slice(0, 20)}`);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener(
    'click',
    (e) => note(`click: ${(e.target as Element).textContent?.slice(0, 20)}`),
    true,
  );
};

export async function traceRequests(page: Page, cdp: CDPSession) {
  await page.addInitScript(watchPage);
  let started = Date.now();
  const requests = new Map<string, TracedRequest>();
  // The protocol's timestamps are seconds on a clock of its own; a request's
  // wall time ties that clock to Date.now().
  let offset = 0;
  const at = (timestamp: number) => Math.round(timestamp * 1000 + offset - started);
  cdp.on('Network.requestWillBeSent', (e) => {
    offset = e.wallTime * 1000 - e.timestamp * 1000;
    const path = new URL(e.request.url).pathname;
    requests.set(e.requestId, { url: `${e.request.method} ${path}`, start: at(e.timestamp) });
  });
  const headerBytes = new Map<string, number>();
  cdp.on('Network.responseReceivedExtraInfo', (e) => {
    if (e.headersText) headerBytes.set(e.requestId, Buffer.byteLength(e.headersText));
  });
  cdp.on('Network.loadingFinished', (e) => {
    const request = requests.get(e.requestId);
    if (request) Object.assign(request, { end: at(e.timestamp), bytes: e.encodedDataLength });
  });
  cdp.on('Network.loadingFailed', (e) => {
    const request = requests.get(e.requestId);
    if (request) Object.assign(request, { end: at(e.timestamp), failed: e.errorText });
  });
  await cdp.send('Performance.enable');
  const marks: Mark[] = [];
  const noBusy = { task: 0, script: 0, layout: 0, style: 0 };
  // Each step of the form is a history entry of its own: when it was pushed.
  await cdp.send('Page.enable');
  cdp.on('Page.navigatedWithinDocument', () =>
    marks.push({ at: Date.now() - started, what: 'next screen', busy: noBusy }),
  );
  return {
    from: (time: number) => void (started = time),
    mark: async (what: string) => {
      const at = Date.now() - started;
      const { metrics } = await cdp.send('Performance.getMetrics');
      const ms = (name: string) =>
        Math.round((metrics.find((m) => m.name === name)?.value ?? 0) * 1000);
      marks.push({
        at,
        what,
        busy: {
          task: ms('TaskDuration'),
          script: ms('ScriptDuration'),
          layout: ms('LayoutDuration'),
          style: ms('RecalcStyleDuration'),
        },
      });
    },
    done: async (): Promise<Trace> => {
      const seen = await page.evaluate(
        () => (window as unknown as { benchSeen: Mark[] }).benchSeen ?? [],
      );
      for (const { at, what } of seen) marks.push({ at: at - started, what, busy: noBusy });
      for (const [id, request] of requests) request.headerBytes = headerBytes.get(id);
      return { requests: [...requests.values()], marks };
    },
  };
}
