import type { Page } from '@playwright/test';
import { CLOCK_NOW, expect, test } from '../clock';

/**
 * Issue 12, a link per group and per search: what the finder shows is in the page's address (its
 * fragment, which never reaches the municipality's server), so that Back works, a link can be
 * shared and opening it shows the same; a group can be shared, and the results printed.
 */
const WIDGET_URL = process.env.WIDGET_URL ?? 'http://localhost:4300';
const PAGE_URL = new URL('/', WIDGET_URL).href;
const TITLE = 'Find en selvhjælpsgruppe';
const MONDAY_GROUP = 'SMART Recovery Søborg – mandag';
const YOUTH_GRIEF_GROUP = { name: 'Sorggruppe for unge', slug: 'demo-sorggruppe-for-unge-lyngby' };

function finder(page: Page) {
  return page.getByRole('region', { name: TITLE });
}

/** A second page in the same browser, at the same moment as the journey's (clock.ts). */
async function newPage(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  await other.clock.setFixedTime(new Date(CLOCK_NOW));
  return other;
}

test('a visitor opens a group found by a search, its address opens it in another page, and Back returns to the search', async ({ page }) => {
  await page.goto(WIDGET_URL);
  const widget = finder(page);
  await expect(widget.getByRole('status')).toHaveText(/fundet$/);
  const entries = await page.evaluate(() => history.length);

  // Typing is said in the address as it goes, without a step in history per letter.
  const search = widget.getByRole('searchbox', { name: 'Søg' });
  await search.pressSequentially('Søborg');
  await expect(widget.getByRole('status')).toHaveText('2 grupper fundet');
  await expect(page).toHaveURL(`${PAGE_URL}#gf=q:S%C3%B8borg`);
  expect(await page.evaluate(() => history.length)).toBe(entries);

  // A weekday chosen is a step of its own.
  await widget.getByRole('button', { name: 'Flere filtre' }).click();
  await widget.getByRole('checkbox', { name: 'mandag' }).check();
  await expect(widget.getByRole('status')).toHaveText('1 gruppe fundet');
  await expect(page).toHaveURL(`${PAGE_URL}#gf=q:S%C3%B8borg;days:monday`);

  // The group opens in the finder's place, its name taking focus, and the address names it.
  await widget.getByRole('article').getByRole('link', { name: 'Mere om gruppen' }).click();
  const name = widget.getByRole('heading', { level: 3, name: MONDAY_GROUP });
  await expect(name).toBeFocused();
  await expect(widget.getByRole('heading', { level: 4, name: 'De næste møder' })).toBeVisible();
  await expect(widget.getByRole('searchbox', { name: 'Søg' })).toBeHidden();
  await expect(page).toHaveURL(`${PAGE_URL}#gf=q:S%C3%B8borg;days:monday;group:smart-recovery-soborg-mandag`);

  // The same address in another page shows the same group, focus left to the page that has just opened.
  const other = await newPage(page);
  await other.goto(page.url());
  const elsewhere = finder(other);
  await expect(elsewhere.getByRole('heading', { level: 3, name: MONDAY_GROUP })).toBeVisible();
  await expect(elsewhere.getByRole('heading', { level: 4, name: 'De næste møder' })).toBeVisible();
  await expect(elsewhere.getByRole('heading', { level: 3, name: MONDAY_GROUP })).not.toBeFocused();
  // From there, back to the list: the search the address carried.
  await elsewhere.getByRole('button', { name: 'Tilbage til listen' }).click();
  await expect(elsewhere.getByRole('searchbox', { name: 'Søg' })).toHaveValue('Søborg');
  await expect(elsewhere.getByRole('status')).toHaveText('1 gruppe fundet');
  await expect(elsewhere.getByRole('heading', { level: 3, name: MONDAY_GROUP })).toBeFocused();
  await other.close();

  // Back in the first page: the list with the search as it was, focus on the group's name.
  await page.goBack();
  await expect(search).toHaveValue('Søborg');
  await expect(widget.getByRole('checkbox', { name: 'mandag' })).toBeChecked();
  await expect(widget.getByRole('status')).toHaveText('1 gruppe fundet');
  await expect(name).toBeFocused();
  await expect(page).toHaveURL(`${PAGE_URL}#gf=q:S%C3%B8borg;days:monday`);
  // Back once more takes the weekday away; Forward twice opens the group again.
  await page.goBack();
  await expect(widget.getByRole('checkbox', { name: 'mandag' })).not.toBeChecked();
  await expect(widget.getByRole('status')).toHaveText('2 grupper fundet');
  await page.goForward();
  await page.goForward();
  await expect(name).toBeVisible();
  await expect(widget.getByRole('searchbox', { name: 'Søg' })).toBeHidden();
});

