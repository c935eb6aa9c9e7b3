// Lighthouse, mobile preset with simulated throttling (slow 4G, a 4× slower CPU),
// in Debian's Chromium: the median of `runs` runs per page, by performance score.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../support/chromium.mjs';

const categories = ['performance', 'accessibility', 'best-practices'];

function summary(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue;
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  const bytes = (type) =>
    items
      .filter((i) => !type || i.resourceType === type)
      .reduce((sum, i) => sum + (i.transferSize ?? 0), 0);
  // Lighthouse 13 names the LCP element in its LCP breakdown insight.
  const lcpNode = (lhr.audits['lcp-breakdown-insight']?.details?.items ?? []).find(
    (i) => i.type === 'node',
  );
  return {
    performance: lhr.categories.performance.score,
    accessibility: lhr.categories.accessibility.score,
    bestPractices: lhr.categories['best-practices'].score,
    lcpMs: Math.round(audit('largest-contentful-paint')),
    fcpMs: Math.round(audit('first-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
    lcpElement: lcpNode ? `${lcpNode.selector}: ${lcpNode.nodeLabel?.slice(0, 60)}` : null,
    transfer: {
      total: bytes(),
      script: bytes('Script'),
      font: bytes('Font'),
      document: bytes('Document'),
    },
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Runs every url `runs` times in one browser; min, median and max of each figure, and the median run.
 * @param {Record<string, string>} urls
 * @param {number} [runs]
 * @param {(line: string) => void} [log]
 */
export async function measurePages(urls, runs = 3, log = () => {}) {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const results = {};
    for (const [name, url] of Object.entries(urls)) {
      const all = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: categories,
        });
        if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
        all.push(summary(result.lhr));
      }
      const spread = (pick) => {
        // A run where Lighthouse could not time something gives NaN: left out, not averaged in.
        const values = all.map(pick).filter(Number.isFinite);
        if (!values.length) return { min: null, median: null, max: null };
        return { min: Math.min(...values), median: median(values), max: Math.max(...values) };
      };
      // At least one run: `runs` is 1 or more.
      const middle = /** @type {ReturnType<typeof summary>} */ (
        [...all].sort((a, b) => a.lcpMs - b.lcpMs)[Math.floor(all.length / 2)]
      );
      results[name] = {
        url,
        performance: spread((r) => r.performance),
        accessibility: spread((r) => r.accessibility),
        bestPractices: spread((r) => r.bestPractices),
        lcpMs: spread((r) => r.lcpMs),
        fcpMs: spread((r) => r.fcpMs),
        tbtMs: spread((r) => r.tbtMs),
        cls: spread((r) => r.cls),
        transferBytes: spread((r) => r.transfer.total),
        scriptBytes: spread((r) => r.transfer.script),
        fontBytes: spread((r) => r.transfer.font),
        lcpElement: middle.lcpElement,
      };
      log(
        `${name}: perf ${results[name].performance.median}, LCP ${results[name].lcpMs.median} ms, ${results[name].transferBytes.median} B`,
      );
    }
    return results;
  } finally {
    await chrome.kill();
  }
}
