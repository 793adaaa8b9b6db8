// The default one-pager as tests and scripts meet it: its required questions with the message
// each gives when left empty, and a visitor's answers. Written out here once, by hand (not
// taken from the widget), so that a test holds the widget to them.

/** The one-pager's required questions and the message each gives when left empty, in order. */
export const REQUIRED = [
  ['Enter the team name', 'Team name'],
  ['Enter the name of the point of contact', 'Point of contact'],
  ['Enter the contact email address', 'Contact email'],
  ['Describe the problem', 'Problem'],
  ['Describe the proposed solution', 'Proposed solution'],
  ['Enter the engagement goal', 'Engagement goal'],
  ['Enter the diffusion goal', 'Diffusion goal'],
  ['Enter at least one success measure', 'Success measures'],
  ['Enter the proposed start date, including the day, month and year', 'Proposed start date'],
  ['Select how often you will hold retros', 'Weekly (recommended)'],
  ['Confirm that your team agrees with “The aux engineer will not do the hard work”', 'We understand that the aux engineer will not do the hard work for us'],
  ['Confirm that your team agrees with “Diffusion is the primary goal; project success is the secondary one”', 'We understand that diffusion is the primary goal and project success the secondary one'],
  ['Confirm that your team agrees with “Weekly retros and schedules matter, and critical feedback is strongly encouraged”', 'We will keep to weekly retros and schedules, and we welcome critical feedback'],
  ['Confirm that your team agrees with “If failure modes persist, the engagement ends early”', 'We understand that the engagement ends early if failure modes persist'],
];

/** The demo page's four expectations and five pitch steps, in order. */
export const EXPECTATIONS = [
  'The aux engineer will not do the hard work',
  'Diffusion is the primary goal; project success is the secondary one',
  'Weekly retros and schedules matter, and critical feedback is strongly encouraged',
  'If failure modes persist, the engagement ends early',
];
export const STEPS = ['What is AuxEng?', 'What is Developer Experience?', 'Why AuxEng?', 'What does an embed do?', 'How do we get started?'];

/** A visitor's answers to the text questions, by label. */
export const ANSWERS = {
  'Team name': 'Payments Platform',
  'Point of contact': 'Ada Lovelace',
  'Contact email': 'ada@payments.example',
  Problem: 'Deploys take a day.',
  'Proposed solution': 'Pair on the pipeline.',
  'Engagement goal': 'Deploy in an hour.',
  'Diffusion goal': 'Every team owns its pipeline.',
  'Success measures': 'Lead time under 1 hour\nChange failure rate under 5%',
};

/** A date `days` ahead (four weeks by default), as YYYY-MM-DD. */
export function futureDate(days = 28) {
  const d = new Date(Date.now() + days * 86400000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Answers every question of a Playwright page's one-pager, by label, as a user would. (The
 * journeys' driver has its own, typing key by key: tests/journeys/steps.mjs.) */
export async function fillByLabel(page) {
  for (const [label, text] of Object.entries(ANSWERS)) await page.getByLabel(label, { exact: true }).fill(text);
  await page.getByLabel('Proposed start date').fill(futureDate());
  await page.getByLabel('Weekly (recommended)').check();
  for (const checkbox of await page.getByRole('checkbox').all()) await checkbox.check();
}
