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

    await page.getByRole('button', { name: 'Check and generate' }).click();
    await page.getByText('There is a problem').waitFor();
    violations = await axe(page);
    assert.deepEqual(violations, [], `after a failed submit:\n${report(violations)}`);

    await fillComplete(page);
    await page.getByRole('button', { name: 'Check and generate' }).click();
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
