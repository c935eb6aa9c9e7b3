// Whether every letter on a page is really drawn. A letter no installed font has
// is drawn as an empty box, and axe cannot see that: an Urdu page can pass every
// accessibility check and still be unreadable. Chromium reports, per text node,
// which fonts it drew the text with (DevTools protocol, CSS.getPlatformFontsForNode);
// fontconfig says which characters each of those fonts has. A character that none
// of its node's fonts has was drawn as a box.
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';

type Ranges = [number, number][];

let fonts: Map<string, Ranges> | undefined;

/** Characters per installed font, by PostScript name and by family name. */
function installedFonts(): Map<string, Ranges> {
  if (fonts) return fonts;
  fonts = new Map();
  const listing = execFileSync('fc-list', ['-f', '%{postscriptname}\t%{family}\t%{charset}\n'], {
    encoding: 'utf8',
  });
  for (const line of listing.split('\n')) {
    const [postscript, families = '', charset = ''] = line.split('\t');
    if (!postscript) continue;
    const ranges: Ranges = charset
      .split(' ')
      .filter(Boolean)
      .map((range) => {
        const [from = '0', to = from] = range.split('-');
        return [parseInt(from, 16), parseInt(to, 16)];
      });
    for (const name of [postscript, ...families.split(',')]) {
      const known = fonts.get(name);
      fonts.set(name, known ? [...known, ...ranges] : ranges);
    }
  }
  return fonts;
}

const has = (ranges: Ranges, code: number) =>
  ranges.some(([from, to]) => code >= from && code <= to);

// Characters that are never drawn as a glyph of their own: spaces, controls,
// direction isolates and joiners (format characters), variation selectors.
const notDrawn = /[\p{White_Space}\p{Cc}\p{Cf}\uFE00-\uFE0F]/u;

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  children?: DomNode[];
}

function* textNodes(node: DomNode): Generator<DomNode> {
  if (node.nodeName === 'HEAD' || node.nodeName === 'SCRIPT' || node.nodeName === 'STYLE') return;
  if (node.nodeType === 3 && node.nodeValue.trim()) yield node;
  for (const child of node.children ?? []) yield* textNodes(child);
}

/** One line per character drawn without a glyph: where, which character, which fonts were tried. */
export async function missingGlyphs(page: Page): Promise<string[]> {
  const installed = installedFonts();
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: DomNode };
    const problems: string[] = [];
    const nodes = [...textNodes(root)];
    // All at once: one round trip per text node, one after another, was most of
    // the time the browser tests spent on a long page.
    const fontsUsed = await Promise.all(
      nodes.map((node) => cdp.send('CSS.getPlatformFontsForNode', { nodeId: node.nodeId })),
    );
    for (const [i, node] of nodes.entries()) {
      const used = fontsUsed[i]!.fonts;
      // No fonts: the text is not rendered (display: none), so nothing is drawn.
      if (!used.length) continue;
      const ranges = used.map(
        (font) => installed.get(font.postScriptName ?? '') ?? installed.get(font.familyName) ?? [],
      );
      for (const char of new Set(node.nodeValue)) {
        const code = char.codePointAt(0) ?? 0;
        if (notDrawn.test(char) || ranges.some((r) => has(r, code))) continue;
        const hex = code.toString(16).toUpperCase().padStart(4, '0');
        problems.push(
          `"${char}" (U+${hex}) in "${node.nodeValue.trim().slice(0, 40)}", drawn with ${used.map((f) => f.familyName).join(', ')}`,
        );
      }
    }
    return problems;
  } finally {
    await cdp.detach();
  }
}