test('stepping through a select with the arrow keys is one step Back in all, not one per value passed', async ({ page }) => {
  await page.goto(WIDGET_URL);
  const widget = finder(page);
  await expect(widget.getByRole('status')).toHaveText(/fundet$/);
  const entries = await page.evaluate(() => history.length);
  const topic = widget.getByRole('combobox', { name: 'Emne' });
  await topic.focus();
  for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowDown');
  const chosen = await topic.inputValue();
  expect(chosen).not.toBe('');
  await expect(page).toHaveURL(/#gf=topic:/);
  expect(await page.evaluate(() => history.length)).toBe(entries + 1);
  // Another filter is a step of its own again.
  await widget.getByRole('combobox', { name: 'For hvem' }).selectOption({ index: 1 });
  expect(await page.evaluate(() => history.length)).toBe(entries + 2);
  await page.goBack();
  await expect(topic).toHaveValue(chosen);
  await page.goBack();
  await expect(topic).toHaveValue('');
});

test('a filter chosen stays through a reload and a jump to the page’s own anchor; the visitor’s age is never in the address', async ({ page }) => {
  await page.goto(WIDGET_URL);
  const widget = finder(page);
  await expect(widget.getByRole('status')).toHaveText(/fundet$/);

  await widget.getByRole('combobox', { name: 'For hvem' }).selectOption({ label: 'Pårørende' });
  await widget.getByRole('spinbutton', { name: 'Din alder' }).fill('40');
  await expect(page).toHaveURL(`${PAGE_URL}#gf=for:relatives`);
  await expect(widget.getByRole('status')).toHaveText(/^\d+ grupper? fundet$/);
  const found = await widget.getByRole('article').getByRole('heading', { level: 3 }).allTextContents();
  expect(found.length).toBeGreaterThan(0);

  await page.reload();
  await expect(widget.getByRole('combobox', { name: 'For hvem' })).toHaveValue('RELATIVES');
  await expect(widget.getByRole('spinbutton', { name: 'Din alder' })).toHaveValue('');
  await expect(widget.getByRole('article').getByRole('heading', { level: 3 })).toHaveText(found);

  // The page's skip link sets an anchor of its own: the finder keeps its search.
  await page.getByRole('link', { name: 'Gå til indhold' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${PAGE_URL}#indhold`);
  await expect(widget.getByRole('combobox', { name: 'For hvem' })).toHaveValue('RELATIVES');
  await expect(widget.getByRole('article').getByRole('heading', { level: 3 })).toHaveText(found);
});

test('a group is shared by copying its link where the browser has no share sheet, and the link opens it alone', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(WIDGET_URL).origin });
  // Desktop Chromium on Linux has no Web Share; taken away all the same, so the journey does not depend on the machine.
  await page.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
  });
  await page.goto(WIDGET_URL);
  const widget = finder(page);
  await widget.getByRole('searchbox', { name: 'Søg' }).fill('sorg');
  await widget.getByRole('textbox', { name: 'Nær (by eller postnummer)' }).fill('Lyngby');
  const card = widget.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: YOUTH_GRIEF_GROUP.name }) });
  await card.getByRole('link', { name: 'Mere om gruppen' }).click();
  await expect(widget.getByRole('heading', { level: 3, name: YOUTH_GRIEF_GROUP.name })).toBeFocused();

  await widget.getByRole('button', { name: 'Del gruppen' }).click();
  await expect(widget.getByRole('status')).toHaveText('Linket er kopieret');
  // The group alone: what the visitor searched for is theirs.
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${PAGE_URL}#gf=group:${YOUTH_GRIEF_GROUP.slug}`);

  const other = await newPage(page);
  await other.goto(link);
  await expect(finder(other).getByRole('heading', { level: 3, name: YOUTH_GRIEF_GROUP.name })).toBeVisible();
  await expect(finder(other).getByRole('heading', { level: 4, name: 'De næste møder' })).toBeVisible();
  await finder(other).getByRole('button', { name: 'Tilbage til listen' }).click();
  await expect(finder(other).getByRole('searchbox', { name: 'Søg' })).toHaveValue('');
  await other.close();

  // The search is shared from the list, as it is.
  await widget.getByRole('button', { name: 'Tilbage til listen' }).click();
  await widget.getByRole('button', { name: 'Del søgningen' }).click();
  await expect(widget.getByRole('status').filter({ hasText: 'Linket er kopieret' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${PAGE_URL}#gf=q:sorg;near:Lyngby`);
});

test('a link is shared with the device’s share sheet where there is one, and shown to copy by hand where nothing works', async ({ page }) => {
  await page.addInitScript(() => {
    const shared: unknown[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: (data: unknown) => (shared.push(data), Promise.resolve()) });
  });
  await page.goto(WIDGET_URL);
  const widget = finder(page);
  await widget.getByRole('searchbox', { name: 'Søg' }).fill('Søborg');
  await expect(widget.getByRole('status')).toHaveText('2 grupper fundet');
  await widget.getByRole('button', { name: 'Del søgningen' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([{ title: TITLE, url: `${PAGE_URL}#gf=q:S%C3%B8borg` }]);
  await expect(widget.getByText('Linket er kopieret')).toHaveCount(0);

  // Neither a share sheet nor the clipboard (a frame that may use neither): the link, selected, to copy.
  await page.evaluate(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('No', 'NotAllowedError')) } });
  });
  await widget.getByRole('button', { name: 'Del søgningen' }).click();
  const field = widget.getByRole('textbox', { name: 'Kopiér linket' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(`${PAGE_URL}#gf=q:S%C3%B8borg`);
  await expect(field).toHaveAttribute('readonly', '');
});

