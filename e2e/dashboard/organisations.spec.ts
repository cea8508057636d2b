import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// An administrator opens the dashboard and sees the organisations and their groups, in the
// browser's language. Runs against the real API with its demo data (see e2e/playwright.config.ts):
// the two volunteer centres and their SMART Recovery groups are real (shared/seeds/001).

const DASHBOARD_URL = process.env.DASHBOARD_URL ?? 'http://localhost:4200';
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The API endpoint, wherever it runs (not the dev server's modules named graphql.ts). */
const isApi = (url: URL) => url.pathname.endsWith('/graphql');

async function openDashboard(page: Page) {
  await page.goto(DASHBOARD_URL);
  // The page is ready when the organisations are there.
  await expect(page.getByRole('region', { name: 'De Frivilliges Hus', exact: true })).toBeVisible();
}

async function expectNoAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target) }))).toEqual([]);
}

test.describe('in Danish', () => {
  test.use({ locale: 'da-DK' });

  test('lists the volunteer centres and their SMART Recovery groups', async ({ page }) => {
    await openDashboard(page);

    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page).toHaveTitle('groupfinder – administration');
    await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText('groupfinder – administration');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 2 })).toHaveText('Organisationer');

    const gladsaxe = main.getByRole('region', { name: 'De Frivilliges Hus', exact: true });
    await expect(gladsaxe.getByRole('heading', { level: 3 })).toHaveText('De Frivilliges Hus');
    await expect(gladsaxe.getByText('Danmark', { exact: true })).toBeVisible();
    await expect(gladsaxe.getByRole('link', { name: '4498 3579' })).toHaveAttribute('href', 'tel:44983579');
    await expect(gladsaxe.getByRole('link', { name: 'defrivilligeshus@gladsaxe.dk' })).toHaveAttribute(
      'href',
      'mailto:defrivilligeshus@gladsaxe.dk',
    );
    // Real organisations are never marked as demo data.
    await expect(gladsaxe.getByText('Demodata')).toHaveCount(0);

    const gladsaxeGroups = gladsaxe.getByRole('table', { name: /^Grupper hos De Frivilliges Hus/ });
    await expect(gladsaxeGroups).toHaveAccessibleName('Grupper hos De Frivilliges Hus 3 grupper');
    await expect(gladsaxeGroups.getByRole('columnheader')).toHaveText(['Gruppe', 'Hvornår', 'Hvor', 'Status']);
    // Two meetings a week in Søborg, open to anyone who comes...
    for (const when of ['Hver mandag kl. 19:00–20:30', 'Hver torsdag kl. 19:00–20:30']) {
      const row = gladsaxeGroups.getByRole('row').filter({ hasText: when });
      await expect(row.getByRole('rowheader')).toContainText('SMART Recovery');
      await expect(row.getByRole('cell')).toHaveText([when, 'Forebyggelsescentret, Søborg', 'Åben – mød bare op']);
    }
    // ...and a relatives' group that only has a waiting list until enough people sign up.
    const relatives = gladsaxeGroups.getByRole('row').filter({ hasText: 'pårørende' });
    await expect(relatives.getByRole('cell').last()).toHaveText('Under opstart – skriv dig på ventelisten');

    const lyngby = main.getByRole('region', { name: 'Frivilligcenter & Selvhjælp Lyngby-Taarbæk', exact: true });
    const lyngbyGroups = lyngby.getByRole('table', { name: /^Grupper hos Frivilligcenter & Selvhjælp Lyngby-Taarbæk/ });
    await expect(lyngbyGroups).toContainText('1 gruppe');
    const sunday = lyngbyGroups.getByRole('row').filter({ hasText: 'Hver søndag kl. 20:00–21:30' });
    await expect(sunday.getByRole('cell')).toHaveText([
      'Hver søndag kl. 20:00–21:30',
      'Frivilligcenter & Selvhjælp Lyngby-Taarbæk, Kgs. Lyngby',
      'Åben – mød bare op',
    ]);

    // Invented organisations and groups say so.
    await expect(main.getByText('Demodata').first()).toBeVisible();
  });

  test('asks the API in Danish', async ({ page }) => {
    const request = page.waitForRequest((candidate) => candidate.method() === 'POST' && isApi(new URL(candidate.url())));
    await openDashboard(page);
    const sent = await request;
    expect(await sent.headerValue('accept-language')).toBe('da');
    expect(sent.postDataJSON()).toMatchObject({ operationName: 'OrganisationsPage', variables: { locale: 'DA' } });
  });

  test('says so when the organisations cannot be loaded, and tries again', async ({ page }) => {
    // The API is unreachable at first...
    await page.route(isApi, (route) => route.abort('connectionrefused'));
    await page.goto(DASHBOARD_URL);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Organisationerne kunne ikke hentes.');
    await expectNoAccessibilityViolations(page);

    // ...and back when the administrator tries again.
    await page.unroute(isApi);
    await alert.getByRole('button', { name: 'Prøv igen' }).click();
    await expect(page.getByRole('region', { name: 'De Frivilliges Hus', exact: true })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('has no WCAG 2.1 A/AA violations', async ({ page }) => {
    await openDashboard(page);
    await expectNoAccessibilityViolations(page);
  });
});

test.describe('in Polish', () => {
  test.use({ locale: 'pl-PL' });

  test('shows the same organisations with Polish headings', async ({ page }) => {
    await openDashboard(page);

    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText('groupfinder – administracja');
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText('Organizacje');

    const gladsaxe = page.getByRole('region', { name: 'De Frivilliges Hus', exact: true });
    await expect(gladsaxe.getByText('Dania', { exact: true })).toBeVisible();
    const groups = gladsaxe.getByRole('table', { name: /^Grupy prowadzone przez De Frivilliges Hus/ });
    await expect(groups).toContainText('3 grupy');
    await expect(groups.getByRole('columnheader')).toHaveText(['Grupa', 'Kiedy', 'Gdzie', 'Status']);
    // Schedules and statuses come from the API in Polish too.
    const monday = groups.getByRole('row').filter({ hasText: 'W każdy poniedziałek, 19:00–20:30' });
    await expect(monday.getByRole('cell').last()).toHaveText('Otwarta – po prostu przyjdź');
  });

  test('has no WCAG 2.1 A/AA violations', async ({ page }) => {
    await openDashboard(page);
    await expectNoAccessibilityViolations(page);
  });
});
