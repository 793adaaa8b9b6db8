// axe-core against the README's theming example, in the page's light and dark colour schemes
// (Chromium sets the scheme; the widget's own states, light and dark, and reflow at 320 pixels
// run in every engine: tests/journeys/a11y.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, axe } from './harness.mjs';

const env = useBrowser();

const report = (violations) => JSON.stringify(violations, null, 2);

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
