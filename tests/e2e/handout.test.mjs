// The expectations travel: a handout of the expectations and the pitch copied for an email
// (text/html and text/plain) or as Markdown, and a page that prints as a clean handout; "Print
// one-pager" prints the generated one-pager alone. PDFs are read with pdftotext (poppler).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'commonmark';
import { useBrowser, openPage, fillComplete } from './harness.mjs';

const env = useBrowser();
const CLIPBOARD = ['clipboard-read', 'clipboard-write'];

const EXPECTATIONS = [
  'The aux engineer will not do the hard work',
  'Diffusion is the primary goal; project success is the secondary one',
  'Weekly retros and schedules matter, and critical feedback is strongly encouraged',
  'If failure modes persist, the engagement ends early',
];
const STEPS = ['What is AuxEng?', 'What is Developer Experience?', 'Why AuxEng?', 'What does an embed do?', 'How do we get started?'];
/** What only the form and the buttons say: none of it belongs on the printed handout. */
const NOT_ON_PAPER = ['Team name', 'The team asking for the engagement.', 'Check your one-pager', 'Copy for email', 'Copy the handout', 'Import a one-pager', 'Start over', 'Generated Markdown'];

const readClipboard = (page) =>
  page.evaluate(async () => {
    const out = {};
    for (const item of await navigator.clipboard.read()) {
      for (const type of item.types) out[type] = await (await item.getType(type)).text();
    }
    return out;
  });

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

/** The page as printed, as text (pdftotext), and the PDF's path. */
async function printed(page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const dir = await mkdtemp(join(tmpdir(), 'ew-print-'));
  const path = join(dir, 'page.pdf');
  await writeFile(path, pdf);
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  const pages = execFileSync('pdfinfo', [path], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1];
  return { text: text.replace(/\s+/g, ' '), pages: Number(pages), path };
}

test('Copy the handout for email puts headings, four expectations and five steps, with the team, on the clipboard', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url('/fixtures/clean.html'), { permissions: CLIPBOARD });
  await page.getByRole('button', { name: 'Copy the handout for email' }).click();
  await page.getByText('The expectations and the pitch were copied, formatted for an email.').waitFor();
  const clip = await readClipboard(page);
  assert.deepEqual(Object.keys(clip).sort(), ['text/html', 'text/plain']);
  const html = clip['text/html'];
  assert.match(html, /<h1[^>]*>Working with Developer Experience<\/h1>/);
  assert.match(html, /<h2[^>]*>Set a baseline<\/h2>/);
  assert.match(html, /<h2[^>]*>Prepare the pitch<\/h2>/);
  for (const text of [...EXPECTATIONS, ...STEPS]) assert.ok(html.includes(text.replace("'", '&#39;')) || html.includes(text), text);
  assert.equal((html.match(/<li/g) ?? []).length, 9);
  assert.ok(!/class=|aria-|style=/.test(html), 'no widget attributes in the email');
  const { headings, items } = outline(clip['text/plain']);
  assert.deepEqual(headings, [[1, 'Working with Developer Experience'], [2, 'Set a baseline'], [2, 'Prepare the pitch']]);
  assert.equal(items.length, 9);
  EXPECTATIONS.forEach((title, n) => assert.ok(items[n].startsWith(`${title}. `), items[n]));
  STEPS.forEach((title, n) => assert.ok(items[4 + n].startsWith(`${title} `), items[4 + n]));
  assert.deepEqual(problems, []);
  await context.close();
});

test("Copy the handout as Markdown copies a host's own expectations as text/plain only", async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/fixtures/json.html'), { permissions: CLIPBOARD });
  await page.getByRole('button', { name: 'Copy the handout as Markdown' }).click();
  await page.getByText('The expectations and the pitch were copied as Markdown.').waitFor();
  const clip = await readClipboard(page);
  assert.deepEqual(Object.keys(clip), ['text/plain']);
  assert.equal(clip['text/plain'], await page.getByLabel('The handout as Markdown').inputValue());
  const { headings, items } = outline(clip['text/plain']);
  assert.deepEqual(headings[0], [1, 'Working with Attribute team'], 'the attribute wins over the JSON');
  assert.deepEqual(items.slice(0, 2), [
    'Pair every day. Aux engineers pair with your team daily.',
    'Write it down. Decisions go in the team wiki.',
  ]);
  assert.equal(items.length, 7, 'two expectations and five steps');
  await context.close();
});

