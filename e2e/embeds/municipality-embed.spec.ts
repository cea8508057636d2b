import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { translate } from '@groupfinder/translations';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { ApiSession, DASHBOARD_URL, MUNICIPALITY_EDITOR, openBrowser, PLATFORM_ADMIN, submitSignIn, uniqueSuffix } from '../accounts';
import { axeViolations } from '../axe';
import { CLOCK_NOW, expect, test } from '../clock';

/*
 * Issue 12: a municipality editor saves an embed of Gladsaxe in the dashboard and copies its
 * snippet into a plain page of the municipality's site (a node:http server on a port of its own,
 * another origin than the dashboard's and the API's). A visitor there finds the SMART Recovery
 * groups, opens one by its link in a new page, adds it to a calendar and prints the list, while a
 * second embed on the same page (Kraków, in Polish) goes its own way. The same page served from a
 * site not on the embeds' list is refused.
 */

const API_URL = process.env.API_URL ?? 'http://localhost:4000/graphql';
const API_ORIGIN = new URL(API_URL).origin;

/** The municipality's site: one page, holding whatever snippets the journey pastes into it. */
interface HostSite {
  /** `http://localhost:<port>`: the origin the embeds allow. */
  readonly allowed: string;
  /** `http://127.0.0.1:<port>`: the same page, from an origin no embed allows. */
  readonly refused: string;
  paste(snippets: readonly string[]): void;
  close(): Promise<void>;
}

/**
 * The strictest policy a municipality's site could send that still runs the snippet: scripts,
 * requests and frames from the API only, no inline anything, no styles at all.
 */
const STRICT_CSP = `default-src 'none'; script-src ${API_ORIGIN}; connect-src ${API_ORIGIN}; frame-src ${API_ORIGIN}; img-src data:; base-uri 'none'; form-action 'none'`;

/** For a CMS that strips scripts: the embed's frame page in an iframe (its key from the snippet). */
function framed(snippet: string): string {
  const key = /key="([^"]+)"/.exec(snippet)?.[1] ?? '';
  return `<iframe src="${API_ORIGIN}/embed/${key}" title="Find en selvhjælpsgruppe" width="800" height="900"></iframe>`;
}

