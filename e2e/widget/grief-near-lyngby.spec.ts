import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { expect, test } from '../clock';

/**
 * Issue 4's journey: on the municipality's demo page, a visitor looks for "a grief group for young
 * people in Danish near Lyngby", finds "Sorggruppe for unge" first, opens it, reads its next
 * meetings and adds them to her calendar (issue 12), and goes back to the list. The journey happens on Wednesday 10 March
 * 2027 (CLOCK_NOW, for the API, the demo data and the browser alike), when the demo group, meeting
 * every 14 days on Tuesday 16:30–18:00, next meets on 16 March, has cancelled its meeting of 30
 * March and breaks over the coming Christmas.
 */
const WIDGET_URL = process.env.WIDGET_URL ?? 'http://localhost:4300';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Chooses a filter's option once its label shows the count ("Sorg (1)"). Chosen by value: the
 * labels change as counts come in, the values do not.
 */
async function chooseCounted(select: Locator, label: string, value: string) {
  await expect(select.locator('option', { hasText: new RegExp(`^${escape(label)} \\(\\d+\\)$`) })).toHaveCount(1);
  await select.selectOption(value);
  await expect(select).toHaveValue(value);
}

test('a young person finds a grief group in Danish near Lyngby and sees when it next meets', async ({ page }) => {
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
  await expect(first).toContainText('13–18 år');
  await expect(first).toContainText('Sprog: dansk');
  await expect(first).toContainText('Hver 14. dag, tirsdag kl. 16:30–18:00');
  await expect(first).toContainText('Åben efter samtale');
  await expect(first).toContainText('Bed om en afklarende samtale');

  // The card's next meeting is next Tuesday's, this year's (no year said), and it is on.
  await expect(first).toContainText('Næste møde: tirsdag 16. marts kl. 16:30');
  await expect(first).not.toContainText('Aflyst');

  // The group opens in the finder's place, its name focused, and lists the coming meetings: the second one is cancelled, struck through.
  await first.getByRole('link', { name: 'Mere om gruppen' }).click();
  await expect(widget.getByRole('article')).toHaveCount(1);
  await expect(first.getByRole('heading', { level: 3, name: 'Sorggruppe for unge' })).toBeFocused();
  await expect(first.getByRole('heading', { name: 'De næste møder' })).toBeVisible();
  const items = first.locator('section', { has: page.getByRole('heading', { name: 'De næste møder' }) }).getByRole('listitem');
  await expect(items).toHaveText([
    'tirsdag 16. marts kl. 16:30–18:00',
    /^tirsdag 30\. marts kl\. 16:30–18:00\s*Aflyst$/,
    'tirsdag 13. april kl. 16:30–18:00',
    'tirsdag 27. april kl. 16:30–18:00',
    'tirsdag 11. maj kl. 16:30–18:00',
    'tirsdag 25. maj kl. 16:30–18:00',
  ]);
  await expect(items.nth(1).locator('del')).toHaveText('tirsdag 30. marts kl. 16:30–18:00');
  await expect(first.locator('del')).toHaveCount(1);
  // The break over the coming Christmas, with both years as it crosses New Year; how to join, and where.
  await expect(first).toContainText('Juleferie 21. december 2027–3. januar 2028');
  await expect(first).toContainText('Før du starter, taler du med en af igangsætterne');
  await expect(first).toContainText('Niveaufri adgang');
  await expect(first).toContainText('Fem minutters gang fra Lyngby Station.');

  // WCAG 2.1 AA with the detail view open.
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((violation) => ({ rule: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) }))).toEqual([]);

  // She puts the meetings in her calendar: the file holds the series, the cancelled meeting taken out.
  const [download] = await Promise.all([page.waitForEvent('download'), first.getByRole('link', { name: 'Føj til kalender' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const calendar = readFileSync(await download.path(), 'utf8');
  expect(calendar).toContain('SUMMARY:Sorggruppe for unge');
  expect(calendar).toMatch(/RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU/);
  expect(calendar).toMatch(/EXDATE;TZID=Europe\/Copenhagen:[0-9T,]*20270330T163000/);
  await expect(first.getByRole('link', { name: 'Abonnér på møderne i din kalender' })).toHaveAttribute('href', /^webcal:\/\/.*\/calendar\/groups\/.+\.ics\?lang=da$/);

  // Back to the list: the search as it was, and the visitor on the group's name where they left it.
  await widget.getByRole('button', { name: 'Tilbage til listen' }).click();
  await expect(widget.getByRole('heading', { name: 'De næste møder' })).toBeHidden();
  await expect(widget.getByRole('textbox', { name: 'Nær (by eller postnummer)' })).toHaveValue('Lyngby');
  await expect(widget.getByRole('combobox', { name: 'Emne' })).toHaveValue('GRIEF');
  await expect(first.getByRole('heading', { level: 3, name: 'Sorggruppe for unge' })).toBeFocused();
});
