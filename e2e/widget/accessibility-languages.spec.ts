import { LOCALE_NAMES, LOCALES, translate, translator } from '@groupfinder/translations';
import { axeViolations } from '../axe';
import { expect, test } from '../clock';
import { finder, settled, switchPageTo, WIDGET_URL } from '../demo-page';

/**
 * Issue 12, item 7: WCAG 2.1 A and AA in each of the five languages, as axe-core reads the demo
 * page with the widget: the list, the filters open, a group's own view and the list to print, and
 * the accessibility statement the widget links to (a page of the API's).
 */
const API_ORIGIN = new URL(process.env.API_URL ?? 'http://localhost:4000/graphql').origin;

for (const locale of LOCALES) {
  test(`in ${LOCALE_NAMES[locale]}: the list, the filters open, a group, the list to print and the accessibility statement`, async ({ page }) => {
    const t = translator(locale);
    await page.goto(WIDGET_URL);
    await switchPageTo(page, locale);
    const widget = finder(page, locale);

    // The list with results.
    await settled(widget);
    expect(await axeViolations(page), 'the list').toEqual([]);

    // A group's own view, opened by its link.
    await widget.getByRole('article').first().getByRole('link', { name: t('widget.details.toggle') }).click();
    await expect(widget.getByRole('article')).toHaveCount(1);
    await expect(widget.getByRole('heading', { name: t('widget.details.joining') })).toBeVisible();
    expect(await axeViolations(page), 'a group').toEqual([]);
    await widget.getByRole('button', { name: t('widget.link.back') }).click();

    // The filters open, with a weekday chosen.
    await widget.getByRole('button', { name: t('widget.filter.more', { count: 0 }) }).click();
    await widget.getByRole('group', { name: t('widget.filter.weekdays') }).getByRole('checkbox').first().check();
    await expect(widget.getByRole('button', { name: t('widget.filter.more', { count: 1 }) })).toHaveAttribute('aria-expanded', 'true');
    await settled(widget);
    expect(await axeViolations(page), 'the filters open').toEqual([]);

    // The list to print, of that search.
    await widget.getByRole('button', { name: t('widget.print.open') }).click();
    await expect(widget.getByRole('heading', { name: t('widget.print.title') })).toBeFocused();
    await expect(widget.getByRole('button', { name: t('widget.print.print'), exact: true })).toBeVisible();
    expect(await axeViolations(page), 'the list to print').toEqual([]);

    // The accessibility statement, in the same language: its link is under the finder.
    await page.getByRole('link', { name: t('widget.accessibilityStatement') }).click();
    await expect(page).toHaveURL(`${API_ORIGIN}/accessibility/${locale}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1, name: t('statement.title') })).toBeVisible();
    expect(await axeViolations(page), 'the accessibility statement').toEqual([]);
  });
}

test('a finder in another language than its page marks everything it writes with that language', async ({ page }) => {
  await page.goto(WIDGET_URL);
  // A Polish finder added to the Danish page (data-lang: the element itself says nothing of its language).
  await page.evaluate(() => {
    const element = Object.assign(document.createElement('groupfinder-finder'), { id: 'po-polsku' });
    Object.assign(element.dataset, { lang: 'pl', municipality: '159' });
    document.querySelector('main')?.append(element);
  });
  const polish = finder(page, 'pl');
  await settled(polish);
  await expect(page.getByRole('link', { name: translate('pl', 'widget.accessibilityStatement') })).toBeVisible();

  // Inside its shadow root, every element with text of its own is within an element that says its language.
  const unmarked = await page.locator('#po-polsku').evaluate((host) =>
    Array.from(host.shadowRoot?.querySelectorAll('*') ?? [])
      .filter((element) => Array.from(element.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()))
      .filter((element) => !element.closest('[lang]'))
      .map((element) => element.outerHTML.slice(0, 120)),
  );
  expect(unmarked).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});
