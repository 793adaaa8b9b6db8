// axe-core, as the end-to-end tests run it in a page (it reaches into open shadow roots).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

export const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The WCAG levels checked: 2.0, 2.1 and 2.2, A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** In a page, once AXE_SOURCE has run: the violations, each with its first five places. */
export async function violationsIn(tags) {
  const result = await globalThis.axe.run(document, { runOnly: { type: 'tag', values: tags } });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
}
