// The English the catalogue writes, to look for in a widget that should have none: its words
// German does not share, and its phrases of three words or more. Read from the README's strings
// table (a native test holds it to the catalogue) and the German translation.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { root } from './server.mjs';

const readme = await readFile(join(root, 'README.md'), 'utf8');
const german = JSON.parse(await readFile(join(root, 'crates/engagement-core/src/strings/de.json'), 'utf8'));
const words = (text) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
const allText = (value) =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(allText) : [];

/** English words the catalogue writes that German does not use: any of them in a German widget
 * is an untranslated string. */
export const ENGLISH = (() => {
  const table = readme.slice(readme.indexOf('<!-- strings -->'), readme.indexOf('<!-- /strings -->'));
  const english = new Set();
  for (const row of table.split('\n').filter((l) => l.startsWith('| `'))) {
    const text = row.split(' | ')[1].replace(/%\{\w+\}/g, ' ');
    for (const word of words(text)) if (word.length > 1) english.add(word);
  }
  for (const word of allText(german).flatMap((t) => words(t.replace(/%\{\w+\}/g, ' ')))) english.delete(word);
  // Names the widget writes in any language, and "br" from the table's line breaks.
  for (const word of ['auxeng', 'github', 'gitlab', 'chrome', 'edge', 'firefox', 'safari', 'br']) english.delete(word);
  return english;
})();

/** Every run of three words or more between the placeholders of an English string: one of
 * them in the German widget is that string, untranslated, whatever words German shares. */
export const FRAGMENTS = (() => {
  const table = readme.slice(readme.indexOf('<!-- strings -->'), readme.indexOf('<!-- /strings -->'));
  const fragments = new Set();
  for (const row of table.split('\n').filter((l) => l.startsWith('| `'))) {
    for (const form of row.split(' | ')[1].split('<br>')) {
      for (const piece of form.replace(/^(one|other): /, '').split(/%\{\w+\}/)) {
        const fragment = piece.trim();
        if (fragment.split(/\s+/).length >= 3) fragments.add(fragment);
      }
    }
  }
  return [...fragments];
})();

/** The English words and phrases in `text`. */
export function englishIn(text) {
  const found = [...new Set(words(text))].filter((w) => ENGLISH.has(w));
  return [...found, ...FRAGMENTS.filter((fragment) => text.includes(fragment))];
}


/** In a page (give it to the driver's `run`, or Playwright's `evaluate` as `(el) => ...`):
 * everything the widget says: its text (hidden text and live regions included), accessible
 * names, titles and the text boxes it fills (the Generated Markdown, the handout). */
export function widgetText(root) {
  const parts = [root.textContent];
  for (const node of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
      if (node.hasAttribute(name)) parts.push(node.getAttribute(name));
    }
    if (node.localName === 'textarea' && node.readOnly) parts.push(node.value);
  }
  return parts.join('\n');
}
