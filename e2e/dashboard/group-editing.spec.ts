import type { Locator, Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@groupfinder/domain';
import { ApiSession, DASHBOARD_URL, DEMO_ORGANISATION, PLATFORM_ADMIN, newPerson, openBrowser, organisationAdminInvitedByPlatformAdmin, signInOnDashboard, uniqueSuffix } from '../accounts';
import { groupMadeByApi, meetingsFrom } from '../groups';
import { expect, test } from '../clock';

// Issue 9's journeys: organisations keep their groups in the dashboard. An admin creates a group
// meeting every other Tuesday in Danish and Swedish with a summer break, and visitors find it in
// the widget; the platform admin cancels the Christmas meeting of the real Søborg Thursday group;
// two colleagues edit one group at once and the second merges; an admin reverts a change; the admin
// of another unit cannot open a group, not even by its link. In Danish, at the journeys' moment,
// Wednesday 10 March 2027 (../clock.ts); every person and group is new in each run.

const WIDGET_URL = process.env.WIDGET_URL ?? 'http://localhost:4300';

test.use({ locale: 'da-DK' });

const editPage = (page: Page, id: string) => page.goto(`${DASHBOARD_URL}/#/groups/${id}`);
const form = (page: Page) => page.getByRole('main');
const saved = (page: Page) => expect(form(page).getByRole('status').filter({ hasText: 'Gemt.' })).toBeVisible();

/** The schedule editor's list of coming meetings. */
const preview = (page: Page): Locator => form(page).getByRole('list').filter({ has: page.getByRole('button', { name: 'Aflys' }) }).first();

test('an admin creates a group every other Tuesday in Danish and Swedish with a summer break, and visitors find it with its next meeting', async ({ page, request }) => {
  const person = newPerson('Karen Holm', 'group-creator');
  await organisationAdminInvitedByPlatformAdmin(request, person);
  await signInOnDashboard(page, person);
  const word = `Kvaspeborg${uniqueSuffix()}`;

  await page.goto(`${DASHBOARD_URL}/#/organisations/${DEMO_ORGANISATION.slug}`);
  await form(page).getByRole('link', { name: 'Ny gruppe' }).click();
  await expect(form(page).getByRole('heading', { level: 1, name: 'Ny gruppe' })).toBeVisible();
  const main = form(page);
  await main.getByLabel('Navn i webadressen').fill(`sorg-tirsdag-${word.toLowerCase()}`);
  await main.getByLabel('Tilføj et sprog').selectOption({ label: 'svensk' });
  await main.getByRole('button', { name: 'Tilføj sproget' }).click();
  await main.getByLabel('Navn (dansk)').fill(`Sorggruppe ${word}`);
  await main.getByLabel('Navn (svensk)').fill(`Sorggrupp ${word}`);
  await main.getByLabel('Beskrivelse (dansk)').fill('For dig, der har mistet en nærtstående.');
  await main.getByLabel('Beskrivelse (svensk)').fill('För dig som har förlorat en närstående.');
  await main.getByRole('checkbox', { name: 'Sorg', exact: true }).check();
  await main.getByRole('checkbox', { name: 'dansk', exact: true }).check();
  await main.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Gladsaxe' });

  // The schedule, without a word of iCalendar: every other week, Tuesdays, 18:30–20:00, a summer break.
  await main.getByRole('radio', { name: 'På faste tidspunkter' }).check();
  await main.getByLabel('Gruppen mødes').selectOption({ label: 'Hver uge eller med få ugers mellemrum' });
  await main.getByLabel('Gentages').selectOption({ label: 'Hver anden uge' });
  await main.getByRole('checkbox', { name: 'Tirsdag', exact: true }).check();
  await main.getByRole('checkbox', { name: 'Onsdag', exact: true }).uncheck();
  const when = main.getByRole('group', { name: 'Dato og tidspunkt' });
  await when.getByLabel('Første møde').fill('2027-03-16');
  await when.getByLabel('Starter kl.').fill('18:30');
  await when.getByLabel('Slutter kl.').fill('20:00');
  await main.getByRole('button', { name: 'Tilføj en pause' }).click();
  await main.getByLabel('Første dag uden møder').fill('2027-07-01');
  await main.getByLabel('Sidste dag uden møder').fill('2027-08-08');
  const reason = main.getByRole('group', { name: 'Årsag (valgfri)' });
  await reason.getByLabel('Dansk').fill('Sommerferie');
  await reason.getByLabel('Svensk').fill('Sommarlov');

  // Its next ten dates, as the editor types: every other Tuesday, none in the summer break.
  await expect(main.getByText('De næste 10 møder:')).toBeVisible();
  const dates = preview(page).getByRole('listitem');
  await expect(dates).toHaveCount(10);
  await expect(dates.first()).toContainText('16. marts');
  await expect(dates.nth(7)).toContainText('22. juni');
  await expect(dates.nth(8)).toContainText('17. august');
  await expect(dates.nth(9)).toContainText('31. august');
  await expect(dates.first()).toContainText('18:30');

  await main.getByRole('button', { name: 'Opret gruppen' }).click();
  // Created: the page is now the group's own, headed by its name.
  await expect(form(page).getByRole('heading', { level: 1, name: `Sorggruppe ${word}` })).toBeVisible();
  const editAddress = page.url();

  // A visitor on the municipality's page finds it, in Swedish too, with its next meeting.
  await page.goto(WIDGET_URL);
  const widget = page.getByRole('region', { name: 'Find en selvhjælpsgruppe' });
  const search = async () => {
    // Once the first results are there, the widget takes what is typed.
    await expect(widget.getByRole('status')).toHaveText(/fundet$/);
    await widget.getByRole('searchbox', { name: 'Søg' }).fill(word);
  };
  await search();
  const card = widget.getByRole('article');
  await expect(card).toHaveCount(1);
  await expect(card.getByRole('heading', { level: 3 })).toHaveText(`Sorggruppe ${word}`);
  await expect(card).toContainText('Næste møde: tirsdag 16. marts kl. 18:30');
  await expect(card).toContainText('Hver 14. dag, tirsdag kl. 18:30–20:00');

  // The first meeting is called off: the visitor sees it cancelled, and when the group meets then.
  await page.goto(editAddress);
  const first = preview(page).getByRole('listitem').first();
  await expect(first).toContainText('16. marts');
  await first.getByRole('button', { name: 'Aflys' }).click();
  await form(page).getByRole('button', { name: 'Gem ændringerne' }).click();
  await saved(page);
  await page.goto(WIDGET_URL);
  await search();
  await expect(card).toHaveCount(1);
  await expect(card.getByText('Aflyst', { exact: true })).toBeVisible();
  await expect(card).toContainText('Næste møde: tirsdag 16. marts kl. 18:30 Aflyst');
  await expect(card).toContainText('Derefter: tirsdag 30. marts kl. 18:30');
});

test('the platform admin cancels the Christmas meeting of the real Søborg Thursday group, and the finder lists it cancelled', async ({ page }) => {
  await signInOnDashboard(page, PLATFORM_ADMIN);
  await page.goto(`${DASHBOARD_URL}/#/organisations/de-frivilliges-hus-gladsaxe`);
  await form(page).getByRole('link', { name: 'SMART Recovery Søborg – torsdag' }).click();
  await expect(form(page).getByRole('heading', { level: 1, name: 'SMART Recovery Søborg – torsdag' })).toBeVisible();

  // In March, Christmas is far beyond the list of next meetings: the meeting is found by its date.
  // (At the journeys' clock, 24 December 2027 is a Friday: the group's Christmas meeting is Thursday 23.)
  const main = form(page);
  await main.getByLabel('Mødets dato').fill('2027-12-24');
  await expect(main.getByRole('status').filter({ hasText: 'Der er intet møde fredag 24. december.' })).toBeVisible();
  await main.getByLabel('Mødets dato').fill('2027-12-23');
  const onDate = main.getByRole('group', { name: 'Aflys eller flyt et møde på en anden dato' });
  await onDate.getByRole('button', { name: 'Aflys' }).click();
  await expect(onDate.getByRole('button', { name: 'Genindsæt' })).toBeVisible();
  await main.getByRole('button', { name: 'Gem ændringerne' }).click();
  await saved(page);

  const meetings = await meetingsFrom('smart-recovery-soborg-torsdag', '2027-12-20T00:00:00Z', 2);
  expect(meetings).toEqual([
    { start: '2027-12-23T19:00:00+01:00', status: 'CANCELLED' },
    { start: '2027-12-30T19:00:00+01:00', status: 'SCHEDULED' },
  ]);
});

test('two colleagues edit one group at once: the second is told of the conflict and merges field by field', async ({ browser }) => {
  const group = await groupMadeByApi(`Konfliktgruppe ${uniqueSuffix()}`);
  const first = await openBrowser(browser);
  const second = await openBrowser(browser);
  await signInOnDashboard(first.page, PLATFORM_ADMIN);
  await signInOnDashboard(second.page, PLATFORM_ADMIN);
  await editPage(first.page, group.id);
  await editPage(second.page, group.id);

  await form(first.page).getByLabel('Kontaktperson').fill('Birgit');
  await form(first.page).getByRole('button', { name: 'Gem ændringerne' }).click();
  await saved(first.page);

  await form(second.page).getByLabel('Kontaktperson').fill('Jens');
  await form(second.page).getByLabel('Kontakttelefon').fill('+45 44 98 35 79');
  await form(second.page).getByRole('button', { name: 'Gem ændringerne' }).click();
  const conflict = form(second.page).getByRole('form', { name: 'En anden har gemt gruppen, mens du ændrede den' });
  await expect(conflict).toBeVisible();
  await conflict.getByRole('radio', { name: 'Tag deres: “Birgit”' }).check();
  await conflict.getByRole('button', { name: 'Gem igen' }).click();
  await saved(second.page);
  // Focus is where it is after any save, not lost to the page.
  await expect(form(second.page).getByRole('button', { name: 'Gem ændringerne' })).toBeFocused();

  const admin = await ApiSession.open();
  await admin.signIn(PLATFORM_ADMIN);
  const { editableGroup } = await admin.query<{ editableGroup: { version: number; fields: { contactName: string; contactPhone: string } } }>(
    `query ($id: ID!) { editableGroup(id: $id) { version fields { contactName contactPhone } } }`,
    { id: group.id },
  );
  expect(editableGroup).toEqual({ version: 3, fields: { contactName: 'Birgit', contactPhone: '+45 44 98 35 79' } });
  await admin.close();
  // The first colleague opens the group again (in the same page, no reload): the form shows what the second saved.
  await first.page.goto(`${DASHBOARD_URL}/#/account`);
  await editPage(first.page, group.id);
  await expect(form(first.page).getByLabel('Kontakttelefon')).toHaveValue('+45 44 98 35 79');
  await first.context.close();
  await second.context.close();
});

test('an admin reverts a change from the group’s history', async ({ page }) => {
  const group = await groupMadeByApi(`Historikgruppe ${uniqueSuffix()}`);
  await signInOnDashboard(page, PLATFORM_ADMIN);
  await editPage(page, group.id);
  await form(page).getByLabel('Kontaktperson').fill('Ulla');
  await form(page).getByRole('button', { name: 'Gem ændringerne' }).click();
  await saved(page);

  const history = form(page).getByRole('region', { name: 'Historik' });
  // Each change is a list item with its own Revert button (the fields it changed are a list inside it).
  const changes = history.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Fortryd/ }) });
  const change = changes.filter({ hasText: 'ændrede kontaktnavn fra “Hanne” til “Ulla”' });
  await expect(change).toBeVisible();
  await change.getByRole('button', { name: /^Fortryd/ }).click();
  await expect(changes.first()).toContainText('ændrede kontaktnavn fra “Ulla” til “Hanne”');
  await page.reload();
  await expect(form(page).getByLabel('Kontaktperson')).toHaveValue('Hanne');
});

