import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from '../clock';
import { madeByAJourney } from '../accounts';

// An administrator opens the dashboard and sees the organisations and their groups, in the
// browser's language. Runs against the real API with its demo data (see e2e/playwright.config.ts):
// the two volunteer centres and their SMART Recovery groups are real (shared/seeds/001). The API's
// clock and the browser's stand still at Wednesday 10 March 2027, 10:00 in Copenhagen (../clock.ts).

const DASHBOARD_URL = process.env.DASHBOARD_URL ?? 'http://localhost:4200';
const API_URL = process.env.API_URL ?? 'http://localhost:4000/graphql';
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The API endpoint, wherever it runs (not the dev server's modules named graphql.ts). */
const isApi = (url: URL) => url.pathname.endsWith('/graphql');

async function openDashboard(page: Page) {
  await page.goto(DASHBOARD_URL);
  // The page is ready when the organisations are there.
  await expect(page.getByRole('region', { name: 'De Frivilliges Hus', exact: true })).toBeVisible();
}

interface Meeting {
  start: string;
  end: string;
  status: 'SCHEDULED' | 'CANCELLED' | 'MOVED';
  statusLabel: string;
}

/** Asks the API, whose clock stands still at the browser's, what the dashboard should show. */
async function askApi<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post(API_URL, { data: { query, variables }, headers: { 'Accept-Language': 'da' } });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data?: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/** "16:30–18:00": a meeting's wall-clock times, from the API's ISO 8601 with offset. */
const times = ({ start, end }: Meeting) => `${start.slice(11, 16)}–${end.slice(11, 16)}`;

/**
 * The day of a meeting as Danish dates say it: "24. november" in a list, "24." in the table (whose
 * short month names differ between ICU versions; the exact date is in <time datetime>).
 */
function danishDate({ start }: Meeting, month: 'long' | 'short'): string {
  const date = new Date(`${start.slice(0, 10)}T00:00:00Z`);
  const day = `${date.getUTCDate()}.`;
  return month === 'short' ? `${day} ` : `${day} ${new Intl.DateTimeFormat('da', { month: 'long', timeZone: 'UTC' }).format(date)}`;
}

/** A meeting as the dashboard shows it: at the API's time, and said to be cancelled or moved when it is. */
async function expectMeeting(shown: Locator, meeting: Meeting, month: 'long' | 'short') {
  await expect(shown.locator('time').first()).toHaveAttribute('datetime', meeting.start);
  await expect(shown).toContainText(danishDate(meeting, month));
  await expect(shown).toContainText(`kl. ${times(meeting)}`);
  // Said to be cancelled or moved when it is, and nothing of the kind when it is on.
  await expect(shown.getByText(/^(Aflyst|Flyttet)$/)).toHaveText(meeting.status === 'SCHEDULED' ? [] : [meeting.statusLabel]);
}

async function expectNoAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target) }))).toEqual([]);
}

