// Screenshots of the widget in each state, light and dark, for looking at what users see:
//   node scripts/screenshots.mjs [out-dir]   (after trunk build --release; default target/screenshots)
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, root } from '../lib/server.mjs';
import { launchChromium as launch } from '../lib/chromium.mjs';
import { fillByLabel } from '../lib/one-pager.mjs';

const out = process.argv[2] ?? join(root, 'target', 'screenshots');
await mkdir(out, { recursive: true });
const server = await serve();
const browser = await launch();
try {
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url('/'));
    await page.getByLabel('Team name').waitFor();
    const shot = async (name) => {
      const file = join(out, `${name}-${colorScheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    };
    await page.locator('.expectation-title').first().click();
    await shot('1-fresh');
    await page.getByRole('button', { name: 'Check your one-pager' }).click();
    await page.getByText('There is a problem').waitFor();
    await shot('2-errors');
    await fillByLabel(page);
    await page.getByLabel('Problem', { exact: true }).fill('Deploys take **a day** and fail often:\n\n- slow builds\n- flaky tests\n\nSee [the dashboard](https://dash.example).');
    await page.getByRole('button', { name: 'Check your one-pager' }).click();
    await page.getByText('Your one-pager is ready').waitFor();
    await shot('3-complete');
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByText('Import a one-pager').click();
    await shot('4-offer-and-import');
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
