// Printing, in Chromium (it sets the print media and makes the PDF): a page that prints as a
// clean handout, "Print one-pager" printing the generated one-pager alone, paper black on white,
// and only the widget on paper. PDFs are read with pdftotext (poppler). (Copying and
// downloading the handout run in every engine: tests/journeys/handout.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, openPage, fillComplete } from './harness.mjs';
import { EXPECTATIONS, STEPS } from '../../lib/one-pager.mjs';

const env = useBrowser();

/** What only the form and the buttons say: none of it belongs on the printed handout. */
const NOT_ON_PAPER = ['Team name', 'The team asking for the engagement.', 'Check your one-pager', 'Copy for email', 'Copy the handout', 'Import a one-pager', 'Start over', 'Generated Markdown'];

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
