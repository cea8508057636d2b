import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ApiSession, DASHBOARD_URL, DEMO_ORGANISATION, PLATFORM_ADMIN, newPerson, organisationAdminInvitedByPlatformAdmin, signInOnDashboard, uniqueSuffix } from '../accounts';
import { expect, test } from '../clock';
import { groupMadeByApi } from '../groups';

// Issue 9's pages as axe reads them, in Danish and in Polish: the list of groups, the group form
// with its problems shown, the schedule editor, the conflict view and the history.

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target) }))).toEqual([]);
}

const LANGUAGES = {
  da: {
    name: 'Dansk',
    change: 'Skift',
    groups: 'Grupper',
    sizeMin: 'Mindste antal deltagere',
    sizeMax: 'Største antal deltagere',
    save: 'Gem ændringerne',
    sizeProblem: 'Den største størrelse må ikke være mindre end den mindste.',
    contactName: 'Kontaktperson',
    conflict: 'En anden har gemt gruppen, mens du ændrede den',
    history: 'Historik',
    moreDates: 'Vis flere datoer',
  },
  pl: {
    name: 'Polski',
    change: 'Zmień',
    groups: 'Grupy',
    sizeMin: 'Najmniejsza liczba uczestników',
    sizeMax: 'Największa liczba uczestników',
    save: 'Zapisz zmiany',
    sizeProblem: 'Największa liczebność nie może być mniejsza niż najmniejsza.',
    contactName: 'Osoba kontaktowa',
    conflict: 'Ktoś inny zapisał tę grupę, gdy ją zmieniałeś(-aś)',
    history: 'Historia zmian',
    moreDates: 'Pokaż więcej terminów',
  },
} as const;

test.use({ locale: 'da-DK' });

for (const [code, words] of Object.entries(LANGUAGES)) {
  test(`the group list, the form with its problems, the schedule editor, the conflict view and the history pass axe in ${code}`, async ({ page, request }) => {
    // Four pages scanned by axe, a sign-in and a second person's save: longer than one journey step.
    test.setTimeout(60_000);
    const name = `Tilgængelig gruppe ${uniqueSuffix()}`;
    const group = await groupMadeByApi(name);
    // A person of her own: the language she switches to is hers, not the other journeys' admin's.
    const person = newPerson('Zofia Nowak', `axe-${code}`);
    await (await organisationAdminInvitedByPlatformAdmin(request, person)).close();
    await signInOnDashboard(page, person);
    await page.getByRole('banner').getByRole('combobox', { name: 'Sprog' }).selectOption({ label: words.name });
    await page.getByRole('banner').getByRole('button', { name: words.change }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    const main = page.getByRole('main');

    // On a 320 px phone the account page (its sessions), the organisation page (its people) and the group's form (its schedule) do not scroll sideways: only tables do.
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 320, height: 800 });
    for (const [address, shown] of [
      [`${DASHBOARD_URL}/#/account`, main.getByRole('table').first()],
      [`${DASHBOARD_URL}/#/organisations/${DEMO_ORGANISATION.slug}`, main.getByRole('table').first()],
      [`${DASHBOARD_URL}/#/groups/${group.id}`, main.getByRole('heading', { level: 1, name })],
    ] as const) {
      await page.goto(address);
      await expect(shown).toBeVisible();
      expect([address, await page.evaluate(() => document.documentElement.scrollWidth)]).toEqual([address, 320]);
    }
    if (viewport) await page.setViewportSize(viewport);

    await page.goto(`${DASHBOARD_URL}/#/organisations/${DEMO_ORGANISATION.slug}`);
    await expect(main.getByRole('heading', { name: words.groups, exact: true })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // The form with a problem the API finds, shown at its field and in the summary; the schedule editor with more dates.
    await page.goto(`${DASHBOARD_URL}/#/groups/${group.id}`);
    await expect(main.getByRole('heading', { level: 1, name })).toBeVisible();
    await main.getByLabel(words.sizeMin).fill('8');
    await main.getByLabel(words.sizeMax).fill('4');
    await main.getByRole('button', { name: words.save }).click();
    await expect(main.getByText(words.sizeProblem).first()).toBeVisible();
    await expect(main.getByLabel(words.sizeMax)).toHaveAttribute('aria-invalid', 'true');
    await main.getByRole('button', { name: words.moreDates }).click();
    await expectNoAccessibilityViolations(page);

    // Someone else saves meanwhile: the conflict view.
    await main.getByLabel(words.sizeMin).fill('');
    await main.getByLabel(words.sizeMax).fill('');
    await main.getByLabel(words.contactName).fill('Zofia');
    const other = await ApiSession.open();
    await other.signIn(PLATFORM_ADMIN);
    const { editableGroup } = await other.query<{ editableGroup: { version: number; fields: Record<string, unknown> } }>(
      `query ($id: ID!) { editableGroup(id: $id) { version fields { slug unitId venueId municipalityId name description practicalNotes intakeText topics audience ageBand ageMin ageMax format onlineJoinUrl onlineJoinOnRequest languages method promises facilitatorCount starterMeetings schedule { timeZone start durationMinutes rrule exdates rdates moves { from to } pauses { from until reason } } enrolment formingMinimum sizeMin sizeMax placesLeft waitingList pausedUntil contactName contactPhone contactEmail contactUrl } } }`,
      { id: group.id },
    );
    await other.query(`mutation ($input: UpdateGroupInput!) { updateGroup(input: $input) { version } }`, {
      input: { id: group.id, version: editableGroup.version, fields: { ...editableGroup.fields, contactName: 'Piotr' } },
    });
    await other.close();
    await main.getByRole('button', { name: words.save }).click();
    await expect(main.getByRole('form', { name: words.conflict })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // The history, after the other person's change.
    await page.reload();
    await expect(main.getByRole('region', { name: words.history })).toContainText('Piotr');
    await expectNoAccessibilityViolations(page);
  });
}