test('where the clipboard refuses, the handout is selected for the visitor and they are told', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/fixtures/clean.html'), {
    init: () => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
      document.execCommand = () => false;
    },
  });
  await page.getByRole('button', { name: 'Copy the handout as Markdown' }).click();
  await page.getByText('Could not copy automatically. The Markdown is selected in the box below', { exact: false }).waitFor();
  const box = page.getByLabel('The handout as Markdown');
  assert.equal(await box.isVisible(), true, 'the box is shown');
  const selected = await box.evaluate((el) => el.selectionEnd - el.selectionStart);
  assert.equal(selected, (await box.inputValue()).length);
  await context.close();
});

test('Download the handout saves it as a .md file named for the team', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/fixtures/clean.html'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the handout' }).click()]);
  assert.equal(download.suggestedFilename(), 'engagement-guide-developer-experience.md');
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  assert.equal(await readFile(path, 'utf8'), await page.getByLabel('The handout as Markdown').inputValue());
  await context.close();
});

test('printing the demo page gives the handout: the expectations and the five steps, no form, no buttons', async () => {
  for (const url of ['/', '/fixtures/print-hostile.html']) {
    const { page, context } = await openPage(env.browser, env.server.url(url));
    await page.getByLabel('Team name').fill('Payments');
    const { text, pages } = await printed(page);
    for (const title of [...EXPECTATIONS, ...STEPS]) assert.ok(text.includes(title), `${url}: ${title}`);
    assert.ok(text.includes('Set a baseline') && text.includes('Prepare the pitch'), url);
    for (const words of NOT_ON_PAPER) assert.ok(!text.includes(words), `${url}: "${words}" is not printed`);
    assert.ok(pages >= 1 && pages <= 2, `${url}: ${pages} pages`);
    await context.close();
  }
});

test('Print one-pager prints the complete one-pager alone', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/'), {
    init: () => {
      window.print = () => {
        globalThis.__printed = (globalThis.__printed ?? 0) + 1;
      };
    },
  });
  // Not complete yet: the error summary instead, and nothing printed.
  await page.getByRole('button', { name: 'Print one-pager' }).click();
  await page.getByText('There is a problem').waitFor();
  assert.equal(await page.evaluate(() => globalThis.__printed ?? 0), 0);

  await fillComplete(page);
  await page.getByRole('button', { name: 'Print one-pager' }).click();
  assert.equal(await page.evaluate(() => globalThis.__printed), 1);
  const { text, pages } = await printed(page);
  assert.ok(text.includes('One-pager: Payments Platform'), text.slice(0, 300));
  for (const words of ['Problem', 'Success measures', 'Expectations', 'Lead time under 1 hour']) assert.ok(text.includes(words), words);
  for (const words of [...NOT_ON_PAPER, 'Set a baseline', 'Prepare the pitch', 'Your one-pager is ready', 'Preview']) {
    assert.ok(!text.includes(words), `"${words}" is not printed`);
  }
  assert.equal(pages, 1);
  // After printing, the page is the whole widget again.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  const { text: again } = await printed(page);
  assert.ok(again.includes('Set a baseline'));
  await context.close();
});

