// Browser timings for scripts/bench.sh: time to first render of the widget and of the Yew floor
// (15 cold loads each, over loopback), and the time from a keystroke to the updated preview and
// Markdown in a one-pager ten times the usual length. Prints tables; asserts nothing.
import { join } from 'node:path';
import { serve, launch, root } from '../tests/e2e/harness.mjs';

const RUNS = 15;
const KEYSTROKES = 60;
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (n) => `${n.toFixed(1).padStart(7)} ms`;

async function load(browser, url, ready) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(ready, null, { polling: 'raf', timeout: 30000 });
  const time = await handle.jsonValue();
  await context.close();
  return time;
}

// Cold loads of each app, taken in turns (widget, floor, widget, ...), so that a slower spell
// of the machine falls on both alike.
async function firstRenders(browser, apps) {
  const times = apps.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [j, app] of apps.entries()) times[j].push(await load(browser, app.url, app.ready));
  }
  return times;
}

const widgetServer = await serve();
const floorServer = await serve({ root: join(root, 'target', 'floor-dist') });
const browser = await launch();
try {
  const [widget, floor] = await firstRenders(browser, [
    {
      url: widgetServer.url('/'),
      ready: () => {
        const found = document.querySelector('engagement-widget')?.shadowRoot?.querySelector('.expectation-title');
        return found ? performance.now() : false;
      },
    },
    {
      url: floorServer.url('/'),
      ready: () => (document.querySelector('button#count') ? performance.now() : false),
    },
  ]);
  console.log(`\nTime to first render (navigation start to content visible, ${RUNS} cold loads each, taken in turns)`);
  console.log(`${''.padEnd(28)}${'median'.padStart(10)}${'p90'.padStart(10)}`);
  console.log(`${'widget (expectations)'.padEnd(28)}${ms(percentile(widget, 50))}${ms(percentile(widget, 90))}`);
  console.log(`${'floor (counter button)'.padEnd(28)}${ms(percentile(floor, 50))}${ms(percentile(floor, 90))}`);
  console.log(`ratio (median): ${(percentile(widget, 50) / percentile(floor, 50)).toFixed(2)}x the floor (target 1.5x)`);

  // Keystrokes in a one-pager ten times the usual length (about 3,000 words).
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(widgetServer.url('/'));
  await page.getByLabel('Team name').waitFor();
  const words = (n) => Array.from({ length: n }, (_, i) => (i % 12 === 11 ? 'word.\n' : 'word')).join(' ');
  await page.getByLabel('Problem', { exact: true }).fill(words(900));
  await page.getByLabel('Proposed solution').fill(words(900));
  await page.getByLabel('Engagement goal').fill(words(400));
  await page.getByLabel('Diffusion goal').fill(words(400));
  await page.getByLabel('Additional notes').fill(words(400));
  const total = await page.evaluate(() => {
    const md = document.querySelector('engagement-widget').shadowRoot.querySelector('.markdown-source').value;
    return md.split(/\s+/).length;
  });
  const durations = await page.evaluate(async (count) => {
    const root = document.querySelector('engagement-widget').shadowRoot;
    const area = root.querySelector('textarea[id$="-problem"]');
    const preview = root.querySelector('.preview');
    const source = root.querySelector('.markdown-source');
    const out = [];
    for (let i = 0; i < count; i++) {
      const marker = ` zq${i}`;
      const updated = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (source.value.includes(marker.trim())) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(preview, { subtree: true, childList: true, characterData: true });
      });
      performance.mark(`keystroke-${i}-start`);
      area.value += marker;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await updated;
      performance.mark(`keystroke-${i}-end`);
      out.push(performance.measure(`keystroke-${i}`, `keystroke-${i}-start`, `keystroke-${i}-end`).duration);
      await new Promise((r) => setTimeout(r, 20));
    }
    return out;
  }, KEYSTROKES);
  const steady = durations.slice(5);
  console.log(`\nKeystroke to updated preview and Markdown (${total} words in the document, ${steady.length} keystrokes)`);
  console.log(`p50 ${ms(percentile(steady, 50))}   p95 ${ms(percentile(steady, 95))}   max ${ms(Math.max(...steady))}   (target p95 < 8 ms)`);
  await context.close();
} finally {
  await browser.close();
  await widgetServer.close();
  await floorServer.close();
}
