// Keystroke latency in one engine (ENGINE=chromium|firefox|webkit, through the journeys'
// driver): the time from an input event in the Problem box to the updated preview and Markdown,
// in a one-pager ten times the usual length. Measured in the page with performance.now, so the
// driver's own latency does not count. Used by scripts/bench.sh; prints, asserts nothing.
//
// 200 keystrokes, the first 5 left out: p95 is then the 10th slowest of 195, where over 55 it
// was the 3rd slowest, which moved by several milliseconds from run to run in WebKit (its timer
// counts whole milliseconds, and its first few dozen keystrokes run while JavaScriptCore is
// still optimising the WebAssembly). The first 55 are printed too, as the old method saw them.
// KEYSTROKES=n changes the count; KEYSTROKES_RAW=1 prints every duration in order.
import { serve } from '../lib/server.mjs';
import { launch, ENGINE_NAME } from '../lib/engines.mjs';

const KEYSTROKES = Number(process.env.KEYSTROKES || 200);
if (!Number.isInteger(KEYSTROKES) || KEYSTROKES < 10) {
  console.error(`KEYSTROKES must be a whole number of at least 10, not ${process.env.KEYSTROKES}`);
  process.exit(2);
}
const server = await serve();
const engine = await launch();
try {
  const page = await engine.open(server.url('/'));
  await page.ready();
  const result = await page.run(async (h, count) => {
    const root = document.querySelector('engagement-widget').shadowRoot;
    const words = (n) => Array.from({ length: n }, (_, i) => (i % 12 === 11 ? 'word.\n' : 'word')).join(' ');
    const set = (suffix, text) => {
      const area = root.querySelector(`textarea[id$="-${suffix}"]`);
      area.value = text;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    };
    set('problem', words(900));
    set('solution', words(900));
    set('engagement-goal', words(400));
    set('diffusion-goal', words(400));
    set('notes', words(400));
    await new Promise((r) => setTimeout(r, 500));
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
      const start = performance.now();
      area.value += marker;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await updated;
      out.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 20));
    }
    return { durations: out, words: source.value.split(/\s+/).length };
  }, KEYSTROKES);
  if (process.env.KEYSTROKES_RAW) console.log(result.durations.map((d) => d.toFixed(0)).join(' '));
  const percentiles = (durations) => {
    const sorted = [...durations].sort((a, b) => a - b);
    const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
    return { p50: at(50), p95: at(95), max: sorted[sorted.length - 1], n: sorted.length };
  };
  const all = percentiles(result.durations.slice(5));
  const first = percentiles(result.durations.slice(5, 60));
  const ms = (n) => `${n.toFixed(1).padStart(5)} ms`;
  console.log(
    `${ENGINE_NAME.padEnd(9)} ${engine.version.slice(0, 24).padEnd(25)} ${result.words} words, ${all.n} keystrokes: ` +
      `p50 ${ms(all.p50)}  p95 ${ms(all.p95)}  max ${ms(all.max)}  (target p95 < 8 ms); ` +
      `the first ${first.n}: p95 ${ms(first.p95)}`
  );
  await page.close?.();
} finally {
  await engine.close();
  await server.close();
}
