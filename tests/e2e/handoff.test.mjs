// Hand-off to the team's tracker (README, "Hand-off to a tracker"): a host page naming GitHub,
// GitLab and Jira (and a javascript: address, refused). Each says where it goes, opens the
// tracker's new-issue page with the finished document in its address, and a document too long
// for an address goes on the clipboard first. Links into new tabs are recorded and not
// followed: nothing is fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, axe, markdown, futureDate, status } from './harness.mjs';

const env = useBrowser();
const PAGE = '/fixtures/handoff.html';

/** Records links into new tabs (not followed) and the host's hand-off events; `refuse` makes
 * the clipboard refuse. */
function recorder(refuse) {
  globalThis.__opened = [];
  globalThis.__handoffs = [];
  document.addEventListener('click', (e) => {
    const link = e.composedPath().find((el) => el instanceof HTMLAnchorElement && el.target === '_blank');
    if (link) {
      globalThis.__opened.push({ url: link.href, target: link.target, rel: link.rel });
      e.preventDefault();
    }
  }, true);
  window.open = (url) => {
    globalThis.__opened.push({ url, target: 'window.open' });
    return null;
  };
  document.addEventListener('engagement-handoff', (e) => globalThis.__handoffs.push(e.detail));
  if (refuse) {
    // Both ways of copying refuse: the Clipboard API and the text area's copy command.
    if (navigator.clipboard) {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    }
    Document.prototype.execCommand = () => false;
  }
}

async function open(t, { refuse = false, clipboard = false } = {}) {
  const opened = await openPage(env.browser, env.server.url(PAGE), {
    init: [recorder, refuse],
    permissions: clipboard ? ['clipboard-read', 'clipboard-write'] : [],
    origin: env.server.url('/').replace(/\/$/, ''),
  });
  t.after(async () => {
    assert.deepEqual(opened.problems, [], 'no page or console error');
    await opened.context.close();
  });
  return opened.page;
}

/** Answers the intake form and checks it, so that the document is complete. */
async function complete(page, need = 'Read access to **two** datasets & a [link](https://x.example).') {
  await page.getByLabel('Service name').fill('Billing API');
  await page.getByLabel('Owner email').fill('ada@corp.example');
  await page.getByLabel('What do you need?').fill(need);
  await page.getByLabel('Datasets').fill('Invoices\nRefunds');
  await page.getByLabel('High').check();
  for (const checkbox of await page.getByRole('checkbox').all()) await checkbox.check();
  await page.getByRole('button', { name: 'Check your intake request' }).click();
  await page.getByText('Your intake request is ready').waitFor();
}

/** The query parameters of a URL, decoded as a tracker reads them. */
const params = (url) => Object.fromEntries(new URL(url).searchParams);
const opened = (page) => page.evaluate(() => globalThis.__opened);
const handoffs = (page) => page.evaluate(() => globalThis.__handoffs);
/** The document's body: everything after its title line and the blank line after it. */
const bodyOf = (md) => md.slice(md.indexOf('\n\n') + 2);

