// Browser timings for scripts/bench.sh: time to first render of the widget and of the Yew floor
// (15 cold loads each, taken in turns), unthrottled over loopback and on a slow profile (Chromium's
// "Slow 4G": 1.6 Mbps, 150 ms RTT; 4x CPU slowdown; gzip bodies; cache disabled); what a later
// visit downloads. Prints tables; asserts nothing. (Keystrokes are measured in every engine,
// Chromium included, by scripts/keystrokes.mjs.)
import { join } from 'node:path';
import { serve, root, hostServer, HASHED } from '../lib/server.mjs';
import { launchChromium as launch } from '../lib/chromium.mjs';

const RUNS = 15;
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
} finally {
  await browser.close();
  await widgetServer.close();
  await floorServer.close();
}