test('paper is black on white whatever the theme: dark colour scheme, theme="dark", and the one-pager alone', async () => {
  /** The printed colours of the widget's surface and its main texts. */
  const colours = (page) =>
    page.evaluate(() => {
      const root = document.querySelector('engagement-widget').shadowRoot;
      const of = (selector, property) => getComputedStyle(root.querySelector(selector))[property];
      return {
        background: of('.ew', 'backgroundColor'),
        texts: ['.header .title', '.expectation-title', '.expectation-body', '.pitch-title', '.pitch-body', '.section-title'].map((s) => [s, of(s, 'color')]),
      };
    });
  const black = /^rgb\((\d+), (\d+), (\d+)\)$/;
  const dark = (colour) => {
    const [, r, g, b] = colour.match(black) ?? [];
    return r !== undefined && Math.max(r, g, b) <= 0x33;
  };
  // The page's dark colour scheme with no theme; theme="dark" on a light page (so the attribute
  // alone makes it dark on screen).
  for (const [theme, colorScheme] of [[null, 'dark'], ['dark', 'light']]) {
    const { page, context } = await openPage(env.browser, env.server.url('/'), { colorScheme });
    if (theme) await page.evaluate((t) => document.querySelector('engagement-widget').setAttribute('theme', t), theme);
    const onScreen = await colours(page);
    assert.ok(!dark(onScreen.texts[0][1]), `on screen the dark theme is in use: ${onScreen.texts[0][1]}`);
    assert.notEqual(onScreen.background, 'rgb(255, 255, 255)', `theme ${theme}: a dark surface on screen`);
    await page.emulateMedia({ media: 'print', colorScheme });
    const paper = await colours(page);
    assert.equal(paper.background, 'rgb(255, 255, 255)', `theme ${theme}: white paper`);
    for (const [selector, colour] of paper.texts) assert.ok(dark(colour), `theme ${theme}: ${selector} prints ${colour}`);

    await page.emulateMedia({ media: 'screen', colorScheme });
    await fillComplete(page);
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole('button', { name: 'Print one-pager' }).click();
    await page.emulateMedia({ media: 'print', colorScheme });
    const onePager = await page.evaluate(() => {
      const root = document.querySelector('engagement-widget').shadowRoot;
      const preview = root.querySelector('.preview');
      return [getComputedStyle(root.querySelector('.ew')).backgroundColor, getComputedStyle(preview.querySelector('h1, h2, p')).color];
    });
    assert.equal(onePager[0], 'rgb(255, 255, 255)', `theme ${theme}: the one-pager on white`);
    assert.ok(dark(onePager[1]), `theme ${theme}: the one-pager's text prints ${onePager[1]}`);
    await context.close();
  }
});

/** Counts window.print() calls instead of opening a dialog. */
const countPrints = () => {
  window.print = () => {
    globalThis.__printed = (globalThis.__printed ?? 0) + 1;
  };
};
const HOST_TEXTS = ['WIKI NAVIGATION', 'HOST ARTICLE TEXT', 'HOST FOOTER'];

test('Print one-pager and Print the handout print the widget alone, not the host page around it', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url('/fixtures/article.html'), { init: countPrints });
  // The host's own print (Ctrl+P) is the host's page, with the widget's handout in it.
  const whole = await printed(page);
  for (const words of [...HOST_TEXTS, 'Set a baseline']) assert.ok(whole.text.includes(words), `the page's own print has ${words}`);
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Print the handout' }).click();
  assert.equal(await page.evaluate(() => globalThis.__printed), 1);
  const handout = await printed(page);
  for (const words of HOST_TEXTS) assert.ok(!handout.text.includes(words), `"${words}" is not on the handout`);
  for (const title of [...EXPECTATIONS, ...STEPS]) assert.ok(handout.text.includes(title), title);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });

  await fillComplete(page);
  await page.getByRole('button', { name: 'Print one-pager' }).click();
  const onePager = await printed(page);
  assert.ok(onePager.text.includes('One-pager: Payments Platform'), onePager.text.slice(0, 200));
  for (const words of [...HOST_TEXTS, 'Set a baseline']) assert.ok(!onePager.text.includes(words), `"${words}" is not on the one-pager`);
  assert.equal(onePager.pages, 1);

  // Once printed, the host page prints as its own again, and nothing is left on it.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  const after = await printed(page);
  for (const words of HOST_TEXTS) assert.ok(after.text.includes(words), `${words} is back`);
  const left = await page.evaluate(() => ({
    sheets: document.adoptedStyleSheets.length,
    marked: document.querySelectorAll('[data-engagement-widget-printing], [data-engagement-widget-elsewhere]').length,
  }));
  assert.deepEqual(left, { sheets: 0, marked: 0 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('with two widgets on a page, each prints its own handout alone', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/fixtures/two.html'), { init: countPrints });
  await page.locator('#second').getByRole('button', { name: 'Print the handout' }).click();
  const { text } = await printed(page);
  assert.ok(text.includes('Working with Second team'), text.slice(0, 200));
  assert.ok(!text.includes('First team'), 'the other widget is not printed');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  const again = await printed(page);
  assert.ok(again.text.includes('First team') && again.text.includes('Second team'), 'after printing, a print of the page has both');
  await context.close();
});
