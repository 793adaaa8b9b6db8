// No silent death, in the engine ENGINE names: the module traps in the middle of a keystroke
// (tests/e2e/fixtures/trap.js makes one of its calls fail the way a trap does); every widget
// says so, its form goes inert, the host hears engagement-error, and a reload brings back
// every answer saved before the trap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useEngine, expectProblems, allowProblems, ENGINE } from './driver.mjs';
import { recordLinksAndEvents } from './steps.mjs';

const env = useEngine();

const STOPPED = 'The engagement guide stopped working (RuntimeError: forced trap).';

test('a trap: every widget says so and goes inert, the host hears it, a reload brings the answers back', async () => {
  // The trap is thrown (a page error) and the loader says so in the console (Firefox's driver
  // hands the console's error argument over as a plain object, with no message).
  expectProblems(
    /^page error: (Error: |RuntimeError: )?forced trap$/,
    ENGINE === 'firefox'
      ? /^console error: engagement-widget stopped: \[object Object\]$/
      : /^console error: engagement-widget stopped: (RuntimeError: )?forced trap/
  );
  // A timer the module left behind may still fire: it finds the module's table of page values
  // emptied (the loader's `die`), and stops there with this error. When it fires depends on
  // the engine and the timing.
  allowProblems(/^page error: (TypeError: )?.*_wbg_cb_unref/);
  const page = await env.engine.open(env.server.url('/fixtures/trap.html'), { wait: false });
  await page.ready('#first');
  await page.ready('#second');
  await recordLinksAndEvents(page);
  const first = (spec) => ({ in: '#first', ...spec });
  await page.fill(first({ label: 'Team name' }), 'Payments Platform');
  await page.fill(first({ label: 'Problem' }), 'Deploys take a day.\nThey fail often.');
  await page.check(first({ label: 'Weekly (recommended)' }));
  // Wait for "Draft saved", and for the last answer to be in it.
  await page.until((h) => /Draft saved \d\d:\d\d/.test(h.text({ in: '#first', css: '.draft-status' })));
  await page.until(() => (localStorage.getItem('engagement-widget:v2:trap-first') || '').includes('weekly'));

  // The next change traps: typing over the team name.
  await page.run(() => (globalThis.forceTrap = true));
  await page.fill(first({ label: 'Team name' }), 'Another team');
  const texts = await page.until((h) =>
    ['#first', '#second'].map((sel) => h.root(sel).querySelector('[role=alert]')?.textContent).every(Boolean) &&
    ['#first', '#second'].map((sel) => h.norm(h.root(sel).querySelector('[role=alert]').textContent))
  );
  const at = await page.run(() => {
    const saves = globalThis.__events.filter((e) => e.type === 'engagement-draft-saved' && e.target === 'first');
    const t = new Date(saves.at(-1).at);
    return `${t.getHours()}`.padStart(2, '0') + ':' + `${t.getMinutes()}`.padStart(2, '0');
  });
  assert.deepEqual(texts, [
    `${STOPPED} Your answers saved at ${at} are kept and come back when you reload the page; anything typed after that may be lost.`,
    `${STOPPED} Answers typed since the page opened may not have been saved; reloading the page brings back the last saved draft, if there is one.`,
  ]);
  const errors = await page.run(() => globalThis.__events.filter((e) => e.type === 'engagement-error').map((e) => [e.target, e.detail.message]));
  assert.deepEqual(errors, [['first', texts[0]], ['second', texts[1]]]);

  // Inert: a click and typing in a field change nothing, and nothing inside takes focus.
  const before = await page.run((h) => h.value({ in: '#first', label: 'Team name' }));
  const { x, y } = await page.run((h) => h.point({ in: '#first', label: 'Team name' }));
  await page.clickAt(x, y);
  await page.type('more');
  const after = await page.run((h) => ({
    value: h.value({ in: '#first', label: 'Team name' }),
    focus: h.root('#first').activeElement,
    inert: ['#first', '#second'].map((sel) => h.find({ in: sel, css: '.ew' }).inert),
  }));
  assert.deepEqual(after, { value: before, focus: null, inert: [true, true] });
  const button = await page.run((h) => h.point({ in: '#first', button: 'Check your one-pager' }));
  await page.clickAt(button.x, button.y);
  assert.equal(await page.run((h) => h.all({ in: '#first', css: '.error-summary' }).length), 0, 'Check does nothing');

  await page.reload({ wait: false });
  await page.ready('#first');
  const back = await page.run((h) => ({
    team: h.value({ in: '#first', label: 'Team name' }),
    problem: h.value({ in: '#first', label: 'Problem' }),
    weekly: h.value({ in: '#first', label: 'Weekly (recommended)' }),
    alerts: h.all({ in: '#first', css: '[role=alert]' }).length,
  }));
  assert.deepEqual(back, { team: 'Payments Platform', problem: 'Deploys take a day.\nThey fail often.', weekly: true, alerts: 0 });
  await page.close();
});