test('the list to print shows the results with their schedules and next meetings, and prints', async ({ page }) => {
  await page.addInitScript(() => {
    Object.assign(window, { printed: 0 });
    window.print = () => Object.assign(window, { printed: (window as unknown as { printed: number }).printed + 1 });
  });
  const printed = () => page.evaluate(() => (window as unknown as { printed: number }).printed);
  await page.goto(WIDGET_URL);
  const widget = finder(page);
  await widget.getByRole('searchbox', { name: 'Søg' }).fill('Søborg');
  await expect(widget.getByRole('status')).toHaveText('2 grupper fundet');

  await widget.getByRole('button', { name: 'Udskriv listen' }).click();
  const title = widget.getByRole('heading', { level: 3, name: 'Selvhjælpsgrupper' });
  await expect(title).toBeFocused();
  await expect(page).toHaveURL(`${PAGE_URL}#gf=q:S%C3%B8borg;view:print`);
  await expect(widget.getByText('Søg: Søborg', { exact: true })).toBeVisible();
  await expect(widget.getByRole('status')).toHaveText('2 grupper fundet · pr. 10. marts 2027');
  const groups = widget.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4 }) });
  await expect(groups.getByRole('heading', { level: 4 })).toHaveText([/SMART Recovery Søborg/, /SMART Recovery Søborg/]);
  const monday = groups.filter({ has: page.getByRole('heading', { name: MONDAY_GROUP }) });
  // Each fact after its term (the colon between them is the style's).
  await expect(monday).toContainText(/Hvornår\s*Hver mandag kl\. 19:00–20:30/);
  await expect(monday).toContainText(/De næste møder\s*mandag 15\. marts kl\. 19:00–20:30/);
  await expect(monday).toContainText(/Hvor\s*Forebyggelsescentret, Søborg Hovedgade 200, 2860 Søborg/);
  await expect(monday.getByRole('link', { name: /\d/ }).first()).toHaveAttribute('href', /^tel:\+?\d+$/);

  await widget.getByRole('button', { name: 'Udskriv', exact: true }).click();
  expect(await printed()).toBe(1);

  // On paper: the groups, without the buttons or the finder's title.
  await page.emulateMedia({ media: 'print' });
  await expect(widget.getByRole('button', { name: 'Udskriv', exact: true })).toBeHidden();
  await expect(widget.getByRole('button', { name: 'Tilbage til listen' })).toBeHidden();
  await expect(widget.getByRole('heading', { level: 2, name: TITLE })).toBeHidden();
  await expect(groups).toHaveCount(2);
  await page.emulateMedia({ media: 'screen' });

  // A reload keeps the list to print; back from it, the search as it was.
  await page.reload();
  await expect(title).toBeVisible();
  await expect(groups).toHaveCount(2);
  await widget.getByRole('button', { name: 'Tilbage til listen' }).click();
  await expect(widget.getByRole('searchbox', { name: 'Søg' })).toHaveValue('Søborg');
  await expect(widget.getByRole('status')).toHaveText('2 grupper fundet');
  await expect(widget.getByRole('heading', { level: 2, name: TITLE })).toBeFocused();
});

