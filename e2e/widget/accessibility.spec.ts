import { axeViolations as violations } from '../axe';
import { expect, test } from '../clock';

/**
 * WCAG 2.1 A and AA, as axe-core checks them, on the demo page with the widget loaded (axe
 * descends into the widget's open shadow root): the list to print opened from its link, and on a
 * 320 pixel wide screen with filters chosen. The list, the filters, a group and the list to print
 * in each of the five languages: accessibility-languages.spec.ts.
 */
const WIDGET_URL = process.env.WIDGET_URL ?? 'http://localhost:4300';

test.describe('accessibility of the demo page with the widget', () => {
  test('the list to print, in Danish, opened from its link', async ({ page }) => {
    await page.goto(`${WIDGET_URL}/#gf=q:S%C3%B8borg;view:print`);
    const widget = page.getByRole('region', { name: 'Find en selvhjælpsgruppe' });
    await expect(widget.getByRole('heading', { level: 3, name: 'Selvhjælpsgrupper' })).toBeVisible();
    await expect(widget.getByRole('status')).toHaveText(/^2 grupper fundet · pr\. /);
    await expect(widget.getByRole('listitem').getByRole('heading', { level: 4 })).toHaveCount(2);
    await expect(widget.getByRole('button', { name: 'Udskriv', exact: true })).toBeVisible();

    expect(await violations(page)).toEqual([]);
  });

  test('at 320 pixels wide, with filters chosen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(WIDGET_URL);
    const widget = page.getByRole('region', { name: 'Find en selvhjælpsgruppe' });
    await expect(widget.getByRole('article').first()).toBeVisible();
    // Topics show how many groups each has ("Afhængighed (4)") once the first answer is in.
    const topic = widget.getByRole('combobox', { name: 'Emne' });
    const addiction = topic.locator('option', { hasText: /^Afhængighed \(\d+\)$/ });
    await expect(addiction).toHaveCount(1);
    await topic.selectOption({ label: (await addiction.textContent()) ?? '' });
    await expect(widget.getByRole('button', { name: 'Nulstil søgningen' })).toBeVisible();
    await expect(widget.getByRole('status')).toHaveText(/fundet/);
    // With "more filters" open and a weekday chosen.
    await widget.getByRole('button', { name: 'Flere filtre' }).click();
    await widget.getByRole('checkbox', { name: 'mandag' }).check();
    await expect(widget.getByRole('button', { name: 'Flere filtre (1 valgt)' })).toHaveAttribute('aria-expanded', 'true');
    await expect(widget.getByRole('status')).toHaveText(/fundet/);

    expect(await violations(page)).toEqual([]);
  });
});
