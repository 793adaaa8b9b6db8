// Hostile host CSS, pixel for pixel in Chromium: the widget looks exactly as on a clean page.
// (Everything else about host pages, and hostile CSS element by element, runs in every engine:
// tests/journeys/embed.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';

const env = useBrowser();

test('hostile host CSS changes nothing: the widget looks exactly as on a clean page', async () => {
  const shots = [];
  for (const fixture of ['clean', 'hostile']) {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(env.server.url(`/fixtures/${fixture}.html`));
    await page.getByLabel('Team name').waitFor();
    // Same state in both: a field filled, an error shown, the form checked.
    await page.getByLabel('Team name').fill('Payments');
    await page.getByRole('button', { name: 'Check your one-pager' }).click();
    await page.getByText('There is a problem').waitFor();
    // The draft line changes when the autosave lands: let it, in both.
    await page.getByText(/Draft saved \d\d:\d\d/).waitFor();
    await page.evaluate(() => document.activeElement?.blur());
    await page.mouse.move(0, 0); // no hover styles from where the click happened
    shots.push(await page.locator('engagement-widget').screenshot({ animations: 'disabled', caret: 'hide' }));
    if (fixture === 'hostile') {
      // The host page itself is hostile: its own text is red, uppercase and spaced.
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).direction), 'rtl');
      const inside = await page.locator('engagement-widget').evaluate((el) => {
        const label = el.shadowRoot.querySelector('label');
        const s = getComputedStyle(label);
        return [s.textTransform, s.letterSpacing, s.direction];
      });
      assert.deepEqual(inside, ['none', 'normal', 'ltr']);
    }
    await context.close();
  }
  assert.ok(shots[0].equals(shots[1]), 'the two screenshots differ');
});
