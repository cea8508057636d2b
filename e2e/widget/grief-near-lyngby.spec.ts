import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Locator } from '@playwright/test';

/**
 * Issue 4's journey: on the municipality's demo page, a visitor looks for "a grief group for young
 * people in Danish near Lyngby", finds "Sorggruppe for unge" first, opens it and reads its next
 * three meetings, as the real schedule has them (every 14 days on Tuesday 16:30–18:00, a Christmas
 * break, a cancelled 8 December). The meetings expected are asked of the API as the test runs, so
 * that the journey never goes stale; the test then writes them in Danish with Intl on its own.
 */
const WIDGET_URL = process.env.WIDGET_URL ?? 'http://localhost:4300';
const API_URL = process.env.API_URL ?? 'http://localhost:4000/graphql';
const GROUP_SLUG = 'demo-sorggruppe-for-unge-lyngby';
const TIME_ZONE = 'Europe/Copenhagen';

interface Meeting {
  start: string;
  end: string;
  status: 'SCHEDULED' | 'CANCELLED' | 'MOVED';
  statusLabel: string;
}

async function nextMeetings(request: APIRequestContext, first: number): Promise<{ name: string; meetings: Meeting[] }> {
  const response = await request.post(API_URL, {
    data: {
      query: `query ($slug: String!, $first: Int!) {
        group(slug: $slug, locale: DA) { name { text } nextMeetings(first: $first) { start end status statusLabel } }
      }`,
      variables: { slug: GROUP_SLUG, first },
    },
    headers: { 'Accept-Language': 'da' },
  });
  expect(response.ok()).toBe(true);
  const { data } = (await response.json()) as { data: { group: { name: { text: string }; nextMeetings: Meeting[] } } };
  return { name: data.group.name.text, meetings: data.group.nextMeetings };
}