test('a history read in Danish reads in English after switching language on another page and going Back', async ({ page, request }) => {
  const group = await groupMadeByApi(`Sproggruppe ${uniqueSuffix()}`);
  // A person of her own: the language she switches to is hers, not the other journeys' admin's.
  const person = newPerson('Maja Holm', 'history-language');
  await (await organisationAdminInvitedByPlatformAdmin(request, person)).close();
  await signInOnDashboard(page, person);
  await editPage(page, group.id);
  await form(page).getByLabel('Kontaktperson').fill('Ulla');
  await form(page).getByRole('button', { name: 'Gem ændringerne' }).click();
  await saved(page);
  const history = form(page).getByRole('region', { name: 'Historik' });
  await expect(history.getByText('ændrede kontaktnavn fra “Hanne” til “Ulla”')).toBeVisible();

  await page.goto(`${DASHBOARD_URL}/#/account`);
  await page.getByRole('banner').getByRole('combobox', { name: 'Sprog' }).selectOption({ label: 'English' });
  // Nothing changes until the choice is confirmed (arrow keys on the list would switch at each step).
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await page.getByRole('banner').getByRole('button', { name: 'Change' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goBack();
  const english = form(page).getByRole('region', { name: 'History' });
  await expect(english.getByText('changed the contact name from “Hanne” to “Ulla”')).toBeVisible();
  await expect(english.getByText(/ændrede/)).toHaveCount(0);
});

test('the admin of a unit cannot open a group the unit does not run, not even by its link', async ({ page }) => {
  const group = await groupMadeByApi(`Lukket gruppe ${uniqueSuffix()}`);
  const unitAdmin = DEMO_ACCOUNTS.find((account) => account.role === 'UNIT_ADMIN');
  await signInOnDashboard(page, { email: unitAdmin?.email ?? '', password: DEMO_PASSWORD });
  await editPage(page, group.id);
  await expect(page.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeVisible();
  await expect(form(page).getByLabel('Kontaktperson')).toHaveCount(0);
});