async function startHostSite(): Promise<HostSite> {
  let body = '';
  const server: Server = createServer((request, response) => {
    if (request.url !== '/' && request.url !== '/iframe') {
      response.writeHead(404).end();
      return;
    }
    if (request.url === '/iframe') {
      const snippet = body.includes('key="') ? body : '';
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': STRICT_CSP });
      response.end(`<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Selvhjælp – Gladsaxe Kommune</title></head><body><main><h1>Selvhjælpsgrupper</h1>${framed(snippet)}</main></body></html>`);
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': STRICT_CSP });
    response.end(`<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><title>Selvhjælp – Gladsaxe Kommune</title><link rel="icon" href="data:,"></head>
<body>
<header><p>Gladsaxe Kommune</p></header>
<main>
<h1>Selvhjælpsgrupper</h1>
${body}
</main>
</body>
</html>
`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    allowed: `http://localhost:${port}`,
    refused: `http://127.0.0.1:${port}`,
    paste(snippets) {
      body = snippets.map((snippet) => `<section>\n${snippet}\n</section>`).join('\n');
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** A visitor's browser, in Danish at the journeys' moment, recording every origin its pages ask and what a Content Security Policy refused. */
async function visitor(browser: Browser): Promise<{ context: BrowserContext; page: Page; origins: Set<string>; refused: string[] }> {
  const context = await browser.newContext({ locale: 'da-DK', acceptDownloads: true });
  const origins = new Set<string>();
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http')) origins.add(url.origin);
  });
  const page = await context.newPage();
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|frame-ancestors/i.test(message.text())) refused.push(message.text());
  });
  await page.clock.setFixedTime(new Date(CLOCK_NOW));
  return { context, page, origins, refused };
}

const danishFinder = (page: Page) => page.getByRole('region', { name: 'Find en selvhjælpsgruppe' });
const polishFinder = (page: Page) => page.getByRole('region', { name: 'Znajdź grupę samopomocową' });

test.describe.serial('an embed of Gladsaxe on the municipality’s own site', () => {
  let site: HostSite;
  /** What the journey copied from the dashboard, and what the platform admin's Kraków embed gave. */
  const snippets: { gladsaxe?: string; krakow?: string } = {};
  /** Kraków's embed as saved, for deleting it at the end. */
  let krakowEmbed: { id: string; version: number } | undefined;

  test.beforeAll(async () => {
    site = await startHostSite();
  });

  test.afterAll(async () => {
    await site.close();
  });

  test('a municipality editor saves an embed of Gladsaxe in Danish, checked for contrast first, and copies its snippet', async ({ browser }) => {
    const { context, page } = await openBrowser(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: DASHBOARD_URL });
    // The dashboard's Content Security Policy lets it frame the API's preview, and refuses nothing it does.
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) refused.push(message.text());
    });
    const main = page.getByRole('main');
    // Signing in without a page to return to: a municipality editor's home is the embeds.
    await page.goto(`${DASHBOARD_URL}/#/sign-in`);
    await submitSignIn(page, MUNICIPALITY_EDITOR);
    await expect(main.getByRole('heading', { level: 1, name: 'Indlejringer' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Indlejringer' })).toBeVisible();

    await main.getByRole('link', { name: 'Ny indlejring' }).click();
    await expect(main.getByRole('heading', { level: 1, name: 'Ny indlejring' })).toBeVisible();
    // The editor edits Gladsaxe's embeds only: no municipality to choose.
    await expect(main.getByText('Kommune: Gladsaxe')).toBeVisible();
    await expect(main.getByRole('combobox', { name: 'Kommune' })).toHaveCount(0);

    const name = `Selvhjælpsgrupper på gladsaxe.dk ${uniqueSuffix()}`;
    await main.getByRole('textbox', { name: 'Navn', exact: true }).fill(name);
    await expect(main.getByRole('combobox', { name: 'Sprog', exact: true })).toHaveValue('da');
    await expect(main.getByRole('group', { name: 'Nabokommuner' }).getByRole('checkbox', { name: 'Lyngby-Taarbæk' })).not.toBeChecked();
    await main.getByRole('textbox', { name: 'Side 1' }).fill(`${site.allowed}/`);
    await main.getByRole('textbox', { name: 'Tekst om krisehjælp (dansk)' }).fill('Ring til Livslinien på 70 201 201.');

    // A light colour: the contrast with white text is said at once, and the save is refused at the field.
    const colour = main.getByRole('textbox', { name: 'Accentfarve' });
    await colour.fill('#ffd966');
    await expect(main.getByText('Laveste kontrast, med hvid tekst og på søgningens lysegrå: 1,25:1. For lav: WCAG AA kræver mindst 4,5:1. Vælg en mørkere farve.')).toBeVisible();
    await main.getByRole('button', { name: 'Opret indlejringen' }).click();
    const summary = main.locator('.problem-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: /^Accentfarve: / })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await expect(colour).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/#\/new-embed$/);
    // The site typed with a slash was tidied to its origin when left.
    await expect(main.getByRole('textbox', { name: 'Side 1' })).toHaveValue(site.allowed);

    await colour.fill('#8a1c3c');
    await expect(main.getByText('Laveste kontrast, med hvid tekst og på søgningens lysegrå: 8,31:1. Opfylder WCAG AA (mindst 4,5:1).')).toBeVisible();
    await main.getByRole('button', { name: 'Opret indlejringen' }).click();

    // Its own page: the form beside the snippet and a preview of the finder as saved.
    await expect(main.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page).toHaveURL(/#\/embeds\/[0-9a-f-]{36}$/);
    const placing = main.getByRole('region', { name: 'Sæt den på jeres side' });
    const code = placing.getByRole('figure', { name: 'Kodestykke' });
    const snippet = (await code.locator('pre').textContent()) ?? '';
    expect(snippet).toMatch(new RegExp(`^<script src="${API_ORIGIN}/widget/groupfinder-widget\\.js" defer></script>\\n<groupfinder-finder key="[A-Za-z0-9_-]{16,64}"></groupfinder-finder>$`));
    await code.getByRole('button', { name: 'Kopiér kodestykket' }).click();
    await expect(code.getByRole('status')).toHaveText('Kopieret');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    snippets.gladsaxe = snippet;

    const preview = page.frameLocator(`iframe[title="Forhåndsvisning af ${name}"]`);
    await expect(preview.getByRole('heading', { name: 'Find en selvhjælpsgruppe' })).toBeVisible();
    await expect(preview.getByText('Ring til Livslinien på 70 201 201.')).toBeVisible();

    // A change saved from the version shown: said politely, listed in the history, and the preview loads it.
    await main.getByRole('textbox', { name: 'Tekst om krisehjælp (dansk)' }).fill('Ring til Livslinien på 70 201 201, hele døgnet.');
    await main.getByRole('button', { name: 'Gem indlejringen' }).click();
    await expect(main.getByText('Indlejringen er gemt.', { exact: false })).toBeVisible();
    await expect(preview.getByText('Ring til Livslinien på 70 201 201, hele døgnet.')).toBeVisible();
    await expect(main.getByRole('region', { name: 'Historik' }).locator('.history-list__change')).toHaveCount(2);
    expect(await axeViolations(page)).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });

  test('a visitor finds Gladsaxe’s SMART Recovery groups beside Kraków’s in Polish, opens one by its link, adds it to a calendar and prints the list', async ({ browser }) => {
    expect(snippets.gladsaxe).toBeDefined();
    // Kraków's embed, by the platform admin through the API: in Polish, for the same site.
    const admin = await ApiSession.open();
    await admin.signIn(PLATFORM_ADMIN);
    const { embedMunicipalities } = await admin.query<{ embedMunicipalities: { id: string; country: string; code: string }[] }>(`{ embedMunicipalities { id country code } }`);
    const krakow = embedMunicipalities.find(({ country, code }) => country === 'PL' && code === '1261011');
    const { createEmbed } = await admin.query<{ createEmbed: { id: string; version: number; snippet: string } }>(`mutation ($input: CreateEmbedInput!) { createEmbed(input: $input) { id version snippet } }`, {
      input: {
        municipalityId: krakow?.id,
        fields: {
          name: `Grupy samopomocowe na krakow.pl ${uniqueSuffix()}`,
          neighbourCodes: [],
          includeOnline: false,
          onlineLanguages: [],
          topics: [],
          organisationIds: [],
          defaultLanguage: 'PL',
          accentColour: '#0b5394',
          font: '',
          allowedOrigins: [site.allowed],
          contactText: { pl: 'Urząd Miasta Krakowa, tel. 12 616 12 00.' },
          crisisText: {},
        },
      },
    });
    await admin.close();
    snippets.krakow = createEmbed.snippet;
    krakowEmbed = { id: createEmbed.id, version: createEmbed.version };
    site.paste([snippets.gladsaxe ?? '', snippets.krakow]);

    const { context, page, origins, refused } = await visitor(browser);
    await page.goto(site.allowed);
    const danish = danishFinder(page);
    const polish = polishFinder(page);
    await expect(danish.getByRole('status').first()).toHaveText(/^\d+ grupper? fundet$/);
    await expect(polish.getByRole('status').first()).toHaveText('Znaleziono 1 grupę');
    await expect(polish.getByRole('article').getByRole('heading')).toHaveText('Miting AA „Demo” w Krakowie');
    // Each embed's texts under its results, in its language.
    await expect(page.getByRole('complementary', { name: 'Od gminy Kraków' })).toHaveText('Pytania o grupy: Urząd Miasta Krakowa, tel. 12 616 12 00.');
    await expect(page.getByRole('complementary', { name: 'Fra Gladsaxe Kommune' })).toHaveText('I en krise: Ring til Livslinien på 70 201 201, hele døgnet.');

    // Searching one finder leaves the other as it was.
    await danish.getByRole('searchbox', { name: 'Søg' }).fill('SMART');
    const found = danish.getByRole('article');
    await expect(danish.getByRole('status').first()).toHaveText('3 grupper fundet');
    await expect(found.getByRole('heading', { level: 3 })).toHaveText([/^SMART Recovery/, /^SMART Recovery/, /^SMART Recovery/]);
    // Gladsaxe's own: Lyngby-Taarbæk's meeting is a neighbour's, not chosen.
    await expect(found.filter({ hasText: 'Kgs. Lyngby' })).toHaveCount(0);
    await expect(polish.getByRole('searchbox', { name: 'Szukaj' })).toHaveValue('');
    await expect(polish.getByRole('status').first()).toHaveText('Znaleziono 1 grupę');

    // One group on its own, by its link: the address now names it, and opens it again in a new page.
    const first = found.first();
    const groupName = (await first.getByRole('heading', { level: 3 }).textContent()) ?? '';
    await first.getByRole('link', { name: 'Mere om gruppen' }).click();
    await expect(danish.getByRole('heading', { level: 3, name: groupName })).toBeFocused();
    const link = page.url();
    expect(link).toMatch(/#.*group:smart-recovery-/);
    const again = await context.newPage();
    await again.goto(link);
    await expect(danishFinder(again).getByRole('heading', { level: 3, name: groupName })).toBeVisible();
    await expect(danishFinder(again).getByRole('button', { name: 'Tilbage til listen' })).toBeVisible();
    await expect(polishFinder(again).getByRole('article')).toHaveCount(1);

    // Its meetings into the visitor's calendar: a file, from the API.
    const downloading = again.waitForEvent('download');
    await danishFinder(again).getByRole('link', { name: 'Føj til kalender' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^smart-recovery-.+\.ics$/);
    const calendar = await readFile((await download.path()) ?? '', 'utf8');
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain('SMART Recovery');
    await again.close();

    // Back in the list, the three groups as a list to print.
    await danish.getByRole('button', { name: 'Tilbage til listen' }).click();
    await expect(found).toHaveCount(3);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await danish.getByRole('button', { name: 'Udskriv listen' }).click();
    await expect(danish.getByRole('heading', { name: 'Selvhjælpsgrupper' })).toBeVisible();
    await expect(danish.getByRole('status').filter({ hasText: /^3 grupper fundet · pr\. / })).toBeVisible();
    await expect(danish.locator('.gf-print__list > li')).toHaveCount(3);
    await expect(danish.locator('.gf-print__list')).toContainText(groupName);
    await danish.getByRole('button', { name: 'Udskriv', exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // On paper the embed's own colour is black, as everything else.
    const accent = () => danish.evaluate((finder) => getComputedStyle(finder).getPropertyValue('--gf-accent').trim());
    // (Black as the built style sheet writes it, shortened or not.)
    const black = /^#000(000)?$/;
    expect(await accent()).not.toMatch(black);
    await page.emulateMedia({ media: 'print' });
    expect(await accent()).toMatch(black);
    await page.emulateMedia({ media: 'screen' });
    await expect(polish.getByRole('article')).toHaveCount(1);

    // Nobody but the site and the API was asked for anything, and the site's strict policy refused nothing.
    expect([...origins].sort()).toEqual([API_ORIGIN, site.allowed].sort());
    expect(refused).toEqual([]);
    await context.close();
  });

  test('a CMS that strips scripts shows the embed’s frame page in an iframe; a site not on the list cannot frame it', async ({ browser }) => {
    expect(snippets.gladsaxe).toBeDefined();
    site.paste([snippets.gladsaxe ?? '']);
    const { context, page, refused } = await visitor(browser);
    await page.goto(`${site.allowed}/iframe`);
    const frame = page.frameLocator('iframe[title="Find en selvhjælpsgruppe"]');
    await expect(frame.getByRole('region', { name: 'Find en selvhjælpsgruppe' }).getByRole('status').first()).toHaveText(/^\d+ grupper? fundet$/);
    expect(refused).toEqual([]);

    await page.goto(`${site.refused}/iframe`);
    await expect.poll(() => refused.some((message) => /frame-ancestors/.test(message))).toBe(true);
    await expect(frame.getByRole('region', { name: 'Find en selvhjælpsgruppe' })).toHaveCount(0);
    await context.close();
    site.paste([snippets.gladsaxe ?? '', snippets.krakow ?? '']);
  });

  test('the same page on a site not on the embeds’ list shows the refusal and no groups', async ({ browser }) => {
    expect(snippets.krakow).toBeDefined();
    const { context, page, origins } = await visitor(browser);
    await page.goto(site.refused);
    const refusal = translate('da', 'error.EMBED_ORIGIN_REFUSED');
    await expect(page.getByRole('alert')).toHaveText([refusal, refusal]);
    await expect(page.getByRole('article')).toHaveCount(0);
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    expect([...origins].sort()).toEqual([API_ORIGIN, site.refused].sort());
    await context.close();
  });
  test('an embed deleted while its page is open: the next search says so without offering to try again, and its frame says so inside the frame', async ({ browser }) => {
    expect(krakowEmbed).toBeDefined();
    site.paste([snippets.krakow ?? '']);
    const { context, page } = await visitor(browser);
    await page.goto(site.allowed);
    const polish = polishFinder(page);
    await expect(polish.getByRole('status').first()).toHaveText('Znaleziono 1 grupę');
    const admin = await ApiSession.open();
    await admin.signIn(PLATFORM_ADMIN);
    await admin.query(`mutation ($input: EditInput!) { deleteEmbed(input: $input) { id } }`, { input: krakowEmbed });
    await admin.close();
    await polish.getByRole('searchbox', { name: 'Szukaj' }).fill('AA');
    await expect(polish.getByRole('alert')).toHaveText(translate('pl', 'error.EMBED_NOT_FOUND'));
    await expect(polish.getByRole('button', { name: translate('pl', 'common.retry') })).toHaveCount(0);
    // A CMS's frame of it: the same words inside the frame, not the browser's refusal to show it.
    await page.goto(`${site.allowed}/iframe`);
    await expect(page.frameLocator('iframe').getByText(translate('da', 'error.EMBED_NOT_FOUND'))).toBeVisible();
    await context.close();
  });
});
