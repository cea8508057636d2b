import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  DASHBOARD_URL,
  DEMO_ORGANISATION,
  DEMO_UNIT_NAME,
  PLATFORM_ADMIN,
  newPerson,
  openBrowser,
  organisationAdminInvitedByPlatformAdmin,
  signInOnDashboard,
  signInWithCodeOnDashboard,
  submitSignIn,
  switchOnSecondFactor,
  totp,
  uniqueSuffix,
} from '../accounts';
import { expect, test } from '../clock';
import { readMail } from '../mail';

// Issue 8's accounts, as the people who use them: a platform admin invites an organisation admin
// by e-mail (through the local mail catcher), who switches on two-step sign-in and signs in with
// it, adds a unit and invites its admin, who then sees that unit and nothing else. In Danish, with
// the API's clock and the browser's standing still (../clock.ts); every person is new in each run.

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target) }))).toEqual([]);
}

/** The start of a link in an invitation mail, wherever the dashboard runs. */
const INVITATION_LINK = `${DASHBOARD_URL}/#/accept-invitation?token=`;

test.use({ locale: 'da-DK' });

test('a platform admin invites an organisation admin, who switches on two-step sign-in and signs in with it', async ({ page, browser, request }) => {
  const karen = newPerson('Karen Holm', 'org-admin');

  // The platform admin signs in...
  await page.goto(`${DASHBOARD_URL}/#/sign-in`);
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await submitSignIn(page, PLATFORM_ADMIN);
  await expect(page.getByRole('banner')).toContainText(`Logget ind som ${PLATFORM_ADMIN.name}`);

  // ...and invites Karen to administer the demo organisation, with a mail in Danish.
  await page.goto(`${DASHBOARD_URL}/#/organisations/${DEMO_ORGANISATION.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: DEMO_ORGANISATION.name })).toBeVisible();
  const invite = page.getByRole('region', { name: 'Invitér en person' });
  await invite.getByLabel('Personens e-mailadresse').fill(karen.email);
  await invite.getByLabel('Rolle').selectOption({ label: 'Organisationsadministrator' });
  await expect(invite.getByLabel('Invitationens sprog')).toHaveValue('da');
  await invite.getByRole('button', { name: 'Send invitationen' }).click();
  await expect(invite.getByRole('status')).toHaveText(`Invitationen til ${karen.email} er sendt.`);
  const waiting = page.getByRole('region', { name: 'Invitationer, der venter på svar' }).getByRole('row').filter({ hasText: karen.email });
  await expect(waiting.getByRole('cell').first()).toHaveText('Organisationsadministrator');

  // The invitation arrives at the local SMTP server, in Danish, with a link to the dashboard.
  const mail = await readMail(request, karen.email);
  expect(mail.subject).toBe(`${PLATFORM_ADMIN.name} har inviteret dig til ${DEMO_ORGANISATION.name}`);
  expect(mail.text).toContain('Din rolle: Organisationsadministrator');
  const link = mail.links[0] ?? '';
  expect(link.slice(0, INVITATION_LINK.length)).toBe(INVITATION_LINK);

  // Karen follows the link in her own browser, says who she is and chooses a password.
  const { context, page: karensPage } = await openBrowser(browser);
  await karensPage.goto(link);
  const main = karensPage.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Tag imod invitationen' })).toBeVisible();
  await expect(main.getByRole('definition')).toHaveText(['Organisationsadministrator', DEMO_ORGANISATION.name, karen.email]);
  await main.getByLabel('Dit navn').fill(karen.name);
  await main.getByLabel('Ny adgangskode').fill(karen.password);
  await main.getByRole('button', { name: 'Tag imod og log ind' }).click();

  // She is signed in, on her account page, as the organisation's admin.
  await expect(main.getByRole('heading', { level: 1, name: 'Min konto' })).toBeVisible();
  await expect(karensPage.getByRole('banner')).toContainText(`Logget ind som ${karen.name}`);
  const roles = main.getByRole('region', { name: 'Dine roller' }).getByRole('listitem');
  await expect(roles).toHaveCount(1);
  await expect(roles).toContainText('Organisationsadministrator');
  await expect(roles.getByRole('link', { name: DEMO_ORGANISATION.name })).toHaveAttribute('href', `#/organisations/${DEMO_ORGANISATION.slug}`);

  // She switches on two-step sign-in, typing the key into her authenticator app (this test's otplib).
  const twoStep = main.getByRole('region', { name: 'Totrinslogin' });
  await expect(twoStep).toContainText('Slået fra: du logger ind med din adgangskode alene.');
  await twoStep.getByRole('button', { name: 'Slå totrinslogin til' }).click();
  await expect(twoStep.getByRole('heading', { name: 'Føj groupfinder til din godkendelsesapp' })).toBeFocused();
  await expect(twoStep.getByRole('img', { name: 'QR-kode, der føjer groupfinder til en godkendelsesapp' })).toBeVisible();
  const key = twoStep.getByText('Kan du ikke scanne den? Skriv i stedet denne nøgle i appen:').locator('code');
  await expect(key).toHaveText(/^[A-Z2-7]{16,}$/);
  const secret = (await key.textContent()) ?? '';
  await expectNoAccessibilityViolations(karensPage);

  await twoStep.getByLabel('Den 6-cifrede kode, appen viser').fill(await totp(secret));
  await twoStep.getByRole('button', { name: 'Bekræft og slå til' }).click();
  // Ten recovery codes, shown this once.
  await expect(twoStep.getByRole('heading', { name: 'Dine gendannelseskoder' })).toBeFocused();
  await expect(twoStep.getByRole('listitem')).toHaveCount(10);
  await twoStep.getByRole('button', { name: 'Jeg har gemt dem' }).click();
  await expect(twoStep).toContainText('Slået til: du logger ind med din adgangskode og en kode fra din godkendelsesapp.');
  // This browser counts as signed in with it from now on.
  const thisBrowser = main.getByRole('region', { name: 'Hvor du er logget ind' }).getByRole('row').filter({ hasText: 'Denne browser' });
  await expect(thisBrowser.getByRole('cell').nth(1)).toHaveText('Ja');

  // She signs out, and in again: after the password the dashboard asks for the code.
  await karensPage.getByRole('banner').getByRole('button', { name: 'Log ud' }).click();
  await expect(main.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
  await submitSignIn(karensPage, karen);
  const code = main.getByRole('textbox', { name: 'Kode fra din godkendelsesapp eller en gendannelseskode' });
  await expect(code).toBeFocused();
  await expect(code).toHaveAccessibleDescription(/Indtast koden fra din godkendelsesapp eller en gendannelseskode\./);
  // The code she switched it on with does not work a second time...
  await code.fill(await totp(secret));
  await main.getByRole('button', { name: 'Log ind' }).click();
  await expect(code).toHaveAccessibleDescription(/Koden er forkert\./);
  // ...the app's next one does.
  await code.fill(await totp(secret, 1));
  await main.getByRole('button', { name: 'Log ind' }).click();
  await expect(main.getByRole('heading', { level: 1, name: 'Min konto' })).toBeVisible();
  await expect(twoStep).toContainText('Slået til');
  await expect(thisBrowser.getByRole('cell').nth(1)).toHaveText('Ja');
  await context.close();
});

test('an organisation admin adds a unit and invites its admin, who sees only that unit', async ({ page, browser, request }) => {
  // Ole administers the demo organisation with two-step sign-in on (set up through the API).
  const ole = newPerson('Ole Berg', 'org-admin');
  const setup = await organisationAdminInvitedByPlatformAdmin(request, ole);
  const { secret } = await switchOnSecondFactor(setup);
  await setup.close();
  const mette = newPerson('Mette Lund', 'unit-admin');
  const suffix = uniqueSuffix();
  const unitName = `Selvhjælp Nordvest ${suffix}`;

  // Ole signs in with his code and adds a unit; its short name is suggested from its name.
  await signInWithCodeOnDashboard(page, ole, await totp(secret, 1));
  await page.goto(`${DASHBOARD_URL}/#/organisations/${DEMO_ORGANISATION.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: DEMO_ORGANISATION.name })).toBeVisible();
  const addUnit = page.getByRole('region', { name: 'Tilføj en afdeling' });
  await addUnit.getByLabel('Afdelingens navn').fill(unitName);
  await expect(addUnit.getByLabel('Kort navn til webadresser')).toHaveValue(`selvhjaelp-nordvest-${suffix}`);
  await addUnit.getByRole('button', { name: 'Tilføj afdelingen' }).click();
  await expect(addUnit.getByRole('status')).toHaveText(`Afdelingen er tilføjet: ${unitName}`);
  const units = page.getByRole('region', { name: 'Afdelinger' });
  await expect(units.getByRole('link', { name: unitName })).toBeVisible();
  await expect(units.getByRole('link', { name: DEMO_UNIT_NAME })).toBeVisible();
  // The organisation's page as its admin sees it: people, invitations, settings and forms.
  const oleAsMember = page.getByRole('region', { name: 'Personer og deres roller' }).getByRole('row').filter({ hasText: ole.email });
  await expect(oleAsMember.getByRole('rowheader')).toHaveText(ole.name);
  await expect(oleAsMember.getByRole('cell').last()).toHaveText('Ja');
  await expectNoAccessibilityViolations(page);

  // On the new unit's page he invites Mette to administer it.
  await addUnit.getByRole('link', { name: unitName }).click();
  await expect(page.getByRole('heading', { level: 1, name: unitName })).toBeVisible();
  const invite = page.getByRole('region', { name: 'Invitér en person' });
  await invite.getByLabel('Personens e-mailadresse').fill(mette.email);
  await invite.getByLabel('Rolle').selectOption({ label: 'Afdelingsadministrator' });
  await invite.getByRole('button', { name: 'Send invitationen' }).click();
  await expect(invite.getByRole('status')).toHaveText(`Invitationen til ${mette.email} er sendt.`);

  // A mistyped address: Ole withdraws that invitation (asked first), and it is no longer waiting.
  const mistyped = `mete.lund-${suffix}@example.org`;
  await invite.getByLabel('Personens e-mailadresse').fill(mistyped);
  await invite.getByLabel('Rolle').selectOption({ label: 'Afdelingsadministrator' });
  await invite.getByRole('button', { name: 'Send invitationen' }).click();
  await expect(invite.getByRole('status')).toHaveText(`Invitationen til ${mistyped} er sendt.`);
  const waiting = page.getByRole('region', { name: 'Invitationer, der venter på svar' });
  await waiting.getByRole('button', { name: `Træk invitationen af ${mistyped} som Afdelingsadministrator tilbage` }).click();
  await waiting.getByRole('button', { name: 'Ja, træk den tilbage' }).click();
  await expect(waiting.getByText(`Invitationen af ${mistyped} som Afdelingsadministrator er trukket tilbage: linket virker ikke længere.`)).toBeFocused();
  await expect(waiting.getByRole('row').filter({ hasText: mistyped })).toHaveCount(0);
  await expect(waiting.getByRole('row').filter({ hasText: mette.email })).toHaveCount(1);

  const mail = await readMail(request, mette.email);
  // Had Ole opened Mette's link in his own browser, he would be told first that accepting signs him out.
  await page.goto(mail.links[0] ?? '');
  const notice = page.getByRole('main').getByText(`Du er logget ind her som ${ole.name} (${ole.email}). Invitationen er til ${mette.email}`);
  await expect(notice).toBeVisible();
  await expect(page.getByRole('main').getByRole('button', { name: `Log ud som ${ole.name}, tag imod og log ind` })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(`Logget ind som ${ole.name}`);
  expect(mail.subject).toBe(`${ole.name} har inviteret dig til ${unitName}`);
  expect(mail.text).toContain('Din rolle: Afdelingsadministrator');

  // Mette accepts in her own browser.
  const { context, page: mettesPage } = await openBrowser(browser);
  await mettesPage.goto(mail.links[0] ?? '');
  const main = mettesPage.getByRole('main');
  await expect(main.getByRole('definition')).toHaveText(['Afdelingsadministrator', `${unitName}, ${DEMO_ORGANISATION.name}`, mette.email]);
  await main.getByLabel('Dit navn').fill(mette.name);
  await main.getByLabel('Ny adgangskode').fill(mette.password);
  await main.getByRole('button', { name: 'Tag imod og log ind' }).click();

  // Her account lists one role: admin of the unit.
  await expect(main.getByRole('heading', { level: 1, name: 'Min konto' })).toBeVisible();
  const roles = main.getByRole('region', { name: 'Dine roller' }).getByRole('listitem');
  await expect(roles).toHaveCount(1);
  await expect(roles).toContainText('Afdelingsadministrator');
  await expect(roles).not.toContainText('Organisationsadministrator');

  // Her unit: its people (she is the one) and the form to invite more.
  await roles.getByRole('link', { name: unitName }).click();
  await expect(main.getByRole('heading', { level: 1, name: unitName })).toBeVisible();
  const people = main.getByRole('region', { name: 'Personer og deres roller' });
  await expect(people.getByRole('rowheader')).toHaveText([mette.name]);
  await expect(people.getByRole('row').filter({ hasText: mette.name }).getByRole('cell').first()).toHaveText(mette.email);
  await expect(main.getByRole('region', { name: 'Invitér en person' })).toBeVisible();

  // The organisation's page shows her its units, and not its people: they are for its admins.
  await main.getByText('Del af').getByRole('link', { name: DEMO_ORGANISATION.name }).click();
  await expect(main.getByRole('heading', { level: 1, name: DEMO_ORGANISATION.name })).toBeVisible();
  await expect(main.getByText('Kun organisationens administratorer kan se dens personer og invitationer.')).toBeVisible();
  await expect(main.getByRole('region', { name: 'Personer og deres roller' })).toHaveCount(0);
  await expect(main.getByRole('region', { name: 'Invitér en person' })).toHaveCount(0);

  // The sibling unit (listed publicly) is refused, in Danish.
  await main.getByRole('region', { name: 'Afdelinger' }).getByRole('link', { name: DEMO_UNIT_NAME }).click();
  await expect(main.getByRole('heading', { level: 1, name: 'Afdeling' })).toBeVisible();
  const refusal = main.getByRole('alert');
  await expect(refusal.getByText('Afdelingen kunne ikke hentes.')).toBeVisible();
  await expect(refusal.getByText('Du har ikke adgang til dette.')).toBeVisible();
  await expect(main.getByRole('region', { name: 'Personer og deres roller' })).toHaveCount(0);
  await context.close();
});

test('an admin renews his recovery codes and switches two-step sign-in off; another resets it for a colleague who lost her phone', async ({ page, browser, request }) => {
  // Mads and Lise administer the demo organisation with two-step sign-in on; Sofie too, without it.
  const mads = newPerson('Mads Friis', 'org-admin');
  const lise = newPerson('Lise Krogh', 'org-admin');
  const sofie = newPerson('Sofie Dahl', 'org-admin');
  const madsSetup = await organisationAdminInvitedByPlatformAdmin(request, mads);
  const { recoveryCodes } = await switchOnSecondFactor(madsSetup);
  await madsSetup.close();
  const liseSetup = await organisationAdminInvitedByPlatformAdmin(request, lise);
  await switchOnSecondFactor(liseSetup);
  await liseSetup.close();
  await (await organisationAdminInvitedByPlatformAdmin(request, sofie)).close();

  // Mads signs in with a recovery code and asks for new ones, proving it with his password and another.
  await signInWithCodeOnDashboard(page, mads, recoveryCodes[0] ?? '');
  const main = page.getByRole('main');
  const twoStep = main.getByRole('region', { name: 'Totrinslogin' });
  await twoStep.getByRole('button', { name: 'Nye gendannelseskoder' }).click();
  await expect(twoStep.getByRole('heading', { name: 'Nye gendannelseskoder' })).toBeFocused();
  await twoStep.getByLabel('Adgangskode', { exact: true }).fill('not his password at all');
  await twoStep.getByRole('textbox', { name: 'Kode fra din godkendelsesapp eller en gendannelseskode' }).fill(recoveryCodes[1] ?? '');
  await twoStep.getByRole('button', { name: 'Lav nye koder' }).click();
  await expect(twoStep.getByLabel('Adgangskode', { exact: true })).toHaveAccessibleDescription(/Adgangskoden er ikke rigtig\./);
  await twoStep.getByLabel('Adgangskode', { exact: true }).fill(mads.password);
  await twoStep.getByRole('button', { name: 'Lav nye koder' }).click();
  await expect(twoStep.getByRole('heading', { name: 'Dine gendannelseskoder' })).toBeFocused();
  const renewed = await twoStep.getByRole('listitem').allTextContents();
  expect(renewed).toHaveLength(10);
  expect(renewed.filter((code) => recoveryCodes.includes(code))).toEqual([]);
  await twoStep.getByRole('button', { name: 'Jeg har gemt dem' }).click();

  // Then he switches it off with one of the new codes, and is mailed that it was.
  await twoStep.getByRole('button', { name: 'Slå totrinslogin fra' }).click();
  await twoStep.getByLabel('Adgangskode', { exact: true }).fill(mads.password);
  await twoStep.getByRole('textbox', { name: 'Kode fra din godkendelsesapp eller en gendannelseskode' }).fill(renewed[0] ?? '');
  await expectNoAccessibilityViolations(page);
  await twoStep.getByRole('button', { name: 'Slå det fra' }).click();
  await expect(twoStep.getByText('Slået fra: du logger ind med din adgangskode alene.')).toBeFocused();
  const off = await readMail(request, mads.email, { subject: 'Totrinslogin er slået fra på din konto' });
  expect(off.links).toEqual([`${DASHBOARD_URL}/#/forgot-password`]);

  // Lise lost her phone. Sofie, signed in elsewhere, resets Lise's two-step sign-in from the members list.
  const { context, page: sofiesPage } = await openBrowser(browser);
  await signInOnDashboard(sofiesPage, sofie);
  await sofiesPage.goto(`${DASHBOARD_URL}/#/organisations/${DEMO_ORGANISATION.slug}`);
  const members = sofiesPage.getByRole('region', { name: 'Personer og deres roller' });
  const liseRow = members.getByRole('row').filter({ hasText: lise.email });
  await expect(liseRow.getByRole('cell').last()).toContainText('Ja');
  await liseRow.getByRole('button', { name: `Nulstil totrinslogin for ${lise.name}` }).click();
  await expect(liseRow.getByText(`Nulstil totrinslogin for ${lise.name}?`, { exact: false })).toBeFocused();
  await liseRow.getByRole('button', { name: 'Ja, nulstil det' }).click();
  await expect(members.getByText(`Totrinslogin for ${lise.name} er nulstillet. Personen er logget ud og har fået en mail.`)).toBeFocused();
  await expect(liseRow.getByRole('cell').last()).toHaveText('Nej');
  // Her own row has no such button: she would switch her own off with a code.
  await expect(members.getByRole('row').filter({ hasText: sofie.email }).getByRole('button', { name: /Nulstil totrinslogin/ })).toHaveCount(0);
  await context.close();

  // Lise is mailed who did it, and signs in with her password alone.
  const reset = await readMail(request, lise.email, { subject: 'Totrinslogin på din konto er nulstillet' });
  expect(reset.text).toContain(sofie.name);
  await page.getByRole('banner').getByRole('button', { name: 'Log ud' }).click();
  await signInOnDashboard(page, lise);
  await expect(twoStep).toContainText('Slået fra: du logger ind med din adgangskode alene.');
});
