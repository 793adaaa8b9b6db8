// The expectations travel, in the engine ENGINE names: a handout of the expectations and the
// pitch copied for an email (text/html and text/plain) or as Markdown, or downloaded. (Printing:
// tests/journeys/print.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Parser } from 'commonmark';
import { useEngine, initScript, downloaded, ENGINE } from './driver.mjs';
import { EXPECTATIONS, STEPS } from '../../lib/one-pager.mjs';

const env = useEngine();
const handoutMarkdown = (page) => page.run((h) => h.value({ label: 'The handout as Markdown' }));

/** Headings (level, text) and the text of each list item, as commonmark.js reads Markdown. */
function outline(markdown) {
  const walker = new Parser().parse(markdown).walker();
  const headings = [];
  const items = [];
  let event;
  let heading = null;
  let item = null;
  let depth = 0;
  while ((event = walker.next())) {
    const { node, entering } = event;
    if (node.type === 'heading') {
      if (entering) heading = { level: node.level, text: '' };
      else headings.push([heading.level, heading.text]);
    } else if (node.type === 'item') {
      depth += entering ? 1 : -1;
      if (entering && depth === 1) item = '';
      if (!entering && depth === 0) items.push(item);
    } else if (entering && (node.type === 'text' || node.type === 'code')) {
      if (heading && !item) heading.text += node.literal;
      if (item !== null && depth > 0) item += node.literal;
    } else if (entering && node.type === 'softbreak' && item !== null) {
      item += ' ';
    }
    if (node.type === 'heading' && !entering) heading = null;
    if (node.type === 'item' && !entering && depth === 0) item = null;
  }
  return { headings, items };
}

test('Copy the handout for email puts headings, four expectations and five steps, with the team, on the clipboard', async () => {
  const page = await env.engine.open(env.server.url('/fixtures/clean.html'));
  await page.click({ button: 'Copy the handout for email' });
  await page.until((h) => h.root().textContent.includes('The expectations and the pitch were copied, formatted for an email.'));
  assert.deepEqual((await page.clipboardTypes()).sort(), ['text/html', 'text/plain']);
  const html = await page.clipboard('text/html');
  assert.match(html, /<h1[^>]*>Working with Developer Experience<\/h1>/);
  assert.match(html, /<h2[^>]*>Set a baseline<\/h2>/);
  assert.match(html, /<h2[^>]*>Prepare the pitch<\/h2>/);
  for (const text of [...EXPECTATIONS, ...STEPS]) assert.ok(html.includes(text.replace("'", '&#39;')) || html.includes(text), text);
  assert.equal((html.match(/<li/g) ?? []).length, 9);
  // No widget attributes in the email. (WebKit's clipboard sanitiser writes the HTML out again
  // with inline styles and "Apple-" classes of its own: those are left out of the check.)
  const ours = ENGINE === 'webkit' ? html.replace(/ class="Apple-[\w-]+"/g, '').replace(/ style="[^"]*"/g, '') : html;
  assert.ok(!/class=|aria-|style=/.test(ours), 'no widget attributes in the email');
  const { headings, items } = outline(await page.clipboard('text/plain'));
  assert.deepEqual(headings, [[1, 'Working with Developer Experience'], [2, 'Set a baseline'], [2, 'Prepare the pitch']]);
  assert.equal(items.length, 9);
  EXPECTATIONS.forEach((title, n) => assert.ok(items[n].startsWith(`${title}. `), items[n]));
  STEPS.forEach((title, n) => assert.ok(items[4 + n].startsWith(`${title} `), items[4 + n]));
  await page.close();
});

test("Copy the handout as Markdown copies a host's own expectations as text/plain only", async () => {
  const page = await env.engine.open(env.server.url('/fixtures/json.html'));
  await page.click({ button: 'Copy the handout as Markdown' });
  await page.until((h) => h.root().textContent.includes('The expectations and the pitch were copied as Markdown.'));
  assert.deepEqual(await page.clipboardTypes(), ['text/plain']);
  const text = await page.clipboard('text/plain');
  assert.equal(text, await handoutMarkdown(page));
  const { headings, items } = outline(text);
  assert.deepEqual(headings[0], [1, 'Working with Attribute team'], 'the attribute wins over the JSON');
  assert.deepEqual(items.slice(0, 2), ['Pair every day. Aux engineers pair with your team daily.', 'Write it down. Decisions go in the team wiki.']);
  assert.equal(items.length, 7, 'two expectations and five steps');
  await page.close();
});

test('where the clipboard refuses, the handout is selected for the visitor and they are told', async () => {
  initScript(() => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    document.execCommand = () => false;
  });
  const page = await env.engine.open(env.server.url('/fixtures/clean.html'));
  await page.click({ button: 'Copy the handout as Markdown' });
  await page.until((h) => h.root().textContent.includes('Could not copy automatically. The Markdown is selected in the box below'));
  const box = await page.run((h) => {
    const el = h.find({ label: 'The handout as Markdown' });
    const r = el.getBoundingClientRect();
    return { shown: r.width > 0 && r.height > 0, selected: el.selectionEnd - el.selectionStart, length: el.value.length };
  });
  assert.equal(box.shown, true, 'the box is shown');
  assert.equal(box.selected, box.length, 'all of it is selected');
  await page.close();
});

test('Download the handout saves it as a .md file named for the team', async () => {
  const page = await env.engine.open(env.server.url('/fixtures/clean.html'));
  await page.click({ button: 'Download the handout' });
  assert.equal(await downloaded(env.engine.downloads, 'engagement-guide-developer-experience.md'), await handoutMarkdown(page));
  await page.close();
});
