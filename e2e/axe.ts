import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** What the product is held to: WCAG 2.1 at levels A and AA, as axe-core checks them. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe's WCAG 2.1 A and AA violations on the page as it is now (axe descends into open shadow
 * roots, so the widget's too), each as a readable failure: which rule, how bad, and where.
 */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}
