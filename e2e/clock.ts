import { test as base } from '@playwright/test';

/**
 * The moment every journey happens at, Wednesday 10 March 2027, 10:00 in Copenhagen: the API's
 * clock (CLOCK_NOW in playwright.config.ts), the day the demo data's dates count from, and the
 * browser's clock. So a journey sees the same meetings whatever the day it runs.
 */
export const CLOCK_NOW = '2027-03-10T09:00:00Z';

/** Playwright's `test`, with the browser's clock standing still at CLOCK_NOW (its timers still run). */
export const test = base.extend({
  page: async ({ page }, use) => {
    await page.clock.setFixedTime(new Date(CLOCK_NOW));
    await use(page);
  },
});

export { expect } from '@playwright/test';
