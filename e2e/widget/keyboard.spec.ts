import { readFileSync } from 'node:fs';
import { translator } from '@groupfinder/translations';
import { expect, test } from '../clock';
import { finder, settled, WIDGET_URL } from '../demo-page';
import { expectFocusShown, press, tabTo } from '../keyboard';

/**
 * Issue 12, item 7: a visitor who uses the keyboard alone (Tab, Enter, Space and typing: no
 * clicks, and the journey never moves focus itself) goes from the search field to a group's own
 * view and adds its meetings to her calendar, seeing at every step where focus is; focus moves to
 * the heading of the view she opens.
 */
const t = translator('da');
const MONDAY_GROUP = 'SMART Recovery Søborg – mandag';

test('a keyboard user searches, opens a group and adds it to her calendar', async ({ page }) => {
  await page.goto(WIDGET_URL);
  const widget = finder(page);
  await settled(widget);

  // The page's skip link, then the first thing in its content: the finder's search field.
  await tabTo(page, page.getByRole('link', { name: 'Gå til indhold' }));
  await page.keyboard.press('Enter');
  const search = widget.getByRole('searchbox', { name: t('widget.search.label') });
  await tabTo(page, search);
  await page.keyboard.type('Søborg');
  await expect(widget.getByRole('status')).toHaveText(t('widget.results', { count: 2 }));

  // More filters, opened with Space; Monday, checked with Space.
  const more = widget.getByRole('button', { name: t('widget.filter.more', { count: 0 }) });
  await tabTo(page, more);
  await press(page, 'Space');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  const monday = widget.getByRole('checkbox', { name: t('weekday.MONDAY') });
  await tabTo(page, monday);
  await press(page, 'Space');
  await expect(monday).toBeChecked();
  await expect(widget.getByRole('status')).toHaveText(t('widget.results', { count: 1 }));

  // The group's link, followed with Enter: its own view opens, focus on its name.
  await tabTo(page, widget.getByRole('article').getByRole('link', { name: t('widget.details.toggle') }));
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('heading', { level: 3, name: MONDAY_GROUP })).toBeFocused();
  await expectFocusShown(page, 'the group opened');
  await expect(widget.getByRole('heading', { level: 4, name: t('widget.details.meetings') })).toBeVisible();

  // On to "add to calendar", and Enter: the file comes.
  await tabTo(page, widget.getByRole('link', { name: t('widget.calendar.add') }));
  const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'Enter')]);
  expect(download.suggestedFilename()).toBe('smart-recovery-soborg-mandag.ics');
  expect(readFileSync(await download.path(), 'utf8')).toContain(`SUMMARY:${MONDAY_GROUP}`);
});
