import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { translator } from '@groupfinder/translations';
import type { Request } from '@playwright/test';
import { expect, test } from '../clock';
import { finder, settled } from '../demo-page';

/**
 * Issue 12, item 8: the finder as it ships (the built script the API serves) on a municipality's
 * plain page, over a whole visit: a search, a filter, a group opened, its meetings added to a
 * calendar, the group and the search shared (copied), the list to print printed. Every request
 * goes to the page's own origin or the API's; no cookie is set or sent; nothing is kept in the
 * browser's storage; nothing goes to analytics.
 */
const API_ORIGIN = new URL(process.env.API_URL ?? 'http://localhost:4000/graphql').origin;
const t = translator('da');

/** A municipality's plain page with the built finder, on an origin of its own (a free port of 127.0.0.1). */
async function serveHostPage(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    if (request.url !== '/') return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Selvhjælpsgrupper – Gladsaxe Kommune</title><link rel="icon" href="data:,"></head>
<body>
<main>
<h1>Selvhjælpsgrupper</h1>
<div data-groupfinder data-municipality="159"></div>
</main>
<script src="${API_ORIGIN}/widget/groupfinder-widget.js" defer></script>
</body>
</html>
`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

let host: Awaited<ReturnType<typeof serveHostPage>>;
test.beforeAll(async () => {
  host = await serveHostPage();
});
test.afterAll(() => host.close());

test('the built finder keeps nothing and tells nobody but the API, over a whole visit', async ({ page, context }) => {
  const hostUrl = host.url;
  const hostOrigin = new URL(hostUrl).origin;
  // Every request of every page of the browser (a download is one too), with all its headers.
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  // Any use of cookies or storage on the way, not only what is left at the end.
  await page.addInitScript(() => {
    const used: string[] = [];
    Object.assign(window, { storageUsed: used });
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      get() {
        used.push('document.cookie read');
        return cookie?.get?.call(this);
      },
      set(value: string) {
        used.push('document.cookie written');
        cookie?.set?.call(this, value);
      },
    });
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = function (this: Storage, key: string) {
      used.push('Storage.getItem');
      return getItem.call(this, key);
    };
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      used.push('Storage.setItem');
      setItem.call(this, key, value);
    };
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: [string, number?]) {
      used.push('indexedDB.open');
      return open.apply(this, args);
    };
    Object.assign(window, { printed: 0 });
    window.print = () => Object.assign(window, { printed: (window as unknown as { printed: number }).printed + 1 });
    // No share sheet here (desktop Chromium on Linux has none): sharing copies the link.
    delete (Navigator.prototype as { share?: unknown }).share;
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: hostOrigin });

  await page.goto(hostUrl);
  const widget = finder(page);
  await settled(widget);

  // A search and a filter.
  await widget.getByRole('searchbox', { name: t('widget.search.label') }).fill('Søborg');
  await expect(widget.getByRole('status')).toHaveText(t('widget.results', { count: 2 }));
  await widget.getByRole('button', { name: t('widget.filter.more', { count: 0 }) }).click();
  await widget.getByRole('checkbox', { name: t('weekday.MONDAY') }).check();
  await expect(widget.getByRole('status')).toHaveText(t('widget.results', { count: 1 }));

  // The search shared: its link copied.
  await widget.getByRole('button', { name: t('widget.share.search') }).click();
  await expect(widget.getByRole('status').filter({ hasText: t('widget.share.copied') })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${hostUrl}#gf=q:S%C3%B8borg;days:monday`);

  // The group opened, added to a calendar, and shared.
  await widget.getByRole('article').getByRole('link', { name: t('widget.details.toggle') }).click();
  await expect(widget.getByRole('heading', { level: 4, name: t('widget.details.meetings') })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), widget.getByRole('link', { name: t('widget.calendar.add') }).click()]);
  expect(download.suggestedFilename()).toBe('smart-recovery-soborg-mandag.ics');
  await widget.getByRole('button', { name: t('widget.share.group') }).click();
  await expect(widget.getByRole('status').filter({ hasText: t('widget.share.copied') })).toBeVisible();

  // Back to the list, and the list to print, printed.
  await widget.getByRole('button', { name: t('widget.link.back') }).click();
  await widget.getByRole('button', { name: t('widget.print.open') }).click();
  await widget.getByRole('button', { name: t('widget.print.print'), exact: true }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // Nothing but the page and the API was asked, and no analytics.
  const asked = requests.map((request) => request.url()).filter((url) => !url.startsWith('data:'));
  expect(new Set(asked.map((url) => new URL(url).origin))).toEqual(new Set([hostOrigin, API_ORIGIN]));
  expect(asked.filter((url) => /analytics|gtag|collect/i.test(url))).toEqual([]);
  // The API answered the search, the group, the calendar and the list to print.
  expect(asked.filter((url) => url.startsWith(`${API_ORIGIN}/graphql`)).length).toBeGreaterThan(3);
  expect(asked).toContain(`${API_ORIGIN}/widget/groupfinder-widget.js`);
  expect(asked.some((url) => url.startsWith(`${API_ORIGIN}/calendar/groups/smart-recovery-soborg-mandag.ics`))).toBe(true);

  // No cookie set, kept or sent; no storage used, none left.
  expect(await context.cookies()).toEqual([]);
  const cookies = await Promise.all(
    requests.map(async (request) => [(await request.allHeaders())['cookie'], (await (await request.response())?.allHeaders())?.['set-cookie']]),
  );
  expect(cookies.flat().filter(Boolean)).toEqual([]);
  expect(
    await page.evaluate(async () => ({
      used: [...(window as unknown as { storageUsed: string[] }).storageUsed],
      cookie: document.cookie,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).length,
      caches: 'caches' in window ? (await caches.keys()).length : 0,
      serviceWorkers: (await navigator.serviceWorker?.getRegistrations())?.length ?? 0,
    })),
  ).toEqual({ used: [], cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: 0, caches: 0, serviceWorkers: 0 });
});
