import { LOCALES, translate, translator } from '@groupfinder/translations';
import type { Page } from '@playwright/test';
import { expect, test } from '../clock';
import { finder, settled, switchPageTo, WIDGET_URL } from '../demo-page';

/**
 * Issue 12, item 7: the finder on a phone 320 pixels wide and at 200 % zoom (a window 1280 pixels
 * wide shows 640 CSS pixels) needs no scrolling sideways and cuts nothing off, in the list, with the
 * filters open, in a group's own view and in the list to print; the pages may be zoomed; and with
 * reduced motion asked for, nothing in it moves.
 */
const API_ORIGIN = new URL(process.env.API_URL ?? 'http://localhost:4000/graphql').origin;

/**
 * What of the page is wider than the screen: the document's scrolling width, and each element of
 * the finder that reaches past the screen's edges or is clipped in its own box (form fields scroll
 * their text by design).
 */
async function sideways(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const cut: string[] = [];
    for (const host of Array.from(document.querySelectorAll('[data-groupfinder], groupfinder-finder'))) {
      for (const element of Array.from(host.shadowRoot?.querySelectorAll('*') ?? [])) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        const clipped = !['INPUT', 'SELECT', 'TEXTAREA'].includes(element.tagName) && getComputedStyle(element).overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1;
        if (box.left < -0.5 || box.right > width + 0.5 || clipped) cut.push(`${element.tagName.toLowerCase()}.${element.className}`);
      }
    }
    return { overflow: Math.max(0, document.documentElement.scrollWidth - width), cut };
  });
}

/** Nothing wider than the screen. */
const FITS = { overflow: 0, cut: [] };

/** Whether the page lets its reader zoom (no `maximum-scale` or `user-scalable=no` in its viewport). */
async function zoomable(page: Page) {
  const viewport = (await page.locator('meta[name="viewport"]').getAttribute('content')) ?? '';
  return !/maximum-scale|user-scalable\s*=\s*(no|0)/i.test(viewport);
}

const SCREENS = [
  { name: 'on a phone 320 pixels wide', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: 'at 200 % zoom (640 CSS pixels of a 1280 pixel window)', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
];
for (const screen of SCREENS) {
  test.describe(screen.name, () => {
    test.use({ viewport: screen.viewport, deviceScaleFactor: screen.deviceScaleFactor });

    for (const locale of LOCALES) {
      test(`in ${locale}: the list, the filters, a group and the list to print fit the screen`, async ({ page }) => {
        const t = translator(locale);
        await page.goto(WIDGET_URL);
        expect(await zoomable(page)).toBe(true);
        await switchPageTo(page, locale);
        const widget = finder(page, locale);
        await settled(widget);
        expect(await sideways(page), 'the list').toEqual(FITS);

        await widget.getByRole('button', { name: t('widget.filter.more', { count: 0 }) }).click();
        await expect(widget.getByRole('group', { name: t('widget.filter.weekdays') })).toBeVisible();
        expect(await sideways(page), 'the filters open').toEqual(FITS);

        await widget.getByRole('article').first().getByRole('link', { name: t('widget.details.toggle') }).click();
        await expect(widget.getByRole('heading', { name: t('widget.details.joining') })).toBeVisible();
        expect(await sideways(page), 'a group').toEqual(FITS);
        await widget.getByRole('button', { name: t('widget.link.back') }).click();

        await widget.getByRole('button', { name: t('widget.print.open') }).click();
        await expect(widget.getByRole('button', { name: t('widget.print.print'), exact: true })).toBeVisible();
        expect(await sideways(page), 'the list to print').toEqual(FITS);
      });
    }

    test('the accessibility statement fits the screen in each language', async ({ page }) => {
      for (const locale of LOCALES) {
        await page.goto(`${API_ORIGIN}/accessibility/${locale}`);
        await expect(page.getByRole('heading', { level: 1, name: translate(locale, 'statement.title') })).toBeVisible();
        expect(await zoomable(page)).toBe(true);
        expect(await sideways(page), locale).toEqual(FITS);
      }
    });
  });
}

test('with reduced motion asked for, nothing in the finder moves', async ({ page }) => {
  // The longest transition or animation of any element (and its ::before and ::after) of the finder, in seconds.
  const longestMotion = () =>
    page.locator('[data-groupfinder]').evaluate((host) => {
      const seconds = (value: string) => Math.max(...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part))));
      let longest = 0;
      for (const element of Array.from(host.shadowRoot?.querySelectorAll('*') ?? [])) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(element, pseudo);
          longest = Math.max(longest, seconds(style.transitionDuration), style.animationName === 'none' ? 0 : seconds(style.animationDuration));
        }
      }
      return longest;
    });
  await page.goto(WIDGET_URL);
  const widget = finder(page);
  await settled(widget);
  // Where motion is welcome, "more filters" turns its chevron.
  expect(await longestMotion()).toBeGreaterThan(0);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await widget.getByRole('button', { name: translate('da', 'widget.filter.more', { count: 0 }) }).click();
  await expect(widget.getByRole('group', { name: translate('da', 'widget.filter.weekdays') })).toBeVisible();
  expect(await longestMotion()).toBe(0);
});
