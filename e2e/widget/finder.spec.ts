import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../clock';

/**
 * A visitor on a municipality's page finds a self-help group with the embedded widget.
 * Runs against the widget's dev server (its demo page) and the API with demo data.
 */
const WIDGET_URL = process.env.WIDGET_URL ?? 'http://localhost:4300';
const API_URL = process.env.API_URL ?? 'http://localhost:4000/graphql';

/** The widget is a named region; its name is its heading, in the page's language. */
function finder(page: Page, name = 'Find en selvhjælpsgruppe') {
  return page.getByRole('region', { name });
}

/** Each control is at least 44 pixels high: a finger's target. */
async function expectTargetsOf44px(controls: Locator[]) {
  for (const control of controls) {
    const box = await control.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  }
}

test.describe('the group finder on a municipality page', () => {
  test('a visitor finds a relatives group, the Søborg SMART Recovery meetings, and reads them in Polish', async ({ page }) => {
    await page.goto(WIDGET_URL);
    const widget = finder(page);
    await expect(widget.getByRole('heading', { level: 2, name: 'Find en selvhjælpsgruppe' })).toBeVisible();
    await expect(widget.getByRole('status')).toHaveText(/^\d+ grupper? fundet$/);

    // For relatives: the relatives' group, which only has a waiting list so far.
    await widget.getByRole('combobox', { name: 'For hvem' }).selectOption({ label: 'Pårørende' });
    const relativesGroup = widget.getByRole('article').filter({ has: page.getByRole('heading', { name: /pårørende/i }) });
    await expect(relativesGroup.first()).toBeVisible();
    // Its state and what to do, each said once.
    await expect(relativesGroup.first().locator('.gf-group__status')).toHaveText(/^Under opstart\s*Skriv dig på ventelisten$/);

    // Start over: the reset returns every filter to "all" and puts the visitor in the search field.
    await widget.getByRole('button', { name: 'Nulstil søgningen' }).click();
    await expect(widget.getByRole('combobox', { name: 'For hvem' })).toHaveValue('');
    await expect(widget.getByRole('searchbox', { name: 'Søg' })).toBeFocused();

    // Searching a town finds exactly the two SMART Recovery meetings there.
    await widget.getByRole('searchbox', { name: 'Søg' }).fill('Søborg');
    await expect(widget.getByRole('status')).toHaveText('2 grupper fundet');
    const groups = widget.getByRole('article');
    await expect(groups).toHaveCount(2);
    await expect(groups.getByRole('heading', { level: 3 })).toHaveText([/SMART Recovery/, /SMART Recovery/]);
    await expect(groups.filter({ hasText: 'Hver mandag kl. 19:00–20:30' })).toHaveCount(1);
    await expect(groups.filter({ hasText: 'Hver torsdag kl. 19:00–20:30' })).toHaveCount(1);
    // Each card says when the group next meets (soonest first: the clock says Wednesday 10 March), and where.
    await expect(groups.first()).toContainText('Næste møde: torsdag 11. marts kl. 19:00');
    await expect(groups.nth(1)).toContainText('Næste møde: mandag 15. marts kl. 19:00');
    await expect(groups.first()).toContainText('Forebyggelsescentret, Søborg');

    // Its own view gives the full address and contact details as links that dial and write.
    await groups.first().getByRole('link', { name: 'Mere om gruppen' }).click();
    const group = widget.getByRole('article');
    await expect(group).toHaveCount(1);
    await expect(group.getByRole('heading', { level: 3 })).toBeFocused();
    await expect(group).toContainText('Søborg Hovedgade 200');
    await expect(group).toContainText('2860 Søborg');
    const phone = group.getByRole('link', { name: /\d/ }).first();
    await expect(phone).toHaveAttribute('href', /^tel:\+?\d+$/);

    // The page switches to Polish: the widget follows, the group still open, and the search kept behind it.
    await page.getByRole('button', { name: 'Polski' }).click();
    await expect(page.getByRole('button', { name: 'Polski' })).toHaveAttribute('aria-pressed', 'true');
    const polish = finder(page, 'Znajdź grupę samopomocową');
    await expect(polish.getByRole('heading', { level: 2, name: 'Znajdź grupę samopomocową' })).toBeVisible();
    await expect(polish.getByRole('heading', { name: 'Najbliższe spotkania' })).toBeVisible();
    await polish.getByRole('button', { name: 'Powrót do listy' }).click();
    await expect(polish.getByRole('searchbox', { name: 'Szukaj' })).toHaveValue('Søborg');
    await expect(polish.getByRole('combobox', { name: 'Dla kogo' })).toBeVisible();
    await expect(polish.getByRole('status')).toHaveText('Znaleziono 2 grupy');
    await expect(polish.getByRole('article').filter({ hasText: 'W każdy poniedziałek, 19:00–20:30' })).toHaveCount(1);
    await expect(polish.getByRole('article').filter({ hasText: 'W każdy czwartek, 19:00–20:30' })).toHaveCount(1);
  });

  test('a Danish postcode typed on a Danish page is a place in Denmark: 2860 finds Søborg, 1050 Copenhagen', async ({ page }) => {
    await page.goto(WIDGET_URL);
    const widget = finder(page);
    await expect(widget.getByRole('status')).toHaveText(/fundet$/);
    const near = widget.getByRole('textbox', { name: 'Nær (by eller postnummer)' });
    // Norway has a 2860 too (Hov), and Sweden's postcodes begin with 1 as well.
    await near.fill('2860');
    await expect(widget.getByRole('article').filter({ hasText: 'SMART Recovery Søborg – mandag' })).toBeVisible();
    await near.fill('1050');
    await expect(widget.getByRole('status')).toHaveText(/fundet$/);
    await expect(widget.getByRole('article').filter({ hasText: 'Stockholm' })).toHaveCount(0);
  });

  test('the widget sets no cookies and talks to nobody but the page and the API', async ({ page, context }) => {
    const origins = new Set<string>();
    page.on('request', (request) => {
      if (request.url().startsWith('http')) origins.add(new URL(request.url()).origin);
    });

    await page.goto(WIDGET_URL);
    await finder(page).getByRole('searchbox', { name: 'Søg' }).fill('Søborg');
    await expect(finder(page).getByRole('status')).toHaveText(/fundet/);

    expect([...origins].sort()).toEqual([...new Set([new URL(WIDGET_URL).origin, new URL(API_URL).origin])].sort());
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  });

  test('at 320 pixels wide nothing needs scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(WIDGET_URL);
    await expect(finder(page).getByRole('article').first()).toBeVisible();

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const widget = finder(page);
    await widget.getByRole('button', { name: 'Flere filtre' }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectTargetsOf44px([
      widget.getByRole('searchbox', { name: 'Søg' }),
      widget.getByRole('combobox', { name: 'Emne' }),
      widget.getByRole('combobox', { name: 'For hvem' }),
      widget.getByRole('textbox', { name: 'Nær (by eller postnummer)' }),
      widget.getByRole('combobox', { name: 'Afstand' }),
      widget.getByRole('combobox', { name: 'Alder' }),
      widget.getByRole('spinbutton', { name: 'Din alder' }),
      widget.getByRole('combobox', { name: 'Sprog i gruppen' }),
      widget.getByRole('button', { name: 'Flere filtre' }),
      widget.getByRole('combobox', { name: 'Mødeform' }),
      widget.getByRole('group', { name: 'Ugedage' }).locator('label').first(),
      widget.getByRole('group', { name: 'Tidspunkt' }).locator('label').first(),
      widget.getByRole('button', { name: 'Del søgningen' }),
      widget.getByRole('button', { name: 'Udskriv listen' }),
      widget.getByRole('article').first().getByRole('link', { name: 'Mere om gruppen' }),
    ]);

    // A place nobody knows, typed as one long word: where it is repeated (the field's error, the status), it wraps.
    const unknownPlace = 'Ukendtstedmedetmegetlangtnavn'.repeat(4);
    const near = widget.getByRole('textbox', { name: 'Nær (by eller postnummer)' });
    await near.fill(unknownPlace);
    await expect(widget.locator('.gf-field__error').filter({ hasText: unknownPlace.slice(0, 60) })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await near.fill('');
    await expect(widget.locator('.gf-field__error')).toHaveCount(0);

    // A group's own view too.
    await widget.getByRole('article').first().getByRole('link', { name: 'Mere om gruppen' }).click();
    await expect(widget.getByRole('article').getByRole('heading', { name: 'Sådan kommer du med' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectTargetsOf44px([widget.getByRole('button', { name: 'Tilbage til listen' }), widget.getByRole('button', { name: 'Del gruppen' })]);
  });
});
