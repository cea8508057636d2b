import { translate, type Locale } from '@groupfinder/translations';
import type { Locator, Page } from '@playwright/test';
import { expect } from './clock';

// The widget's demo page (apps/widget/index.html, a municipality's article with the finder in it), as the journeys use it.

export const WIDGET_URL = process.env.WIDGET_URL ?? 'http://localhost:4300';

/** The finder: a region named by its title, in the language it speaks. */
export function finder(page: Page, locale: Locale = 'da'): Locator {
  return page.getByRole('region', { name: translate(locale, 'widget.title') });
}

/** The demo page's own language switcher: it changes `<html lang>` only, as a CMS's would, and the finder follows. */
export async function switchPageTo(page: Page, locale: Locale): Promise<void> {
  await page.locator(`.languages button[lang="${locale}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/** Waits until the list has settled: results shown, no search under way (the old results dimmed while one runs). */
export async function settled(widget: Locator): Promise<void> {
  await expect(widget.getByRole('article').first()).toBeVisible();
  await expect(widget.locator('ul[aria-busy]')).toHaveCount(0);
}
