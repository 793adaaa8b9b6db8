// The WebKit trap soak (issue 17): types a whole start date, the year digit by digit, then
// checks the form, RUNS times (default 60), each in a fresh MiniBrowser, and counts the runs in
// which the module trapped (the loader's "stopped working" alert, or a RuntimeError the page
// saw). Not part of the test command: `ENGINE=webkit node tests/journeys/soak-date.mjs 60`.
// KEYS=tab moves between the date's parts with Tab instead of typing a /; DIST=path serves
// another build (a debug one: `trunk build --dist target/dist-debug`).
import { serve } from '../../lib/server.mjs';
import { launch, ENGINE_NAME } from '../../lib/engines.mjs';
import { futureDate } from '../../lib/one-pager.mjs';

const runs = Number(process.argv[2] ?? 60);
const keys = process.env.KEYS ?? 'slash';
const server = await serve(process.env.DIST ? { root: process.env.DIST } : {});
const engine = await launch();
let traps = 0;
let wrong = 0;
try {
  for (let i = 1; i <= runs; i++) {
    const page = await engine.open(server.url('/'));
    const date = { label: 'Proposed start date' };
    const [year, month, day] = futureDate(30 + i).split('-');
    await page.click({ ...date, dx: 12 });
    if (keys === 'tab') {
      await page.type(month);
      await page.press('Tab');
      await page.type(day);
      await page.press('Tab');
    } else {
      await page.type(`${month}/${day}/`);
    }
    for (const digit of year) await page.type(digit);
    await page.click({ button: 'Check your one-pager' });
    await page.until((h) => h.has({ css: '.error-summary' }) || h.has({ css: '.ew-msg[role=alert]' }));
    const seen = await page.run((h) => ({
      alert: h.all({ css: '.ew-msg[role=alert]' }).map((e) => h.norm(e.textContent)).join(' '),
      value: h.value({ label: 'Proposed start date' }),
      dateError: h.all({ css: '.error-summary a' }).some((a) => /start date/.test(a.textContent)),
    }));
    const problems = (await page.problems()).filter((p) => /RuntimeError|unreachable|memory/i.test(p));
    const trapped = Boolean(seen.alert) || problems.length > 0;
    if (trapped) traps++;
    if (!trapped && (seen.value !== `${year}-${month}-${day}` || seen.dateError)) wrong++;
    console.log(`run ${i}: ${trapped ? `TRAP ${seen.alert} ${problems.join(' | ')}` : `ok (${seen.value})`}`);
    await page.close();
  }
} finally {
  await engine.close();
  await server.close();
}
console.log(`${ENGINE_NAME} date soak (${keys}${process.env.DIST ? `, ${process.env.DIST}` : ''}): ${runs} runs, ${traps} trapped, ${wrong} with a wrong date`);
process.exit(traps || wrong ? 1 : 0);
