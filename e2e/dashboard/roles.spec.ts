import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  ApiSession,
  DASHBOARD_URL,
  PLATFORM_ADMIN,
  newPerson,
  openBrowser,
  organisationAdminInvitedByPlatformAdmin,
  signInOnDashboard,
  uniqueSuffix,
  type Person,
} from '../accounts';
import { expect, test } from '../clock';
import { readMail } from '../mail';

// Issue 8's changing of roles, as an organisation's only admin does it on its page: he gives his
// unit admin another role, takes her unit away (her own browser is refused the unit at once), and
// cannot take away his own role, the organisation's last admin role. In Danish, with the clocks
// standing still (../clock.ts); every person is new in each run.

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target) }))).toEqual([]);
}

/** A demo organisation no other journey administers, and its one group (named in Swedish only). */
const ORGANISATION = { slug: 'demo-smart-recovery-sverige', name: 'SMART Recovery Sverige (demo)' };
const GROUP_NAME = 'SMART Recovery-möte Södermalm';

interface MemberRoles {
  members: { email: string; memberships: { id: string; role: string }[] }[];
}

/**
 * Setup through the API: the platform admin takes the organisation admin role away from everyone
 * but `person` (admins left by earlier runs on a database that outlives them), so that `person`
 * is the organisation's last admin.
 */
async function onlyAdmin(person: Person): Promise<void> {
  const platform = await ApiSession.open();
  await platform.signIn(PLATFORM_ADMIN);
  const { organisation } = await platform.query<{ organisation: MemberRoles }>(
    `query ($slug: String!) { organisation(slug: $slug) { members { email memberships { id role } } } }`,
    { slug: ORGANISATION.slug },
  );
  const others = organisation.members.filter((member) => member.email !== person.email);
  for (const membership of others.flatMap((member) => member.memberships).filter(({ role }) => role === 'ORGANISATION_ADMIN')) {
    await platform.query(`mutation ($input: RevokeRoleInput!) { revokeRole(input: $input) }`, { input: { membershipId: membership.id } });
  }
  await platform.close();
}

test.use({ locale: 'da-DK' });

