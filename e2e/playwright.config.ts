import { defineConfig } from '@playwright/test';

/*
 * The journeys run against the whole product as `npm start` runs it, on ports of their own and
 * an in-memory PGlite (or the PostgreSQL of DATABASE_URL), so a running dev setup is untouched.
 */
const apiPort = process.env.E2E_API_PORT ?? '4010';
const dashboardPort = process.env.E2E_DASHBOARD_PORT ?? '4210';
const widgetPort = process.env.E2E_WIDGET_PORT ?? '4310';
process.env.API_URL = `http://localhost:${apiPort}/graphql`;
process.env.DASHBOARD_URL = `http://localhost:${dashboardPort}`;
process.env.WIDGET_URL = `http://localhost:${widgetPort}`;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../tmp/e2e-results',
  timeout: 30_000,
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
    command: 'npm start',
    cwd: '..',
    env: {
      API_PORT: apiPort,
      DASHBOARD_PORT: dashboardPort,
      WIDGET_PORT: widgetPort,
      PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR ?? 'memory://',
    },
    wait: { stdout: /groupfinder is running/ },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
