// Read aloud: the browser's own speech synthesis reads the guide in the page's
// language, a sentence at a time. No audio is fetched; nothing leaves the device.
// Hidden when the browser has no voice for the language: an English voice
// reading Urdu would help nobody.

// Spelled out rather than imported, as in quick-exit.ts: an import would turn
// this inline script into a file every guide has to fetch.
const QUICK_EXIT_EVENT = 'yvs:quick-exit';
const HIGHLIGHT = 'listen-sentence';
const SENTENCE = /[^.!?۔؟]+[.!?۔؟]*["”’)]*\s*/g;

interface Sentence {
  text: string;
  range: Range;
}

/** The sentences of a block, each with the range of text it covers (for the highlight). */
function sentencesIn(block: Element): Sentence[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const text = nodes.map((n) => n.data).join('');
  const at = (offset: number): [Text, number] => {
    for (const node of nodes) {
      if (offset <= node.data.length) return [node, offset];
      offset -= node.data.length;
    }
    const last = nodes[nodes.length - 1]!;
    return [last, last.data.length];
  };
  const sentences: Sentence[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    const spoken = match[0].trim();
    if (!spoken) continue;
    const range = document.createRange();
    range.setStart(...at(match.index));
    range.setEnd(...at(match.index + match[0].trimEnd().length));
    sentences.push({ text: spoken, range });
  }
  return sentences;
}

class ListenAloud extends HTMLElement {
  private queue: Sentence[] = [];

  connectedCallback(): void {
    const synth = window.speechSynthesis;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
    const show = () => {
      if (this.voice()) this.hidden = false;
    };
    show();
    synth.addEventListener?.('voiceschanged', show);
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-action]'))
      button.addEventListener('click', () => this.act(button.dataset.action ?? ''));
    // Someone walked in: the page goes, and so must its voice.
    window.addEventListener(QUICK_EXIT_EVENT, () => this.stop());
    window.addEventListener('pagehide', () => this.stop());
  }

  private voice(): SpeechSynthesisVoice | undefined {
    const lang = (this.dataset.lang ?? document.documentElement.lang).toLowerCase();
    return window.speechSynthesis
      .getVoices()
      .find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === lang);
  }

  /**
   * Shows the buttons for a state and says what happened (`said`: a data-* name
   * on the status line). The button that had focus may have just been hidden:
   * focus then goes to `focus`, or when reading ends by itself, back to Start.
   */
  private show(
    state: 'idle' | 'speaking' | 'paused',
    said: 'speaking' | 'paused' | 'stopped' | 'finished',
    focus = 'start',
  ): void {
    const visible = { idle: ['start'], speaking: ['pause', 'stop'], paused: ['resume', 'stop'] }[
      state
    ];
    const active = document.activeElement;
    const hadFocus = !!active && this.contains(active);
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-action]'))
      button.hidden = !visible.includes(button.dataset.action ?? '');
    if (hadFocus) this.querySelector<HTMLButtonElement>(`[data-action="${focus}"]`)?.focus();
    // The buttons' names change silently; this line is what a screen reader hears.
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (status) status.textContent = status.dataset[said] ?? '';
  }

  private act(action: string): void {
    const synth = window.speechSynthesis;
    if (action === 'start') this.start();
    if (action === 'pause') {
      synth.pause();
      this.show('paused', 'paused', 'resume');
    }
    if (action === 'resume') {
      synth.resume();
      this.show('speaking', 'speaking', 'pause');
    }
    if (action === 'stop') {
      this.stop();
      this.show('idle', 'stopped');
    }
  }

  private start(): void {
    const text = document.querySelector('[data-listen-text]');
    const voice = this.voice();
    if (!text || !voice) return;
    window.speechSynthesis.cancel();
    const blocks = text.querySelectorAll('h2, h3, p, li');
    this.queue = [...blocks].flatMap(sentencesIn);
    this.show('speaking', 'speaking', 'pause');
    this.queue.forEach((sentence, i) => {
      const utterance = new SpeechSynthesisUtterance(sentence.text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.onstart = () => this.highlight(sentence.range);
      if (i === this.queue.length - 1)
        utterance.onend = () => (this.highlight(), this.show('idle', 'finished'));
      window.speechSynthesis.speak(utterance);
    });
  }

  private stop(): void {
    window.speechSynthesis?.cancel();
    this.queue = [];
    this.highlight();
  }

  /** Marks the sentence being read, unless the reader asked for less motion. */
  private highlight(range?: Range): void {
    const highlights = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
    const Highlight = (window as unknown as { Highlight?: new (r: Range) => unknown }).Highlight;
    if (!highlights || !Highlight) return;
    highlights.delete(HIGHLIGHT);
    if (range && matchMedia('(prefers-reduced-motion: no-preference)').matches)
      highlights.set(HIGHLIGHT, new Highlight(range));
  }
}

export function defineListenAloud(): void {
  if (!customElements.get('listen-aloud')) customElements.define('listen-aloud', ListenAloud);
}
