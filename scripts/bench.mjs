// Browser timings for scripts/bench.sh: time to first render of the widget and of the Yew floor
// (15 cold loads each, taken in turns), unthrottled over loopback and on a slow profile (Chromium's
// "Slow 4G": 1.6 Mbps, 150 ms RTT; 4x CPU slowdown; gzip bodies; cache disabled); what a later
// visit downloads; and the time from a keystroke to the updated preview and Markdown in a
// one-pager ten times the usual length. Prints tables; asserts nothing.
import { join } from 'node:path';
import { serve, launch, root, hostServer, HASHED } from '../tests/e2e/harness.mjs';

const RUNS = 15;
const KEYSTROKES = 60;
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (n) => `${n.toFixed(1).padStart(7)} ms`;

/** Chromium DevTools' "Slow 4G" preset (its throughput and latency adjustments included). */
const SLOW_4G = { latency: 150 * 3.75, downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, uploadThroughput: ((750 * 1000) / 8) * 0.9 };

async function load(browser, url, ready, slow = false) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (slow) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(ready, null, { polling: 'raf', timeout: 30000 });
  const time = await handle.jsonValue();
  await context.close();
  return time;
}

// Cold loads of each app, taken in turns (widget, floor, widget, ...), so that a slower spell
// of the machine falls on both alike.
async function firstRenders(browser, apps, slow = false) {
  const times = apps.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [j, app] of apps.entries()) times[j].push(await load(browser, app.url, app.ready, slow));
  }
  return times;
}

function report(title, widget, floor, target) {
  console.log(`\n${title}`);
  console.log(`${''.padEnd(28)}${'median'.padStart(10)}${'p90'.padStart(10)}`);
  console.log(`${'widget (expectations)'.padEnd(28)}${ms(percentile(widget, 50))}${ms(percentile(widget, 90))}`);
  console.log(`${'floor (counter button)'.padEnd(28)}${ms(percentile(floor, 50))}${ms(percentile(floor, 90))}`);
  console.log(`ratio (median): ${(percentile(widget, 50) / percentile(floor, 50)).toFixed(2)}x the floor (${target})`);
}

/** Two visits in one browser profile, served with the README's cache headers: what the second
 *  one fetched over the network, in requests and bytes. */
async function laterVisit(browser) {
  const server = await hostServer(undefined, { gzip: true });
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  const visit = async () => {
    await page.goto(server.url('/'));
    await page.getByRole('button', { name: 'Check your one-pager' }).waitFor();
  };
  await visit();
  const first = { requests: server.log.length, bytes };
  server.log.splice(0);
  bytes = 0;
  await page.goto('about:blank');
  await visit();
  const later = server.log.splice(0);
  console.log('\nA later visit (the same browser, the README\'s cache headers, gzip)');
  console.log(`first visit: ${first.requests} requests, ${(first.bytes / 1024).toFixed(1)} KB over the network`);
  console.log(
    `later visit: ${later.length} requests (${later.filter((r) => r.status === 304).length} answered 304, ` +
      `${later.filter((r) => r.status === 200).length} with a body), ${(bytes / 1024).toFixed(1)} KB over the network; ` +
      `app files asked for: ${later.filter((r) => HASHED.test(r.path)).length}`
  );
  await context.close();
  await server.close();
}

const widgetServer = await serve({ gzip: true });
const floorServer = await serve({ root: join(root, 'target', 'floor-dist'), gzip: true });
const browser = await launch();
try {
  const apps = [
    {
      url: widgetServer.url('/'),
      // The widget's first heading laid out (its title, above the expectations).
      ready: () => {
        const found = document.querySelector('engagement-widget')?.shadowRoot?.querySelector('.expectation-title');
        return found && found.getBoundingClientRect().height > 0 ? performance.now() : false;
      },
    },
    {
      url: floorServer.url('/'),
      ready: () => (document.querySelector('button#count') ? performance.now() : false),
    },
  ];
  const [widget, floor] = await firstRenders(browser, apps);
  report(`Time to first render, unthrottled (navigation start to content visible, ${RUNS} cold loads each, taken in turns, gzip)`, widget, floor, 'no worse than before');
  const [slowWidget, slowFloor] = await firstRenders(browser, apps, true);
  report(`Time to first render on the slow profile (Slow 4G: 1.6 Mbps, 150 ms RTT; CPU 4x; gzip; cache disabled; ${RUNS} cold loads each, in turns)`, slowWidget, slowFloor, 'target at most 1.4x');
  await laterVisit(browser);

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