test('two finders on one page each keep their own search in the address', async ({ page }) => {
  // The host adds a second finder later, for its neighbour municipality, as a single-page application does.
  const mountNeighbour = async () => {
    await expect(finder(page).first().getByRole('status')).toHaveText(/fundet$/);
    await page.evaluate(() => {
      const element = Object.assign(document.createElement('groupfinder-finder'), { id: 'naboer' });
      element.dataset['municipality'] = '173';
      document.querySelector('main')?.append(element);
    });
  };
  await page.goto(WIDGET_URL);
  await mountNeighbour();
  const [ours, neighbours] = [finder(page).first(), finder(page).nth(1)];
  await expect(neighbours.getByRole('status')).toHaveText(/fundet$/);

  await ours.getByRole('searchbox', { name: 'Søg' }).fill('Søborg');
  await expect(ours.getByRole('status')).toHaveText('2 grupper fundet');
  await neighbours.getByRole('combobox', { name: 'Emne' }).selectOption('GRIEF');
  await neighbours.getByRole('article').filter({ hasText: YOUTH_GRIEF_GROUP.name }).getByRole('link', { name: 'Mere om gruppen' }).click();
  await expect(neighbours.getByRole('heading', { level: 3, name: YOUTH_GRIEF_GROUP.name })).toBeFocused();
  await expect(page).toHaveURL(`${PAGE_URL}#gf=q:S%C3%B8borg&gf-naboer=topic:grief;group:${YOUTH_GRIEF_GROUP.slug}`);

  await page.reload();
  await mountNeighbour();
  await expect(ours.getByRole('searchbox', { name: 'Søg' })).toHaveValue('Søborg');
  await expect(neighbours.getByRole('heading', { level: 3, name: YOUTH_GRIEF_GROUP.name })).toBeVisible();

  // Back closes the neighbours' group; our search stays.
  await page.goBack();
  await expect(neighbours.getByRole('combobox', { name: 'Emne' })).toHaveValue('GRIEF');
  await expect(ours.getByRole('searchbox', { name: 'Søg' })).toHaveValue('Søborg');
  await expect(ours.getByRole('status')).toHaveText('2 grupper fundet');
});
