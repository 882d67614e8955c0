/**
 * Alerts written from their facts for a fr-BE browser: the alert centre's titles and
 * sentences and a domain's alert line are French, money and dates as a Belgian reads them,
 * and none of the English wording core used to send shows.
 */
import { resources } from '../../src-shared/i18n/resources';
import { openRoute, settledPage } from './axe-page';
import { FR_BE } from './catalog-checks';
import { browserIn } from './i18n-checks';
import { expect, test } from './web-shell-fixture';

test.use(browserIn(FR_BE.locale));

/** Every English title and sentence opening of the notices catalog that French words differently. */
const ENGLISH = [
  ...Object.values(resources.en.notices.title).filter((t) => !t.includes('{{')),
  ' expires ',
  ' is in its grace period',
  ' is in redemption',
  'was due on',
  'Your credit balance'
];

test('the alert centre and a domain speak French, from the alerts’ facts', async ({
  page,
  shell
}) => {
  await page.goto(shell.url);
  await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
  await openRoute(page, 'alerts');
  await settledPage(page, 'alerts');
  const items = page.getByTestId('alert-item');
  await expect(items.first()).toBeVisible();
  const text = (await items.allInnerTexts()).join('\n');
  for (const english of ENGLISH) expect(text).not.toContain(english);
  // The demo crosses domain thresholds on its first sync: "… expire dans 3 jours (…)".
  expect(text).toContain(resources.fr.notices.title.domainThreshold);
  expect(text).toMatch(/ expire (demain|aujourd’hui|dans \d+ jours) \(\d{1,2} [a-zéû]+\.? \d{4}\)/);

  // A domain's page says the same in French.
  await items
    .filter({ hasText: resources.fr.notices.title.domainThreshold })
    .first()
    .getByRole('link')
    .click();
  await settledPage(page, 'domains');
  const detail = await page.getByTestId('domain-detail').innerText();
  expect(detail).toMatch(/ expire (demain|aujourd’hui|dans \d+ jours)/);
  for (const english of ENGLISH) expect(detail).not.toContain(english);
});