test('an organisation’s only admin changes a unit admin’s roles, and cannot remove his own', async ({ page, browser, request }) => {
  // Ole is the only admin of the organisation; he adds a unit, and Mette accepts his invitation to
  // administer it (set up through the API).
  const ole = newPerson('Ole Berg', 'org-admin');
  const mette = newPerson('Mette Lund', 'unit-admin');
  const suffix = uniqueSuffix();
  const unitName = `SMART Recovery Malmö ${suffix}`;
  const oles = await organisationAdminInvitedByPlatformAdmin(request, ole, ORGANISATION.slug);
  await onlyAdmin(ole);
  const { organisation } = await oles.query<{ organisation: { id: string } }>(`query ($slug: String!) { organisation(slug: $slug) { id } }`, {
    slug: ORGANISATION.slug,
  });
  const { createUnit } = await oles.query<{ createUnit: { id: string } }>(`mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id } }`, {
    input: { organisationId: organisation.id, name: unitName, slug: `malmo-${suffix}` },
  });
  await oles.query(`mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }`, {
    input: { email: mette.email, role: 'UNIT_ADMIN', organisationId: organisation.id, unitId: createUnit.id, locale: 'DA' },
  });
  await oles.signOut();
  await oles.close();
  const invitation = await readMail(request, mette.email);
  const token = new URLSearchParams(new URL(invitation.links[0] ?? '').hash.split('?')[1]).get('token');
  const mettes = await ApiSession.open();
  await mettes.query(`mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`, {
    input: { token, name: mette.name, password: mette.password },
  });
  await mettes.signOut();
  await mettes.close();

  // Mette, in her own browser, has her unit's page.
  const { context, page: mettesPage } = await openBrowser(browser);
  await signInOnDashboard(mettesPage, mette);
  const mettesMain = mettesPage.getByRole('main');
  await mettesMain.getByRole('region', { name: 'Dine roller' }).getByRole('link', { name: unitName }).click();
  await expect(mettesMain.getByRole('heading', { level: 1, name: unitName })).toBeVisible();
  await expect(mettesMain.getByRole('region', { name: 'Personer og deres roller' }).getByRole('rowheader')).toHaveText([mette.name]);

  // Ole opens the organisation's page: both of them, each role with a button to remove it.
  await signInOnDashboard(page, ole);
  await page.goto(`${DASHBOARD_URL}/#/organisations/${ORGANISATION.slug}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: ORGANISATION.name })).toBeVisible();
  const people = main.getByRole('region', { name: 'Personer og deres roller' });
  await expect(people.getByRole('rowheader')).toHaveText([mette.name, ole.name]);
  const mettesRow = people.getByRole('row').filter({ hasText: mette.email });
  const olesRow = people.getByRole('row').filter({ hasText: ole.email });
  await expect(mettesRow.getByRole('listitem')).toHaveText([new RegExp(`^Afdelingsadministrator${unitName}`)]);

  // He gives Mette another role: editor of the organisation's group.
  const grant = main.getByRole('region', { name: 'Giv en person her endnu en rolle' });
  await grant.getByLabel('Person', { exact: true }).selectOption({ label: mette.name });
  await grant.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Redaktør' });
  await grant.getByLabel('Gruppe', { exact: true }).selectOption({ label: GROUP_NAME });
  await grant.getByRole('button', { name: 'Giv rollen' }).click();
  await expect(grant.getByRole('status')).toHaveText(`${mette.name} har nu rollen Redaktør.`);
  await expect(mettesRow.getByRole('listitem')).toHaveCount(2);
  await expect(mettesRow.getByRole('listitem').filter({ hasText: 'Redaktør' })).toBeVisible();

  // He removes her unit admin role, answering the question the button asks first.
  const removeUnitAdmin = mettesRow.getByRole('button', { name: `Fjern rollen Afdelingsadministrator for ${unitName} fra ${mette.name}`, exact: true });
  await expect(removeUnitAdmin).toHaveText('Fjern');
  await removeUnitAdmin.click();
  const question = `Fjern rollen Afdelingsadministrator for ${unitName} fra ${mette.name}?`;
  const confirmation = mettesRow.getByRole('group', { name: question });
  await expect(confirmation.getByText(question)).toBeFocused();
  await confirmation.getByRole('button', { name: 'Ja, fjern den' }).click();
  await expect(main.getByText(`${mette.name} har ikke længere rollen Afdelingsadministrator for ${unitName}.`)).toBeFocused();
  await expect(mettesRow.getByRole('listitem')).toHaveCount(1);
  await expect(mettesRow.getByRole('listitem')).toContainText('Redaktør');

  // Mette's browser is refused her unit at once.
  await mettesPage.reload();
  await expect(mettesMain.getByRole('heading', { level: 1, name: 'Afdeling' })).toBeVisible();
  const refusal = mettesMain.getByRole('alert');
  await expect(refusal.getByText('Afdelingen kunne ikke hentes.')).toBeVisible();
  await expect(refusal.getByText('Du har ikke adgang til dette.')).toBeVisible();
  await expect(mettesMain.getByRole('region', { name: 'Personer og deres roller' })).toHaveCount(0);
  await context.close();

  // Ole starts to remove his own role, and thinks better of it: Escape, and the focus is back.
  const removeOwn = olesRow.getByRole('button', { name: `Fjern rollen Organisationsadministrator for ${ORGANISATION.name} fra ${ole.name}`, exact: true });
  await removeOwn.click();
  const ownQuestion = `Fjern rollen Organisationsadministrator for ${ORGANISATION.name} fra ${ole.name}?`;
  await expect(olesRow.getByText(ownQuestion)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(removeOwn).toBeFocused();
  await expect(olesRow.getByRole('group')).toHaveCount(0);

  // Then he tries, with the keyboard: he is the last admin, so the role stays, and he is told why.
  await page.keyboard.press('Enter');
  await expect(olesRow.getByText(ownQuestion)).toBeFocused();
  await expectNoAccessibilityViolations(page);
  await page.keyboard.press('Tab');
  await expect(olesRow.getByRole('button', { name: 'Ja, fjern den' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(olesRow.getByRole('alert')).toHaveText(`${ORGANISATION.name} skal have mindst én administrator. Udpeg først en anden administrator.`);
  await expect(removeOwn).toBeFocused();
  await expect(olesRow.getByRole('listitem')).toContainText('Organisationsadministrator');
  await expectNoAccessibilityViolations(page);
  await page.reload();
  await expect(olesRow.getByRole('listitem')).toContainText('Organisationsadministrator');
  await expect(olesRow.getByRole('alert')).toHaveCount(0);
});
