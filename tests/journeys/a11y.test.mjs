// axe-core against the real page, in the engine ENGINE names: no WCAG 2.2 A/AA violation fresh,
// after a failed submit, complete and with a choice on offer, in the light and the dark theme;
// the README's theme in the page's light and dark colour schemes; and reflow at 320 pixels
// (WCAG 1.4.10).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useEngine, ENGINE } from './driver.mjs';
import { axe, fillComplete, paste, saved } from './steps.mjs';

const env = useEngine();
const report = (violations) => JSON.stringify(violations, null, 2);

for (const theme of ['light', 'dark']) {
  test(`no WCAG violations: fresh, after a failed submit, complete, with an offer (theme="${theme}")`, async () => {
    const page = await env.engine.open(env.server.url('/'));
    await page.run((h, theme) => h.widget().setAttribute('theme', theme), theme);
    // Open every expectation so their text is checked too, and the import panel.
    const titles = await page.run((h) => h.all({ css: '.expectation-title' }).length);
    for (let i = 0; i < titles; i++) await page.click({ css: '.expectation-title', nth: i });
    await page.click({ text: 'Import a one-pager' });
    let violations = await axe(page);
    assert.deepEqual(violations, [], `fresh:\n${report(violations)}`);

    await page.click({ button: 'Check your one-pager' });
    await page.until((h) => h.has({ css: '.error-summary' }));
    violations = await axe(page);
    assert.deepEqual(violations, [], `after a failed submit:\n${report(violations)}`);

    await fillComplete(page);
    await page.click({ button: 'Check your one-pager' });
    await page.until((h) => h.has({ css: '.result-banner', text: 'Your one-pager is ready' }));
    violations = await axe(page);
    assert.deepEqual(violations, [], `complete:\n${report(violations)}`);

    // With a choice on offer (after "Start over").
    await page.click({ button: 'Start over' });
    await page.until((h) => h.has({ button: 'Undo' }));
    violations = await axe(page);
    assert.deepEqual(violations, [], `with an offer:\n${report(violations)}`);
    await page.close();
  });
}

// The README's theming example: it must pass in both colour schemes, and be what the README shows.
test("the README's theme passes WCAG contrast in the page's light and dark colour schemes, hover included", async () => {
  const css = await readFile(new URL('../fixtures/themed.css', import.meta.url), 'utf8');
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  assert.ok(readme.includes(css.split('\n').slice(1).join('\n').trim()), 'README "Theming" shows fixtures/themed.css');
  const check = { button: 'Check your one-pager' };
  for (const [scheme, accent, hover] of [['light', 'rgb(109, 40, 217)', 'rgb(76, 29, 149)'], ['dark', 'rgb(196, 181, 253)', 'rgb(221, 214, 254)']]) {
    const page = await env.engine.open(env.server.url('/fixtures/themed.html'), { scheme });
    assert.equal(await page.run(() => matchMedia('(prefers-color-scheme: dark)').matches), scheme === 'dark', `the page's scheme is ${scheme}`);
    const titles = await page.run((h) => h.all({ css: '.expectation-title' }).length);
    for (let i = 0; i < titles; i++) await page.click({ css: '.expectation-title', nth: i });
    await page.click(check);
    await page.until((h) => h.has({ css: '.error-summary' }));
    const violations = await axe(page);
    assert.deepEqual(violations, [], `${scheme}:\n${report(violations)}`);
    await page.pointerAway();
    await page.until((h, check, accent) => getComputedStyle(h.find(check)).backgroundColor === accent, check, accent);
    // Hovered, the button takes the theme's hover colour, and its contrast still passes.
    await page.hover(check);
    await page.until((h, check, hover) => getComputedStyle(h.find(check)).backgroundColor === hover, check, hover);
    const hovered = await axe(page);
    assert.deepEqual(hovered, [], `${scheme}, the button hovered:\n${report(hovered)}`);
    await page.close();
  }
});

/** The demo page 320 CSS pixels wide. (WebKitGTK's MiniBrowser window is never narrower than
 * 447 CSS pixels: in WebKit the page is in a frame 320 pixels wide, which is its viewport.) */
async function narrowPage() {
  if (ENGINE === 'webkit') {
    const page = await env.engine.open(env.server.url('/fixtures/narrow.html'), { wait: false });
    page.frame('#narrow');
    await page.ready();
    return page;
  }
  const page = await env.engine.open(env.server.url('/'));
  await page.viewport(320, 800);
  return page;
}

// At 320 CSS pixels nothing needs sideways scrolling, even with the import panel open, a team
// name that is one long word, and a long one-pager in the preview; and the widget adds no
// empty space below itself.
test('reflows at 320 pixels wide with long words and the import panel open', async () => {
  const long = 'Payments'.repeat(12);
  const page = await narrowPage();
  const width = await page.run((h) => h.win().innerWidth);
  assert.ok(width <= 320, `the viewport is ${width}px wide`);
  await page.run((h, name) => h.widget().setAttribute('team-name', name), long);
  await page.until((h, long) => h.has({ css: 'h2', text: `Working with ${long}` }), long);
  await page.click({ text: 'Import a one-pager' });
  await fillComplete(page);
  await page.fill({ label: 'Team name' }, long.slice(0, 78)); // the longest the form allows
  await paste(page, { label: 'Problem' }, Array(200).fill('words').join(' '));
  await page.click({ button: 'Check your one-pager' });
  try { await page.until((h) => h.has({ css: '.result-banner' })); } catch (e) {
    console.log('DIAG', JSON.stringify(await page.run((h) => ({ summary: h.all({ css: '.error-summary' }).map((e) => h.norm(e.textContent)), date: h.value({ label: 'Proposed start date' }), team: h.value({ label: 'Team name' }).length, focused: h.focused() }))));
    throw e;
  }
  const sizes = await page.run((h) => ({
    width: h.doc().documentElement.scrollWidth,
    viewport: h.win().innerWidth,
    height: h.doc().documentElement.scrollHeight,
    bottom: h.widget().getBoundingClientRect().bottom + h.win().scrollY,
  }));
  assert.ok(sizes.width <= sizes.viewport, `page is ${sizes.width}px wide in ${sizes.viewport}px`);
  assert.ok(sizes.height <= sizes.bottom + 100, `page ends at ${sizes.height}px, the widget at ${sizes.bottom}px`);
  await page.close();
});

// On a narrow screen the draft line's first words take two lines and "Draft saved 14:05" one:
// the form below must not jump up under the visitor's finger when the first save lands.
test('the form stays put when the first draft is saved, 320 pixels wide', async () => {
  const page = await narrowPage();
  const where = () => page.run((h) => Math.round(h.find({ label: 'Point of contact' }).getBoundingClientRect().top + h.win().scrollY));
  const before = await page.run((h) => h.text({ css: '.draft-status' }));
  assert.equal(before, 'Your answers are saved in this browser as you type.');
  const lines = await page.run((h) => {
    const p = h.find({ css: '.draft-status' });
    return Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight));
  });
  assert.ok(lines >= 2, `the first words take ${lines} lines at this width`);
  await page.fill({ label: 'Team name' }, 'Payments Platform');
  const typed = await where();
  await saved(page);
  assert.equal(await where(), typed, 'the next field has not moved');
  await page.close();
});
