import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { expect, test } from '../clock';

/**
 * A 15-year-old on the municipality's demo page looks near Lyngby, gives their age and sees the
 * groups open to them: the grief group for young people (13–18), not the adults' SMART Recovery
 * meeting in Kgs. Lyngby nor the children's group (7–12). An age the widget cannot use is said at
 * the field and not searched for.
 */
const WIDGET_URL = process.env.WIDGET_URL ?? 'http://localhost:4300';

test('a young person gives their age and sees only the groups for their age', async ({ page }) => {
  await page.goto(WIDGET_URL);
  const widget = page.getByRole('region', { name: 'Find en selvhjælpsgruppe' });
  await expect(widget.getByRole('status')).toHaveText(/fundet$/);
  const group = (name: string): Locator => widget.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
  const youth = group('Sorggruppe for unge');
  const adults = group('SMART Recovery Kgs. Lyngby – søndag');
  const children = group('Børnegruppe: når mor eller far er syg');

  // Near Lyngby, for all ages: groups for young people, children and adults alike.
  await widget.getByRole('textbox', { name: 'Nær (by eller postnummer)' }).fill('Lyngby');
  await expect(youth).toBeVisible();
  await expect(adults).toBeVisible();
  await expect(children).toBeVisible();

  // The age field says it is optional and not kept, and brings up the number keypad.
  const age = widget.getByRole('spinbutton', { name: 'Din alder' });
  await expect(age).toHaveAccessibleDescription('Valgfrit. Bruges kun til denne søgning og gemmes ikke.');
  await expect(age).toHaveAttribute('inputmode', 'numeric');
  await expect(age).toHaveAttribute('min', '0');
  await expect(age).toHaveAttribute('max', '120');

  // An age out of range is explained at the field and not searched for: every age is still shown.
  await age.fill('150');
  const error = widget.getByRole('alert');
  await expect(error).toHaveText('Skriv din alder i hele år, fra 0 til 120.');
  await expect(age).toHaveAttribute('aria-invalid', 'true');
  await expect(age).toHaveAccessibleDescription(/gemmes ikke\.\s*Skriv din alder i hele år, fra 0 til 120\.$/);
  await expect(widget.getByRole('status')).toHaveText(/fundet$/);
  await expect(adults).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((violation) => ({ rule: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) }))).toEqual([]);

  // 15: the group for young people stays, the adults' and the children's groups go.
  await age.fill('15');
  await expect(error).toBeHidden();
  await expect(age).not.toHaveAttribute('aria-invalid');
  await expect(adults).toBeHidden();
  await expect(children).toBeHidden();
  await expect(youth).toBeVisible();
  await expect(youth).toContainText('13–18 år');
  await expect(widget.getByRole('status')).toHaveText(/^\d+ grupper? fundet$/);

  // Something the number field cannot read at all is said too, and a reset clears it.
  await age.fill('');
  await age.pressSequentially('1e');
  await expect(error).toHaveText('Skriv din alder i hele år, fra 0 til 120.');
  await expect(adults).toBeVisible();
  await widget.getByRole('button', { name: 'Nulstil søgningen' }).click();
  await expect(error).toBeHidden();
  await expect(age).toHaveValue('');
  expect(await age.evaluate((input: HTMLInputElement) => input.validity.badInput)).toBe(false);
});
