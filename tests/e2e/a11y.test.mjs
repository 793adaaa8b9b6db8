// axe-core against the real page: zero WCAG 2.2 A/AA violations, fresh, after a failed
// submit, and complete, in light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, launch, openPage, axe, fillComplete } from './harness.mjs';

const env = useBrowser();

const report = (violations) => JSON.stringify(violations, null, 2);

for (const colorScheme of ['light', 'dark']) {
  test(`no WCAG violations: fresh, after a failed submit, complete (${colorScheme})`, async () => {
    const { page, context } = await openPage(env.browser, env.server.url('/'), { colorScheme });
    // Open every expectation so their text is checked too.
    for (const summary of await page.locator('.expectation-title').all()) await summary.click();
    await page.getByText('Import a one-pager').click();
    let violations = await axe(page);
    assert.deepEqual(violations, [], `fresh:\n${report(violations)}`);

    await page.getByRole('button', { name: 'Check your one-pager' }).click();
    await page.getByText('There is a problem').waitFor();
    violations = await axe(page);
    assert.deepEqual(violations, [], `after a failed submit:\n${report(violations)}`);

    await fillComplete(page);
    await page.getByRole('button', { name: 'Check your one-pager' }).click();
    await page.getByText('Your one-pager is ready').waitFor();
    violations = await axe(page);
    assert.deepEqual(violations, [], `complete:\n${report(violations)}`);

    // With a choice on offer (after "Start over").
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    violations = await axe(page);
    assert.deepEqual(violations, [], `with an offer:\n${report(violations)}`);
    await context.close();
  });
}

// The README's theming example: it must pass in both schemes, and be what the README shows.
test("the README's theme passes WCAG contrast in light and dark, hover included", async () => {
  const { readFile } = await import('node:fs/promises');
  const css = await readFile(new URL('./fixtures/themed.css', import.meta.url), 'utf8');
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  assert.ok(readme.includes(css.split('\n').slice(1).join('\n').trim()), 'README "Theming" shows fixtures/themed.css');
  for (const [colorScheme, accent, hover] of [['light', 'rgb(109, 40, 217)', 'rgb(76, 29, 149)'], ['dark', 'rgb(196, 181, 253)', 'rgb(221, 214, 254)']]) {
    const { page, context } = await openPage(env.browser, env.server.url('/fixtures/themed.html'), { colorScheme });
    for (const summary of await page.locator('.expectation-title').all()) await summary.click();
    const check = page.getByRole('button', { name: 'Check your one-pager' });
    await check.click();
    await page.getByText('There is a problem').waitFor();
    const violations = await axe(page);
    assert.deepEqual(violations, [], `${colorScheme}:\n${report(violations)}`);
    const background = () => check.evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(await background(), accent, colorScheme);
    await check.hover();
    await page.waitForFunction(([el, want]) => getComputedStyle(el).backgroundColor === want, [await check.elementHandle(), hover]);
    await context.close();
  }
});

// WCAG 1.4.10 (reflow): at 320 CSS pixels nothing needs sideways scrolling, even with the
// import panel open, a team name that is one long word, and a long one-pager in the preview;
// and the widget adds no empty space below itself.
test('reflows at 320 pixels wide with long words and the import panel open', async () => {
  const long = 'Payments'.repeat(12);
  const { page, context } = await openPage(env.browser, env.server.url('/'));
  await page.setViewportSize({ width: 320, height: 800 });
  await page.locator('engagement-widget').evaluate((el, name) => el.setAttribute('team-name', name), long);
  await page.getByRole('heading', { name: `Working with ${long}` }).waitFor();
  await page.getByText('Import a one-pager').click();
  await fillComplete(page);
  await page.getByLabel('Team name').fill(long.slice(0, 78)); // the longest the form allows
  await page.getByLabel('Problem', { exact: true }).fill(Array(200).fill('words').join(' '));
  await page.getByRole('button', { name: 'Download .md' }).click();
  await page.getByText(/Downloading one-pager-/).waitFor();
  const sizes = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
    bottom: document.querySelector('engagement-widget').getBoundingClientRect().bottom + scrollY,
  }));
  assert.ok(sizes.width <= 320, `page is ${sizes.width}px wide`);
  assert.ok(sizes.height <= sizes.bottom + 100, `page ends at ${sizes.height}px, the widget at ${sizes.bottom}px`);
  await context.close();
});