test('nothing to open before the document is complete; then one per tracker, saying where it goes', async (t) => {
  const page = await open(t);
  assert.equal(await page.getByRole('link', { name: /^Open as a new issue/ }).count(), 0);
  await complete(page);
  const buttons = page.getByRole('link', { name: /^Open as a new issue/ });
  assert.deepEqual(await buttons.evaluateAll((els) => els.map((b) => [b.textContent, b.getAttribute('aria-label'), b.title])), [
    ['Open as a new issue in GitHub', 'Open as a new issue in GitHub, at github.com', 'Opens github.com in a new tab'],
    ['Open as a new issue in GitLab', 'Open as a new issue in GitLab, at gitlab.corp.example', 'Opens gitlab.corp.example in a new tab'],
    ['Open as a new issue in Jira', 'Open as a new issue in Jira, at jira.corp.example', 'Opens jira.corp.example in a new tab'],
  ]);
  // The javascript: address is refused, named at its place, and has no button.
  await page.locator('.notice-warning').getByText('handoff[3].url: must be an https: address (http: only on this machine), not "javascript:alert(document.cookie)//{title}{body}"; this tracker is not offered.').waitFor();
  assert.equal(await page.getByRole('link', { name: /Evil/ }).count(), 0);
  assert.equal(await page.getByRole('button', { name: /Evil/ }).count(), 0);
  const violations = await axe(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
});

test('each button opens its tracker\'s new issue with the document byte for byte, and the host hears it', async (t) => {
  const page = await open(t);
  await complete(page);
  const md = await markdown(page);
  for (const name of ['GitHub', 'GitLab', 'Jira']) {
    await page.getByRole('link', { name: `Open as a new issue in ${name}, at`, exact: false }).click();
  }
  const [github, gitlab, jira] = await opened(page);
  for (const o of [github, gitlab, jira]) {
    assert.equal(o.target, '_blank');
    assert.match(o.rel, /noopener/);
  }
  assert.ok(github.url.startsWith('https://github.com/acme/platform-requests/issues/new?'), github.url);
  assert.deepEqual(params(github.url), {
    title: 'Intake: Billing API',
    body: bodyOf(md),
    labels: 'intake,high',
    assignees: 'devex-triage',
  });
  assert.ok(gitlab.url.startsWith('https://gitlab.corp.example/platform/requests/-/issues/new?'), gitlab.url);
  assert.deepEqual(params(gitlab.url), {
    'issue[title]': 'Intake: Billing API',
    'issue[description]': `${bodyOf(md)}\n\n/label ~"intake"`,
  });
  assert.ok(jira.url.startsWith('https://jira.corp.example/secure/CreateIssueDetails!init.jspa?pid=10001&issuetype=10002&summary='), jira.url);
  assert.equal(params(jira.url).summary, 'Intake: Billing API');
  assert.equal(params(jira.url).description, bodyOf(md));
  assert.deepEqual(await handoffs(page), [
    { tracker: 'GitHub', url: github.url, viaClipboard: false },
    { tracker: 'GitLab', url: gitlab.url, viaClipboard: false },
    { tracker: 'Jira', url: jira.url, viaClipboard: false },
  ]);
  assert.equal(await status(page), 'The new issue in Jira opens in a new tab, with the intake request in it.');
});

test('a long document (3,000 words) goes on the clipboard first, and the link says to paste it', async (t) => {
  const page = await open(t, { clipboard: true });
  await complete(page);
  // Three datasets of a thousand words and more each: about 3,000 words in all.
  await page.getByLabel('Datasets').fill(Array.from({ length: 3 }, (_, n) => `Dataset ${n}: ${'rows of invoices and refunds '.repeat(220)}`).join('\n'));
  await page.getByRole('button', { name: 'Check your intake request' }).click();
  await page.getByText('Your intake request is ready').waitFor();
  const md = await markdown(page);
  assert.ok(md.split(/\s+/).length > 3000, `${md.split(/\s+/).length} words`);
  await page.getByRole('button', { name: 'Open as a new issue in GitHub, at github.com' }).click();
  await page.locator('.output .status').getByText('The intake request is on your clipboard: paste it into the issue\'s description. Open the new issue with the link below.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), md);
  assert.deepEqual(await opened(page), [], 'the visitor opens the issue, with a fresh click');
  await page.getByRole('link', { name: 'Open the new issue in GitHub, at github.com' }).click();
  const [github] = await opened(page);
  assert.deepEqual(params(github.url), {
    title: 'Intake: Billing API',
    body: 'Paste the intake request here.',
    labels: 'intake,high',
    assignees: 'devex-triage',
  });
  assert.ok(github.url.length <= 8000);
  assert.deepEqual(await handoffs(page), [{ tracker: 'GitHub', url: github.url, viaClipboard: true }]);
});

test('where the clipboard refuses, the document is selected in its box and nothing opens until the visitor chooses', async (t) => {
  const page = await open(t, { refuse: true });
  await complete(page);
  await page.getByLabel('Datasets').fill(Array.from({ length: 3 }, (_, n) => `Dataset ${n} ${'word '.repeat(700)}`).join('\n'));
  await page.getByRole('button', { name: 'Check your intake request' }).click();
  await page.getByText('Your intake request is ready').waitFor();
  await page.getByRole('button', { name: 'Open as a new issue in GitLab, at gitlab.corp.example' }).click();
  await page.locator('.output .status').getByText(/could not be copied automatically: it is selected in the Generated Markdown box/).waitFor();
  assert.deepEqual(await opened(page), [], 'nothing opened');
  const selected = await page.getByLabel('Generated Markdown').evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  assert.equal(selected, await markdown(page));
  // The visitor copies it, then chooses to open the issue.
  await page.getByRole('link', { name: 'Open the new issue in GitLab, at gitlab.corp.example' }).click();
  const [gitlab] = await opened(page);
  assert.equal(params(gitlab.url)['issue[description]'], 'Paste the intake request here.\n\n/label ~"intake"');
  assert.deepEqual(await handoffs(page), [{ tracker: 'GitLab', url: gitlab.url, viaClipboard: true }]);
});