test.describe('in Danish', () => {
  test.use({ locale: 'da-DK' });

  test('lists the volunteer centres and their SMART Recovery groups', async ({ page }) => {
    await openDashboard(page);

    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page).toHaveTitle('groupfinder – administration');
    // The banner names the product and leads home; each page has its own h1.
    await expect(page.getByRole('banner').getByRole('link', { name: 'groupfinder – administration' })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText('Organisationer');

    const gladsaxe = main.getByRole('region', { name: 'De Frivilliges Hus', exact: true });
    await expect(gladsaxe.getByRole('heading', { level: 2 })).toHaveText('De Frivilliges Hus');
    await expect(gladsaxe.getByText('Danmark', { exact: true })).toBeVisible();
    await expect(gladsaxe.getByRole('link', { name: '4498 3579' })).toHaveAttribute('href', 'tel:44983579');
    await expect(gladsaxe.getByRole('link', { name: 'defrivilligeshus@gladsaxe.dk' })).toHaveAttribute(
      'href',
      'mailto:defrivilligeshus@gladsaxe.dk',
    );
    // Real organisations are never marked as demo data.
    await expect(gladsaxe.getByText('Demodata')).toHaveCount(0);

    const gladsaxeGroups = gladsaxe.getByRole('table', { name: /^Grupper hos De Frivilliges Hus/ });
    await expect(gladsaxeGroups).toHaveAccessibleName('Grupper hos De Frivilliges Hus 3 grupper');
    await expect(gladsaxeGroups.getByRole('columnheader')).toHaveText(['Gruppe', 'Næste møde', 'Hvornår', 'Hvor', 'Status']);
    // Two meetings a week in Søborg, open to anyone who comes...
    for (const when of ['Hver mandag kl. 19:00–20:30', 'Hver torsdag kl. 19:00–20:30']) {
      const row = gladsaxeGroups.getByRole('row').filter({ hasText: when });
      await expect(row.getByRole('rowheader')).toContainText('SMART Recovery');
      await expect(row.getByRole('cell')).toHaveText([/ kl\. 19:00–20:30/, when, 'Forebyggelsescentret, Søborg', 'Åben – mød bare op']);
    }
    // ...and a relatives' group that only has a waiting list until enough people sign up, and no time yet.
    const relatives = gladsaxeGroups.getByRole('row').filter({ hasText: 'pårørende' });
    await expect(relatives.getByRole('cell')).toHaveText([
      'Ingen møder planlagt',
      'Tidspunkt ikke fastlagt endnu',
      'Gladsaxe',
      'Under opstart – skriv dig på ventelisten',
    ]);

    const lyngby = main.getByRole('region', { name: 'Frivilligcenter & Selvhjælp Lyngby-Taarbæk', exact: true });
    const lyngbyGroups = lyngby.getByRole('table', { name: /^Grupper hos Frivilligcenter & Selvhjælp Lyngby-Taarbæk/ });
    await expect(lyngbyGroups).toContainText('1 gruppe');
    const sunday = lyngbyGroups.getByRole('row').filter({ hasText: 'Hver søndag kl. 20:00–21:30' });
    await expect(sunday.getByRole('cell')).toHaveText([
      / kl\. 20:00–21:30/,
      'Hver søndag kl. 20:00–21:30',
      'Frivilligcenter & Selvhjælp Lyngby-Taarbæk, Kgs. Lyngby',
      'Åben – mød bare op',
    ]);

    // Invented organisations and groups say so.
    await expect(main.getByText('Demodata').first()).toBeVisible();
  });

  test('asks the API in Danish', async ({ page }) => {
    // The page's own query (the banner asks who is signed in too).
    const request = page.waitForRequest(
      (candidate) =>
        candidate.method() === 'POST' &&
        isApi(new URL(candidate.url())) &&
        (candidate.postDataJSON() as { operationName?: string } | null)?.operationName === 'OrganisationsPage',
    );
    await openDashboard(page);
    const sent = await request;
    expect(await sent.headerValue('accept-language')).toBe('da');
    expect(sent.postDataJSON()).toMatchObject({ operationName: 'OrganisationsPage', variables: { locale: 'DA' } });
  });

  test('says so when the organisations cannot be loaded, and tries again', async ({ page }) => {
    // The API is unreachable at first...
    await page.route(isApi, (route) => route.abort('connectionrefused'));
    await page.goto(DASHBOARD_URL);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Organisationerne kunne ikke hentes.');
    await expectNoAccessibilityViolations(page);

    // ...and back when the administrator tries again.
    await page.unroute(isApi);
    await alert.getByRole('button', { name: 'Prøv igen' }).click();
    await expect(page.getByRole('region', { name: 'De Frivilliges Hus', exact: true })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('shows each group’s next meeting as the API computes it, and none for the group without a time', async ({ page, request }) => {
    const { organisations } = await askApi<{
      organisations: { name: string; groups: { edges: { node: { name: { text: string }; nextMeetings: Meeting[] } }[] } }[];
    }>(
      request,
      `query { organisations(locale: DA) { name groups(first: 50) { edges { node {
        name { text } nextMeetings(first: 1) { start end status statusLabel } } } } } }`,
    );
    await openDashboard(page);

    // The groups of the demo data: those other journeys make, they change meanwhile (cancelling a meeting, say).
    const groups = organisations.flatMap(({ name, groups }) => groups.edges.map(({ node }) => ({ organisation: name, ...node }))).filter((group) => !madeByAJourney(group.name.text));
    const nextMeetingCell = (group: (typeof groups)[number]) =>
      page
        .getByRole('region', { name: group.organisation, exact: true })
        .getByRole('table')
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: group.name.text }) })
        .getByRole('cell')
        .first();
    // Every group meets within the months ahead, but the relatives' group, which has no time yet.
    const withoutMeeting = groups.filter((group) => group.nextMeetings.length === 0);
    expect(withoutMeeting.map((group) => group.name.text)).toEqual(['SMART Recovery pårørendegruppe']);
    await expect(nextMeetingCell(withoutMeeting[0] as (typeof groups)[number])).toHaveText('Ingen møder planlagt');
    for (const group of groups.filter((each) => each.nextMeetings.length > 0)) {
      await expectMeeting(nextMeetingCell(group), group.nextMeetings[0] as Meeting, 'short');
    }
  });

  test('opens a grief group for young people: its schedule, next meetings and Christmas break', async ({ page, request }) => {
    const { group } = await askApi<{
      group: {
        schedule: { summary: string; rrule: string; exdates: string[]; pauses: { summary: string; reason: { text: string } | null }[] };
        nextMeetings: Meeting[];
      };
    }>(
      request,
      `query ($slug: String!) { group(slug: $slug, locale: DA) {
        schedule { summary rrule exdates pauses { summary reason { text } } }
        nextMeetings(first: 6) { start end status statusLabel } } }`,
      { slug: 'demo-sorggruppe-for-unge-lyngby' },
    );
    // Every 14 days on Tuesday, the second coming meeting cancelled, and a break over the coming Christmas.
    expect(group.schedule).toMatchObject({ summary: 'Hver 14. dag, tirsdag kl. 16:30–18:00', exdates: ['2027-03-30T16:30'] });
    expect(group.schedule.pauses).toEqual([{ summary: 'Juleferie 21. december 2027–3. januar 2028', reason: { text: 'Juleferie' } }]);
    expect(group.nextMeetings.map(({ start, status }) => [start, status])).toEqual([
      ['2027-03-16T16:30:00+01:00', 'SCHEDULED'],
      ['2027-03-30T16:30:00+02:00', 'CANCELLED'],
      ['2027-04-13T16:30:00+02:00', 'SCHEDULED'],
      ['2027-04-27T16:30:00+02:00', 'SCHEDULED'],
      ['2027-05-11T16:30:00+02:00', 'SCHEDULED'],
      ['2027-05-25T16:30:00+02:00', 'SCHEDULED'],
    ]);

    await openDashboard(page);
    const organisation = page.getByRole('region', { name: 'Selvhjælp Danmark (demo)', exact: true });
    const toggle = organisation.getByRole('button', { name: 'Sorggruppe for unge', exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const details = organisation.getByRole('region', { name: 'Sorggruppe for unge', exact: true });
    await expect(details).toBeVisible();
    // The button says what it opens.
    const controlled = await toggle.getAttribute('aria-controls');
    await expect(page.locator(`[id="${controlled}"]`).getByRole('region', { name: 'Sorggruppe for unge' })).toBeVisible();

    const section = (heading: string) => details.locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) });
    const schedule = section('Mødeplan');
    await expect(schedule.getByText(group.schedule.summary, { exact: true })).toBeVisible();
    await expect(schedule.getByRole('listitem').filter({ hasText: 'Juleferie' })).toHaveText('Juleferie 21. december 2027–3. januar 2028');
    // ...and in RFC 5545 terms, for administrators.
    await expect(schedule).toContainText(`RRULE:${group.schedule.rrule}`);
    await expect(schedule).toContainText('EXDATE;TZID=Europe/Copenhagen:20270330T163000');

    const meetings = section('Næste møder').getByRole('listitem');
    await expect(meetings).toHaveCount(group.nextMeetings.length);
    for (const [index, meeting] of group.nextMeetings.entries()) {
      await expectMeeting(meetings.nth(index), meeting, 'long');
    }
    await expect(meetings.nth(1)).toContainText('30. marts kl. 16:30–18:00 Aflyst');

    await expect(section('Tilmelding')).toContainText('Åben efter en afklarende samtale');
    await expect(section('Hvem og hvordan')).toContainText('13–18 år');
    await expect(section('Mødested')).toContainText('Niveaufri adgang');
    await expectNoAccessibilityViolations(page);

    // Closed again, the details are gone.
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(details).toHaveCount(0);
  });

  test('has no WCAG 2.1 A/AA violations', async ({ page }) => {
    await openDashboard(page);
    await expectNoAccessibilityViolations(page);
  });
});

test.describe('in Polish', () => {
  test.use({ locale: 'pl-PL' });

  test('shows the same organisations with Polish headings', async ({ page }) => {
    await openDashboard(page);

    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.getByRole('banner').getByRole('link', { name: 'groupfinder – administracja' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Organizacje');

    const gladsaxe = page.getByRole('region', { name: 'De Frivilliges Hus', exact: true });
    await expect(gladsaxe.getByText('Dania', { exact: true })).toBeVisible();
    const groups = gladsaxe.getByRole('table', { name: /^Grupy prowadzone przez De Frivilliges Hus/ });
    await expect(groups).toContainText('3 grupy');
    await expect(groups.getByRole('columnheader')).toHaveText(['Grupa', 'Następne spotkanie', 'Kiedy', 'Gdzie', 'Status']);
    // Schedules and statuses come from the API in Polish too.
    const monday = groups.getByRole('row').filter({ hasText: 'W każdy poniedziałek, 19:00–20:30' });
    await expect(monday.getByRole('cell').last()).toHaveText('Otwarta – po prostu przyjdź');
  });

  test('has no WCAG 2.1 A/AA violations', async ({ page }) => {
    await openDashboard(page);
    await expectNoAccessibilityViolations(page);
  });
});