/** The parts of a moment as a Dane in Copenhagen says them: "tirsdag", "24", "november", "2026", "16:30". */
function danish(iso: string) {
  const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('da', { timeZone: TIME_ZONE, ...options }).format(new Date(iso));
  return {
    weekday: part({ weekday: 'long' }),
    day: part({ day: 'numeric' }).replace(/\D/g, ''),
    month: part({ month: 'long' }),
    year: part({ year: 'numeric' }),
    time: part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).replace('.', ':'),
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "tirsdag 24. november kl. 16:30" (or "tirsdag den 5. januar 2027 kl. 16:30–18:00" in another year), start to end. */
function danishMeeting(meeting: Pick<Meeting, 'start'> & Partial<Pick<Meeting, 'end'>>): RegExp {
  const start = danish(meeting.start);
  const time = meeting.end ? `${start.time}–${danish(meeting.end).time}` : start.time;
  const thisYear = danish(new Date().toISOString()).year;
  const year = start.year === thisYear ? '' : ` ${start.year}`;
  return new RegExp(`${escape(start.weekday)} (den )?${start.day}\\. ${escape(start.month)}${year} kl\\. ${escape(time)}`);
}

/**
 * Chooses a filter's option once its label shows the count ("Sorg (1)"). Chosen by value: the
 * labels change as counts come in, the values do not.
 */
async function chooseCounted(select: Locator, label: string, value: string) {
  await expect(select.locator('option', { hasText: new RegExp(`^${escape(label)} \\(\\d+\\)$`) })).toHaveCount(1);
  await select.selectOption(value);
  await expect(select).toHaveValue(value);
}

test('a young person finds a grief group in Danish near Lyngby and sees when it next meets', async ({ page, request }) => {
  await page.goto(WIDGET_URL);
  const widget = page.getByRole('region', { name: 'Find en selvhjælpsgruppe' });
  await expect(widget.getByRole('status')).toHaveText(/fundet$/);

  // Near Lyngby first: the page is Gladsaxe's, and a place replaces its municipality.
  await widget.getByRole('textbox', { name: 'Nær (by eller postnummer)' }).fill('Lyngby');
  await expect(widget.getByRole('article').filter({ hasText: 'Kgs. Lyngby' }).first()).toBeVisible();
  await chooseCounted(widget.getByRole('combobox', { name: 'Emne' }), 'Sorg', 'GRIEF');
  await widget.getByRole('combobox', { name: 'Alder' }).selectOption({ label: 'Unge (13–18 år)' });
  await chooseCounted(widget.getByRole('combobox', { name: 'Sprog i gruppen' }), 'dansk', 'da');

  // The search near Lyngby has run: the grief group for young people comes first.
  const first = widget.getByRole('article').first();
  await expect(first.getByRole('heading', { level: 3 })).toHaveText('Sorggruppe for unge');
  await expect(widget.getByRole('status')).toHaveText(/^\d+ grupper? fundet$/);
  await expect(first).toContainText('Kgs. Lyngby');
  await expect(first).toContainText(/\d+(,\d)? km/);
  await expect(first).toContainText('13-18 år');
  await expect(first).toContainText('Sprog: dansk');
  await expect(first).toContainText('Hver 14. dag, tirsdag kl. 16:30–18:00');
  await expect(first).toContainText('Åben efter en afklarende samtale');
  await expect(first).toContainText('Bed om en afklarende samtale');

  // What the API says the next meetings are, right now.
  const { name, meetings } = await nextMeetings(request, 3);
  expect(name).toBe('Sorggruppe for unge');
  expect(meetings).toHaveLength(3);
  for (const meeting of meetings) {
    // The real schedule: Tuesdays at 16:30–18:00 Copenhagen time, never inside the Christmas break.
    expect(danish(meeting.start)).toMatchObject({ weekday: 'tirsdag', time: '16:30' });
    expect(danish(meeting.end).time).toBe('18:00');
    expect(meeting.start.slice(0, 10) >= '2026-12-21' && meeting.start.slice(0, 10) <= '2027-01-03').toBe(false);
    if (meeting.start.startsWith('2026-12-08')) expect(meeting.status).toBe('CANCELLED');
  }

  // The card's next meeting is the first of them, said as cancelled when it is.
  const [next] = meetings;
  await expect(first).toContainText(new RegExp(`Næste møde: ${danishMeeting({ start: next!.start }).source}`));
  if (next!.status === 'CANCELLED') await expect(first).toContainText('Aflyst');
  else await expect(first).not.toContainText('Aflyst');

  // The details open in place and list the coming meetings, the first three as the API has them.
  const toggle = first.getByRole('button', { name: 'Mere om gruppen' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toBeFocused();
  await expect(first.getByRole('heading', { name: 'De næste møder' })).toBeVisible();
  const items = first.locator('section', { has: page.getByRole('heading', { name: 'De næste møder' }) }).getByRole('listitem');
  await expect(items).toHaveCount(6);
  await expect(items.nth(2)).toBeVisible();
  for (const [index, meeting] of meetings.entries()) {
    const item = items.nth(index);
    await expect(item).toContainText(danishMeeting(meeting));
    if (meeting.status === 'CANCELLED') {
      await expect(item).toContainText('Aflyst');
      await expect(item.locator('del')).toHaveCount(1);
    } else {
      await expect(item).not.toContainText('Aflyst');
    }
  }
  // The break, how to join, and where.
  await expect(first).toContainText('Juleferie');
  await expect(first).toContainText('Før du starter, taler du med en af igangsætterne');
  await expect(first).toContainText('Niveaufri adgang');
  await expect(first).toContainText('Fem minutters gang fra Lyngby Station.');

  // WCAG 2.1 AA with the detail view open.
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((violation) => ({ rule: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) }))).toEqual([]);

  // Closing the details keeps the visitor where they were.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(first.getByRole('heading', { name: 'De næste møder' })).toBeHidden();
});
