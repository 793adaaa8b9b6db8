// Printing, in the engine ENGINE names: the page prints as a clean handout, "Print one-pager"
// prints the generated one-pager alone, paper is black on white whatever the theme, and only
// the widget goes on paper. Each print is a real PDF from the engine (Chromium over CDP,
// Firefox over WebDriver BiDi), read with poppler: pdftotext for its words, pdftoppm for its
// colours. WebKit skips them: WebKitWebDriver has no Print Page command (the README's skips).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useEngine, initScript, decodePng, ENGINE } from './driver.mjs';
import { fillComplete } from './steps.mjs';
import { EXPECTATIONS, STEPS } from '../../lib/one-pager.mjs';

const env = useEngine();

/** Skips the test in WebKit, with the reason (listed in the README). */
const printable = (t) => {
  if (ENGINE !== 'webkit') return true;
  t.skip('WebKitWebDriver has no Print Page command, and nothing else in its automation prints or sets print media; printing is checked in Chromium and Firefox');
  return false;
};

/** What only the form and the buttons say: none of it belongs on the printed handout. */
const NOT_ON_PAPER = ['Team name', 'The team asking for the engagement.', 'Check your one-pager', 'Copy for email', 'Copy the handout', 'Import a one-pager', 'Start over', 'Generated Markdown'];

/** The page as printed: its words (pdftotext), its number of pages, and its first page as
 * pixels (pdftoppm, 60 dots per inch). */
