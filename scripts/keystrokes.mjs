// Keystroke latency in one engine (ENGINE=chromium|firefox|webkit, through the journeys'
// driver): the time from an input event in the Problem box to the updated preview and Markdown,
// in a one-pager ten times the usual length. Measured in the page with performance.now, so the
// driver's own latency does not count. Used by scripts/bench.sh; prints, asserts nothing.
import { serve } from '../tests/e2e/harness.mjs';
import { launch, ENGINE_NAME } from '../tests/journeys/driver.mjs';

const KEYSTROKES = 60;
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
  const steady = result.durations.slice(5).sort((a, b) => a - b);
  const at = (p) => steady[Math.min(steady.length - 1, Math.ceil((p / 100) * steady.length) - 1)];
  const ms = (n) => `${n.toFixed(1).padStart(6)} ms`;
  console.log(
    `${ENGINE_NAME.padEnd(9)} ${engine.version.slice(0, 24).padEnd(25)} ${result.words} words, ${steady.length} keystrokes: ` +
      `p50 ${ms(at(50))}  p95 ${ms(at(95))}  max ${ms(steady[steady.length - 1])}  (target p95 < 8 ms)`
  );
  await page.close?.();
} finally {
  await engine.close();
  await server.close();
}
