import { defineConfig } from '@playwright/test';
import { CLOCK_NOW } from './clock';

/*
 * The journeys run against the whole product as `npm start` runs it, on ports of their own and
 * an in-memory PGlite (or the PostgreSQL of DATABASE_URL), so a running dev setup is untouched,
 * with the API's clock standing still at CLOCK_NOW (the browser's too: see clock.ts).
 */
const apiPort = process.env.E2E_API_PORT ?? '4010';
const dashboardPort = process.env.E2E_DASHBOARD_PORT ?? '4210';
const widgetPort = process.env.E2E_WIDGET_PORT ?? '4310';
const mailSmtpPort = process.env.E2E_MAIL_SMTP_PORT ?? '4025';
const mailWebPort = process.env.E2E_MAIL_WEB_PORT ?? '4080';
process.env.API_URL = `http://localhost:${apiPort}/graphql`;
process.env.DASHBOARD_URL = `http://localhost:${dashboardPort}`;
process.env.WIDGET_URL = `http://localhost:${widgetPort}`;
// The local mail catcher's inbox: `${MAIL_URL}/messages?to=…` lists the mail the API sent (see mail.ts).
process.env.MAIL_URL = `http://localhost:${mailWebPort}`;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../tmp/e2e-results',
  // A journey is a whole story (10-25 s here, sign-ins, mails and axe scans included): the total leaves
  // room for a CI host twice as slow, while a step that hangs still fails after expect's 10 s.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    // Debian's Chromium: test tools cannot download browsers on this network.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // On PostgreSQL, a database of the run's own: the demo data loaded at CLOCK_NOW, whatever ran before.
    // The dashboard as built, as it ships: the dev server's 240 modules a page made each journey's pages slow.
    command: 'npm start -- --fresh-database --built',
    cwd: '..',
    env: {
      API_PORT: apiPort,
      DASHBOARD_PORT: dashboardPort,
      WIDGET_PORT: widgetPort,
      MAIL_SMTP_PORT: mailSmtpPort,
      MAIL_WEB_PORT: mailWebPort,
      PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR ?? 'memory://',
      CLOCK_NOW,
      // Every journey's browser calls from 127.0.0.1: one address for two workers, so a budget far above
      // theirs; and no shedding on the event loop's delay, which Chromium and the build on the same cores
      // can hold up. The limits themselves are tested in apps/api (rate-limit and load-shedding specs).
      RATE_LIMIT_PER_MINUTE: '6000',
      MAX_EVENT_LOOP_DELAY_MS: '0',
      // The clock stands still, so a form could never be older than the time a person takes (tested in apps/api).
      JOIN_FORM_MIN_SECONDS: '0',
      // A line per request would bury the journeys' own output; warnings and errors still show.
      LOG_LEVEL: 'warn',
    },
    wait: { stdout: /groupfinder is running/ },
    reuseExistingServer: false,
    // Ctrl-C's way, so that npm start stops its services and drops the run's database.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