async function printed(page) {
  const dir = await mkdtemp(join(tmpdir(), 'ew-print-'));
  try {
    const path = join(dir, 'page.pdf');
    await writeFile(path, await page.pdf());
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    const pages = Number(execFileSync('pdfinfo', [path], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1]);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', path, join(dir, 'first')]);
    const picture = decodePng(await readFile(join(dir, 'first.png')));
    // NFKC: Firefox's PDFs keep ligatures (U+FB01 for "fi"), which pdftotext hands on.
    return { text: text.normalize('NFKC').replace(/\s+/g, ' '), pages, picture };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** How a printed page is inked: the share of its pixels that are paper (near white), the share
 * of its inked pixels that are dark (no channel above 0x55), and the darkest 24 by 24 block's
 * mean (a dark surface, not text, brings it low). */
function ink({ width, height, pixels }) {
  let paper = 0;
  let inked = 0;
  let dark = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const top = Math.max(pixels[i], pixels[i + 1], pixels[i + 2]);
    const low = Math.min(pixels[i], pixels[i + 1], pixels[i + 2]);
    if (low >= 0xf0) paper++;
    else {
      inked++;
      if (top <= 0x55) dark++;
    }
  }
  let darkestBlock = 255;
  const n = 24;
  for (let by = 0; by + n <= height; by += n) {
    for (let bx = 0; bx + n <= width; bx += n) {
      let sum = 0;
      for (let y = by; y < by + n; y++) for (let x = bx; x < bx + n; x++) sum += pixels[(y * width + x) * 4 + 1];
      darkestBlock = Math.min(darkestBlock, sum / (n * n));
    }
  }
  return { paper: paper / (width * height), darkInk: inked ? dark / inked : 0, darkestBlock: Math.round(darkestBlock) };
}

/** Paper black on white: mostly white, its ink dark, no dark surface anywhere. (A right print
 * at 60 dots per inch: 87% paper, a third of the ink at most 0x55, the darkest block 183; with
 * the print's text colour taken away, 7% dark ink.) */
function assertBlackOnWhite(picture, what) {
  const seen = ink(picture);
  assert.ok(seen.paper >= 0.8, `${what}: white paper (${JSON.stringify(seen)})`);
  assert.ok(seen.darkInk >= 0.25, `${what}: dark ink (${JSON.stringify(seen)})`);
  assert.ok(seen.darkestBlock >= 0x80, `${what}: no dark surface (${JSON.stringify(seen)})`);
}

/** Counts window.print() calls instead of opening a dialog. */
function countPrints() {
  window.print = () => {
    globalThis.__printed = (globalThis.__printed ?? 0) + 1;
  };
}
const prints = (page) => page.run(() => globalThis.__printed ?? 0);
const afterPrint = (page) => page.run(() => window.dispatchEvent(new Event('afterprint')));

test('printing the demo page gives the handout: the expectations and the five steps, no form, no buttons', async (t) => {
  if (!printable(t)) return;
  for (const url of ['/', '/fixtures/print-hostile.html']) {
    const page = await env.engine.open(env.server.url(url));
    await page.fill({ label: 'Team name' }, 'Payments');
    const { text, pages } = await printed(page);
    for (const title of [...EXPECTATIONS, ...STEPS]) assert.ok(text.includes(title), `${url}: ${title}`);
    assert.ok(text.includes('Set a baseline') && text.includes('Prepare the pitch'), url);
    for (const words of NOT_ON_PAPER) assert.ok(!text.includes(words), `${url}: "${words}" is not printed`);
    assert.ok(pages >= 1 && pages <= 2, `${url}: ${pages} pages`);
    await page.close();
  }
});

test('Print one-pager prints the complete one-pager alone', async (t) => {
  if (!printable(t)) return;
  initScript(countPrints);
  const page = await env.engine.open(env.server.url('/'));
  // Not complete yet: the error summary instead, and nothing printed.
  await page.click({ button: 'Print one-pager' });
  await page.until((h) => h.has({ css: '.error-summary' }));
  assert.equal(await prints(page), 0);

  await fillComplete(page);
  await page.click({ button: 'Print one-pager' });
  await page.until(() => globalThis.__printed === 1);
  const { text, pages } = await printed(page);
  assert.ok(text.includes('One-pager: Payments Platform'), text.slice(0, 300));
  for (const words of ['Problem', 'Success measures', 'Expectations', 'Lead time under 1 hour']) assert.ok(text.includes(words), words);
  for (const words of [...NOT_ON_PAPER, 'Set a baseline', 'Prepare the pitch', 'Your one-pager is ready', 'Preview']) {
    assert.ok(!text.includes(words), `"${words}" is not printed`);
  }
  assert.equal(pages, 1);
  // After printing, the page is the whole widget again.
  await afterPrint(page);
  const { text: again } = await printed(page);
  assert.ok(again.includes('Set a baseline'));
  await page.close();
});

test('paper is black on white whatever the theme: dark colour scheme, theme="dark", and the one-pager alone', async (t) => {
  if (!printable(t)) return;
  initScript(countPrints);
  /** The handout and the one-pager as printed from a page in `scheme`, with `theme`; and the
   * widget's colours on screen. */
  const prints = async (scheme, theme) => {
    const page = await env.engine.open(env.server.url('/'), { scheme });
    if (theme) await page.run((h, theme) => h.widget().setAttribute('theme', theme), theme);
    const screen = await page.run((h) => [getComputedStyle(h.find({ css: '.ew' })).backgroundColor, getComputedStyle(h.find({ css: '.header .title' })).color]);
    const handout = await printed(page);
    await fillComplete(page);
    await page.click({ button: 'Print one-pager' });
    await page.until(() => globalThis.__printed === 1);
    const onePager = await printed(page);
    assert.ok(onePager.text.includes('One-pager: Payments Platform'), onePager.text.slice(0, 200));
    await page.close();
    return { screen, handout: handout.picture, onePager: onePager.picture };
  };
  // The light page prints black on white: mostly paper, its ink dark, no dark surface.
  const light = await prints('light', null);
  assertBlackOnWhite(light.handout, 'the light page: the handout');
  assertBlackOnWhite(light.onePager, 'the light page: the one-pager');
  // Dark on screen, the same paper: the page's dark colour scheme with no theme, and
  // theme="dark" on a light page (so the attribute alone makes it dark on screen). (Firefox
  // prints in the light scheme whatever the page's: there the attribute is what is tested.)
  for (const [scheme, theme] of [['dark', null], ['light', 'dark']]) {
    const dark = await prints(scheme, theme);
    const what = `${scheme} scheme, theme ${theme}`;
    assert.notEqual(dark.screen[0], 'rgb(255, 255, 255)', `${what}: a dark surface on screen`);
    const title = dark.screen[1].match(/\d+/g).map(Number);
    assert.ok(Math.min(...title) >= 0xb0, `${what}: light text on screen (${dark.screen[1]})`);
    for (const part of ['handout', 'onePager']) {
      assert.deepEqual([dark[part].width, dark[part].height], [light[part].width, light[part].height], `${what}: ${part}'s size`);
      assert.ok(dark[part].pixels.equals(light[part].pixels), `${what}: the ${part} prints as from the light page (${JSON.stringify(ink(dark[part]))})`);
    }
  }
});

const HOST_TEXTS = ['WIKI NAVIGATION', 'HOST ARTICLE TEXT', 'HOST FOOTER'];

test('Print one-pager and Print the handout print the widget alone, not the host page around it', async (t) => {
  if (!printable(t)) return;
  initScript(countPrints);
  const page = await env.engine.open(env.server.url('/fixtures/article.html'));
  // The host's own print (Ctrl+P) is the host's page, with the widget's handout in it.
  const whole = await printed(page);
  for (const words of [...HOST_TEXTS, 'Set a baseline']) assert.ok(whole.text.includes(words), `the page's own print has ${words}`);

  await page.click({ button: 'Print the handout' });
  await page.until(() => globalThis.__printed === 1);
  const handout = await printed(page);
  for (const words of HOST_TEXTS) assert.ok(!handout.text.includes(words), `"${words}" is not on the handout`);
  for (const title of [...EXPECTATIONS, ...STEPS]) assert.ok(handout.text.includes(title), title);
  await afterPrint(page);

  await fillComplete(page);
  await page.click({ button: 'Print one-pager' });
  await page.until(() => globalThis.__printed === 2);
  const onePager = await printed(page);
  assert.ok(onePager.text.includes('One-pager: Payments Platform'), onePager.text.slice(0, 200));
  for (const words of [...HOST_TEXTS, 'Set a baseline']) assert.ok(!onePager.text.includes(words), `"${words}" is not on the one-pager`);
  assert.equal(onePager.pages, 1);

  // Once printed, the host page prints as its own again, and nothing is left on it.
  await afterPrint(page);
  const after = await printed(page);
  for (const words of HOST_TEXTS) assert.ok(after.text.includes(words), `${words} is back`);
  const left = await page.run(() => ({
    sheets: document.adoptedStyleSheets.length,
    marked: document.querySelectorAll('[data-engagement-widget-printing], [data-engagement-widget-elsewhere]').length,
  }));
  assert.deepEqual(left, { sheets: 0, marked: 0 });
  await page.close();
});

test('with two widgets on a page, each prints its own handout alone', async (t) => {
  if (!printable(t)) return;
  initScript(countPrints);
  const page = await env.engine.open(env.server.url('/fixtures/two.html'), { wait: false });
  await page.ready('#first');
  await page.ready('#second');
  await page.click({ in: '#second', button: 'Print the handout' });
  await page.until(() => globalThis.__printed === 1);
  const { text } = await printed(page);
  assert.ok(text.includes('Working with Second team'), text.slice(0, 200));
  assert.ok(!text.includes('First team'), 'the other widget is not printed');
  await afterPrint(page);
  const again = await printed(page);
  assert.ok(again.text.includes('First team') && again.text.includes('Second team'), 'after printing, a print of the page has both');
  await page.close();
});
