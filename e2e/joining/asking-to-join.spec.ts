import { randomUUID } from 'node:crypto';
import { request as playwrightRequest } from '@playwright/test';
import { ApiSession, DASHBOARD_URL, newPerson, organisationAdminInvitedByPlatformAdmin, signInOnDashboard, uniqueSuffix } from '../accounts';
import { axeViolations as violations } from '../axe';
import { expect, test } from '../clock';
import { tabTo } from '../keyboard';
import { readMail } from '../mail';

// Issue 11's journeys: people ask to join a group from the widget and stay in control of what they
// sent, and only the group's own organisation sees and works its queue. A visitor signs up for the
// waiting list of seed 001's relatives' group in Danish with the keyboard alone, gets the
// confirmation by mail and withdraws through its link; another asks for an intake conversation in
// Polish; an admin works the queue, and an admin of another organisation sees nothing of it.
// At the journeys' moment (../clock.ts); every person is new in each run.

const WIDGET_URL = process.env.WIDGET_URL ?? 'http://localhost:4300';
const API_URL = process.env.API_URL ?? 'http://localhost:4000/graphql';

/** Seed 001's group for relatives: forming, so it takes names for its waiting list. */
const RELATIVES_GROUP = { slug: 'smart-recovery-parorendegruppe-gladsaxe', name: 'SMART Recovery pårørendegruppe', organisation: 'de-frivilliges-hus-gladsaxe' };
/** Two invented groups of the demo organisation (demo-selvhjaelp-danmark) that start with an intake conversation. */
const DIVORCE_GROUP = { slug: 'demo-skilsmissegruppe-bagsvaerd', name: 'Selvhjælpsgruppe om skilsmisse' };
const YOUNG_GRIEF_GROUP = { slug: 'demo-sorggruppe-for-unge-lyngby', name: 'Sorggruppe for unge' };

test.use({ locale: 'da-DK' });

/** A group's id, as the dashboard's addresses name it. */
async function groupId(slug: string): Promise<string> {
  const visitor = await ApiSession.open();
  const { group } = await visitor.query<{ group: { id: string } }>(`query ($slug: String!) { group(slug: $slug) { id } }`, { slug });
  await visitor.close();
  return group.id;
}

/** The aliases in a group's queue, as its organisation's admin reads them through the API. */
async function aliasesInQueue(admin: ApiSession, id: string): Promise<string[]> {
  const { joinQueue } = await admin.query<{ joinQueue: { requests: { alias: string }[] } }>(`query ($groupId: ID!) { joinQueue(groupId: $groupId) { requests { alias } } }`, { groupId: id });
  return joinQueue.requests.map((request) => request.alias);
}

/** Setup through the API, as the widget sends it: a request for an intake conversation, in Polish. */
async function askedForIntakeByApi(groupSlug: string, person: { alias: string; email: string; message: string }): Promise<void> {
  const visitor = await ApiSession.open();
  const { joinForm } = await visitor.query<{ joinForm: { formToken: string; consentVersion: string } }>(
    `query ($groupSlug: String!) { joinForm(groupSlug: $groupSlug) { formToken consentVersion } }`,
    { groupSlug },
  );
  const { askToJoin } = await visitor.query<{ askToJoin: { received: boolean } }>(`mutation ($input: AskToJoinInput!) { askToJoin(input: $input) { received } }`, {
    input: {
      groupSlug,
      kind: 'INTAKE',
      alias: person.alias,
      contactKind: 'EMAIL',
      contact: person.email,
      message: person.message,
      consentVersion: joinForm.consentVersion,
      language: 'PL',
      idempotencyKey: randomUUID(),
      formToken: joinForm.formToken,
      website: null,
    },
  });
  expect(askToJoin.received).toBe(true);
  await visitor.close();
}

