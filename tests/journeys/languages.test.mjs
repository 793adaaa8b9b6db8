// The host's language, in the engine ENGINE names: a Welsh page's own strings take the plural
// form of each count (the engine's Intl.PluralRules picks it), an Arabic page runs right to
// left, and a page that changes its language is followed. (The German journey runs in
// Chromium: tests/e2e/languages.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { useEngine, ENGINE } from './driver.mjs';
import { axe, saidIn, paste } from './steps.mjs';
import { root } from '../../lib/server.mjs';
import { englishIn } from '../../lib/english.mjs';

const env = useEngine();
const words = (n, word) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

/** Opens a fixture page and waits for its form; the host's words are all taken. */
async function open(path) {
  const page = await env.engine.open(env.server.url(path), { wait: false });
  await page.until((h) => h.has({ css: '.form button[type=submit]' }));
  assert.equal(await page.run((h) => h.has({ css: '.notice-warning' })), false, 'no configuration problem');
  return page;
}

test('a Welsh page with its own strings shows the plural form of each count: 0, 1, 2, 3, 6 and 11', async () => {
  const page = await open('/fixtures/cy.html');
  assert.equal(await page.run((h) => h.find({ css: '.app' }).lang), 'cy');
  const need = { label: 'Beth sydd ei angen arnoch?' };
  // The limit, said to screen readers: 12 is "other" in Welsh.
  const hidden = await page.run((h, need) => {
    const ids = h.find(need).getAttribute('aria-describedby').split(' ');
    return ids.map((id) => h.root().getElementById(id).textContent).join(' | ');
  }, need);
  assert.match(hidden, /disgrifiad other 12/);
  // The counter under it, as the visitor types: words left, then words over.
  for (const [typed, said] of [
    [9, 'ar ôl few 3'],
    [10, 'ar ôl two 2'],
    [11, 'ar ôl one 1'],
    [13, 'gormod one 1'],
    [14, 'gormod two 2'],
    [15, 'gormod few 3'],
    [18, 'gormod many 6'],
    [23, 'gormod other 11'],
  ]) {
    await paste(page, need, words(typed, 'gair'));
    await page.until((h, said) => h.text({ css: '.count' }) === said, said);
  }
  // A number's unit in the document, for 0 as for the rest.
  for (const [n, unit] of [
    [0, 'cath (zero)'],
    [1, 'gath (one)'],
    [2, 'gath (two)'],
    [3, 'cath (few)'],
    [6, 'chath (many)'],
    [11, 'cath (other)'],
  ]) {
    await page.fill({ label: 'Cathod (optional)' }, String(n));
    const line = `- **Cathod:** ${n} ${unit}\n`;
    await page.until((h, line) => h.markdown().includes(line), line);
  }
  await page.close();
});

test('an Arabic page runs right to left: the error summary and the counters sit on the right', async () => {
  const page = await open('/fixtures/ar.html');
  assert.deepEqual(await page.run((h) => [h.find({ css: '.app' }).lang, h.find({ css: '.app' }).dir]), ['ar', 'rtl']);
  assert.deepEqual(await axe(page), [], 'fresh');
  await page.click({ button: 'تحقق من طلب' });
  await page.until((h) => h.has({ css: '.error-summary-title', text: 'هناك مشكلة' }));
  assert.deepEqual(await axe(page), [], 'with errors');
  await page.fill({ label: 'ماذا تحتاج؟' }, words(10, 'كلمة'));
  await page.until((h) => h.text({ css: '.count' }) === 'بقيت لديك كلمتان');
  // Where the text of the summary's title and of the counter is drawn, in its box.
  const placed = await page.run((h) => {
    const root = h.root();
    const text = (node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getBoundingClientRect();
    };
    const box = root.querySelector('.error-summary').getBoundingClientRect();
    const title = text(root.querySelector('.error-summary-title'));
    const field = root.querySelector('.count').closest('.field').querySelector('textarea').getBoundingClientRect();
    const count = text(root.querySelector('.count'));
    const style = getComputedStyle(root.querySelector('.field-error'));
    return {
      box: [box.left, box.right],
      title: [title.left, title.right],
      field: [field.left, field.right],
      count: [count.left, count.right],
      errorBorder: [style.borderLeftWidth, style.borderRightWidth],
    };
  });
  const middle = ([l, r]) => (l + r) / 2;
  const all = JSON.stringify(placed);
  assert.ok(placed.title[1] > middle(placed.box) && placed.title[0] > middle(placed.box), `the summary's title is on the right: ${all}`);
  assert.ok(placed.box[1] - placed.title[1] < 60, `and starts at its right edge: ${all}`);
  assert.ok(placed.count[0] > middle(placed.field), `the counter is on the right: ${all}`);
  assert.ok(Math.abs(placed.field[1] - placed.count[1]) < 4, `under the box's right edge: ${all}`);
  assert.deepEqual(placed.errorBorder, ['0px', '5px'], 'the error bar is on the right');
  // The document is the same Markdown, whatever the direction.
  assert.match(
    await page.run((h) => h.value({ label: 'Markdown المُنشأ' })),
    /^# طلب: _لم يُقدَّم بعد_\n\n- \*\*اسم الفريق:\*\* _لم يُقدَّم بعد_\n\n## ماذا تحتاج؟\n\nكلمة0 /
  );
  await mkdir(join(root, 'target', 'screenshots'), { recursive: true });
  await page.run((h) => h.find({ css: '.error-summary' }).scrollIntoView({ block: 'start' }));
  await page.screenshot(join(root, 'target', 'screenshots', `arabic-rtl-${ENGINE}.png`));
  await page.close();
});

test('a page that changes its language is followed, the answers kept', async () => {
  const page = await open('/fixtures/clean.html');
  await page.fill({ label: 'Team name' }, 'Payments');
  await page.run(() => document.documentElement.setAttribute('lang', 'de-AT'));
  await page.until((h) => h.has({ button: 'One-Pager prüfen' }));
  assert.equal(await page.run((h) => h.find({ css: '.app' }).lang), 'de-AT');
  assert.equal(await page.run((h) => h.value({ label: 'Teamname' })), 'Payments');
  assert.deepEqual(englishIn(await saidIn(page)), [], 'no English once the page turned German');
  // The element's own lang wins over the page's.
  await page.run((h) => h.widget().setAttribute('lang', 'en'));
  await page.until((h) => h.has({ button: 'Check your one-pager' }));
  assert.equal(await page.run((h) => h.value({ label: 'Team name' })), 'Payments');
  await page.close();
});