test('a visitor signs up for the relatives’ waiting list in Danish with the keyboard alone, and withdraws through the link in the confirmation', async ({ page, request }) => {
  // The widget, a mail, the dashboard and the admin's queue, one keystroke at a time: far longer than one journey step.
  test.setTimeout(90_000);
  const suffix = uniqueSuffix();
  const visitor = { alias: `Birthe ${suffix}`, email: `parorende-${suffix}@example.org` };

  await page.goto(WIDGET_URL);
  const widget = page.getByRole('region', { name: 'Find en selvhjælpsgruppe' });
  await expect(widget.getByRole('status')).toHaveText(/fundet$/);

  // From the top of the page: the skip link, then on into the widget's search.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Gå til indhold' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, widget.getByRole('searchbox', { name: 'Søg' }));
  await page.keyboard.type('pårørendegruppe');
  const card = widget.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: RELATIVES_GROUP.name }) });
  await expect(widget.getByRole('article')).toHaveCount(1);
  await expect(card).toContainText('Under opstart');

  const details = card.getByRole('link', { name: 'Mere om gruppen' });
  await tabTo(page, details);
  await page.keyboard.press('Enter');
  // The group's own view, its name focused: the form's button is further on.
  await expect(card.getByRole('heading', { level: 3, name: RELATIVES_GROUP.name })).toBeFocused();
  const opener = card.getByRole('button', { name: 'Skriv dig på ventelisten' });
  await tabTo(page, opener);
  await page.keyboard.press('Space');
  await expect(opener).toHaveAttribute('aria-expanded', 'true');

  // Sent empty: nothing goes, the problems are counted at the top and said at each field.
  const form = card.getByRole('form', { name: 'Skriv dig på ventelisten' });
  const send = form.getByRole('button', { name: 'Send' });
  await tabTo(page, send);
  await page.keyboard.press('Enter');
  await expect(form.getByText('3 felter skal rettes')).toBeVisible();
  const alias = form.getByRole('textbox', { name: 'Fornavn eller kaldenavn' });
  const email = form.getByRole('textbox', { name: 'Din e-mailadresse' });
  const consent = form.getByRole('checkbox', { name: /^Jeg giver samtykke til, at De Frivilliges Hus/ });
  await expect(alias).toHaveAttribute('aria-invalid', 'true');
  await expect(alias).toHaveAccessibleDescription('Du behøver ikke at skrive dit fulde navn. Skriv et fornavn eller et kaldenavn.');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Skriv en gyldig e-mailadresse.');
  await expect(consent).toHaveAttribute('aria-invalid', 'true');
  await expect(consent).toHaveAccessibleDescription('Sæt kryds for at give samtykke til, hvordan vi opbevarer det, du sender.');
  // The privacy notice stands beside the form, before the consent that refers to it.
  await expect(form.getByRole('heading', { name: 'Privatliv: sådan behandler vi det, du sender' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  // The summary has the focus: its first problem leads to its field.
  await page.keyboard.press('Tab');
  await expect(form.getByRole('link', { name: 'Skriv et fornavn eller et kaldenavn.' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(alias).toBeFocused();
  await page.keyboard.type(visitor.alias);
  await page.keyboard.press('Tab');
  await expect(form.getByRole('radio', { name: 'E-mail' })).toBeFocused();
  await expect(form.getByRole('radio', { name: 'E-mail' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(email).toBeFocused();
  await page.keyboard.type(visitor.email);
  await page.keyboard.press('Tab');
  await expect(form.getByRole('textbox', { name: 'Besked (frivillig)' })).toBeFocused();
  await page.keyboard.type('Jeg kan bedst om aftenen.');
  await page.keyboard.press('Tab');
  await expect(consent).toBeFocused();
  await page.keyboard.press('Space');
  await expect(consent).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(send).toBeFocused();
  await page.keyboard.press('Enter');

  // Received: the confirmation takes the form's place, and the focus.
  await expect(card.getByRole('heading', { name: 'Tak – din henvendelse er sendt' })).toBeFocused();
  await expect(card).toContainText('kontakter dig, når der er plads i gruppen, eller når den skal til at starte.');
  await expect(card).toContainText('Vi har sendt en e-mail til den adresse, du skrev');

  // The organisation's admin finds the request in the group's queue.
  const admin = await organisationAdminInvitedByPlatformAdmin(request, newPerson('Lone Berg', 'gladsaxe-admin'), RELATIVES_GROUP.organisation);
  const relatives = await groupId(RELATIVES_GROUP.slug);
  expect(await aliasesInQueue(admin, relatives)).toContain(visitor.alias);

  // The confirmation, in Danish, with the link to see and withdraw the request.
  const mail = await readMail(request, visitor.email, { subject: 'Din henvendelse om at komme med i en gruppe' });
  expect(mail.text).toContain(`»${RELATIVES_GROUP.name}«`);
  const link = mail.links.find((each) => each.startsWith(`${DASHBOARD_URL}/#/asked?token=`));
  expect(link).toBeDefined();
  const ownPage = link ?? '';

  await page.goto(ownPage);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Din henvendelse om at komme med i en gruppe' })).toBeVisible();
  await expect(main).toContainText(RELATIVES_GROUP.name);
  await expect(main).toContainText('En plads på ventelisten');
  await expect(main).toContainText('Modtaget. Gruppen har ikke kontaktet dig endnu.');
  // The token leaves the address bar once read.
  await expect(page).toHaveURL(`${DASHBOARD_URL}/#/asked`);

  await main.getByRole('button', { name: 'Træk min henvendelse tilbage' }).click();
  await expect(main.getByText(/^Vil du trække din henvendelse tilbage\?/)).toBeFocused();
  await main.getByRole('button', { name: 'Ja, træk den tilbage og slet den' }).click();
  await expect(main.getByRole('status')).toContainText('Din henvendelse er trukket tilbage og slettet.');

  // Gone at once: from the organisation's queue, and from behind the link.
  expect(await aliasesInQueue(admin, relatives)).not.toContain(visitor.alias);
  await admin.close();
  await page.goto('about:blank');
  await page.goto(ownPage);
  await expect(main.getByRole('status')).toContainText('Der er ingen henvendelse bag dette link.');
  await expect(main).not.toContainText(RELATIVES_GROUP.name);
});

test('a visitor asks for an intake conversation in Polish and gets the confirmation in Polish', async ({ page, request }) => {
  const suffix = uniqueSuffix();
  const visitor = { alias: `Agnieszka ${suffix}`, email: `rozmowa-${suffix}@example.org` };

  await page.goto(WIDGET_URL);
  await expect(page.getByRole('region', { name: 'Find en selvhjælpsgruppe' }).getByRole('article').first()).toBeVisible();
  await page.getByRole('button', { name: 'Polski' }).click();
  const widget = page.getByRole('region', { name: 'Znajdź grupę samopomocową' });
  await expect(widget.getByRole('status')).toHaveText(/^Znaleziono/);
  await widget.getByRole('searchbox', { name: 'Szukaj' }).fill('skilsmisse');
  const card = widget.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: DIVORCE_GROUP.name }) });
  await expect(widget.getByRole('article')).toHaveCount(1);
  await card.getByRole('link', { name: 'Więcej o grupie' }).click();
  await card.getByRole('button', { name: 'Umów się na rozmowę wstępną' }).click();

  const form = card.getByRole('form', { name: 'Umów się na rozmowę wstępną' });
  await expect(form.getByRole('heading', { name: /^Prywatność/ })).toBeVisible();
  await form.getByRole('textbox', { name: 'Imię lub pseudonim' }).fill(visitor.alias);
  await expect(form.getByRole('radio', { name: 'E-mail' })).toBeChecked();
  await form.getByRole('textbox', { name: 'Twój adres e-mail' }).fill(visitor.email);
  await form.getByRole('textbox', { name: 'Wiadomość (nieobowiązkowo)' }).fill('Najlepiej po południu.');
  await form.getByRole('checkbox', { name: /^Wyrażam zgodę/ }).check();
  await form.getByRole('button', { name: 'Wyślij' }).click();

  await expect(card.getByRole('heading', { name: 'Dziękujemy – zgłoszenie zostało wysłane' })).toBeFocused();
  await expect(card).toContainText('skontaktuje się z Tobą, aby umówić rozmowę wstępną.');

  const mail = await readMail(request, visitor.email, { subject: 'Twoje zgłoszenie do grupy' });
  expect(mail.text).toContain(`Otrzymaliśmy Twoje zgłoszenie do grupy „${DIVORCE_GROUP.name}”.`);
  expect(mail.links.some((link) => link.startsWith(`${DASHBOARD_URL}/#/asked?token=`))).toBe(true);
});

test('an admin of the group’s organisation works its queue in the dashboard: a status, a note, and the access log', async ({ page, request }) => {
  // A sign-in, three pages of the dashboard and a reload: longer than one journey step.
  test.setTimeout(60_000);
  const suffix = uniqueSuffix();
  const visitor = { alias: `Katarzyna ${suffix}`, email: `kolejka-${suffix}@example.org`, message: 'Mój brat zmarł w zeszłym roku.' };
  await askedForIntakeByApi(YOUNG_GRIEF_GROUP.slug, visitor);
  const id = await groupId(YOUNG_GRIEF_GROUP.slug);

  // An admin of the demo organisation, whose group it is, opens its queue from the group's page.
  // A name of her own: the log is the organisation's, and other journeys' admins work in it too.
  const admin = newPerson(`Pia Holm ${suffix}`, 'queue-admin');
  await (await organisationAdminInvitedByPlatformAdmin(request, admin)).close();
  await signInOnDashboard(page, admin);
  await page.goto(`${DASHBOARD_URL}/#/groups/${id}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: YOUNG_GRIEF_GROUP.name })).toBeVisible();
  await main.getByRole('navigation', { name: 'Mere om gruppen' }).getByRole('link', { name: 'Henvendelser om at komme med' }).click();
  await expect(main.getByRole('heading', { level: 1, name: `Henvendelser om at komme med i ${YOUNG_GRIEF_GROUP.name}` })).toBeVisible();

  const row = main.getByRole('row').filter({ has: page.getByRole('rowheader', { name: visitor.alias }) });
  await expect(row).toContainText(visitor.email);
  await expect(row).toContainText('Sprog: polsk');
  await expect(row).toContainText('Afklarende samtale');
  await expect(row).toContainText(visitor.message);
  const status = row.getByRole('combobox', { name: `Status for henvendelsen fra ${visitor.alias}` });
  const note = row.getByRole('textbox', { name: `Note om henvendelsen fra ${visitor.alias}` });
  await expect(status).toHaveValue('NEW');

  await status.selectOption({ label: 'Kontaktet' });
  await note.fill('Ringet op; samtale aftales i næste uge.');
  await row.getByRole('button', { name: `Gem status og note for ${visitor.alias}` }).click();
  await expect(row.getByRole('status')).toHaveText('Gemt.');

  // Kept: read again from the API.
  await page.reload();
  await expect(status).toHaveValue('CONTACTED');
  await expect(status.locator('option:checked')).toHaveText('Kontaktet');
  await expect(note).toHaveValue('Ringet op; samtale aftales i næste uge.');

  // The access log shows the admin's reads and the change, never what the request says.
  await main.getByRole('link', { name: 'Personoplysninger' }).click();
  await expect(main.getByRole('heading', { level: 1, name: /^Personoplysninger hos / })).toBeVisible();
  const log = main.getByRole('table', { name: 'Adgangslog' });
  const mine = log.getByRole('row').filter({ hasText: admin.name }).filter({ hasText: YOUNG_GRIEF_GROUP.name });
  await expect(mine.filter({ has: page.getByRole('cell', { name: 'Set', exact: true }) }).first()).toBeVisible();
  await expect(mine.filter({ has: page.getByRole('cell', { name: 'Ændret', exact: true }) })).toHaveCount(1);
  await expect(log).not.toContainText(visitor.alias);
  await expect(log).not.toContainText(visitor.email);
});

test('an admin of another organisation sees nothing of the queue, not even at its own address', async ({ page, request }) => {
  const suffix = uniqueSuffix();
  const visitor = { alias: `Zofia ${suffix}`, email: `obca-${suffix}@example.org`, message: 'Proszę o kontakt mailowy.' };
  await askedForIntakeByApi(YOUNG_GRIEF_GROUP.slug, visitor);
  const id = await groupId(YOUNG_GRIEF_GROUP.slug);

  // An admin of seed 001's organisation: a queue of the demo organisation is not theirs.
  const stranger = newPerson('Mads Friis', 'other-admin');
  await (await organisationAdminInvitedByPlatformAdmin(request, stranger, RELATIVES_GROUP.organisation)).close();
  // Asked through the API, the answer is the same as for a group that does not exist.
  const api = await playwrightRequest.newContext();
  await api.post(API_URL, { data: { query: `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`, variables: { input: { email: stranger.email, password: stranger.password } } } });
  const answer = await api.post(API_URL, { data: { query: `query ($groupId: ID!) { joinQueue(groupId: $groupId) { requests { alias contact } } }`, variables: { groupId: id } } });
  const body = (await answer.json()) as { data: unknown; errors?: { extensions?: { code?: string } }[] };
  await api.dispose();
  expect(body.data).toBeNull();
  expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
  expect(JSON.stringify(body)).not.toContain(visitor.alias);

  await signInOnDashboard(page, stranger);
  await page.goto(`${DASHBOARD_URL}/#/groups/${id}/requests`);
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(visitor.alias);
  await expect(page.locator('body')).not.toContainText(visitor.email);
});
