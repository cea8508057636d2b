/**
 * `npm start`: the API (with its embedded PGlite and demo data), the dashboard, the widget demo
 * page and a local mail catcher that the API sends all mail and texts (SMS_URL) to, in one terminal. Prints the URLs
 * once all answer; Ctrl-C stops them all.
 * Ports: API_PORT (4000), DASHBOARD_PORT (4200), WIDGET_PORT (4300), MAIL_SMTP_PORT (1025),
 * MAIL_WEB_PORT (1080; texts are posted to /sms there).
 * `npm start -- --fresh-database`: with DATABASE_URL, a new database on that server for this run,
 * dropped when it stops, so that tests and journeys always meet the demo data loaded as they start.
 * `npm start -- --built`: the dashboard built and served as a deployment serves it (its Content
 * Security Policy included), instead of Vite's dev server, which sends every page of a new browser
 * its modules one by one (about 240). The Playwright journeys use it.
 * Either way the widget is built first (into tmp/widget-built), for the API to serve at
 * /widget/groupfinder-widget.js: the script embeds' snippets load.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@groupfinder/domain';
import { Client } from 'pg';

const root = path.resolve(__dirname, '../..');
const apiPort = process.env.API_PORT || '4000';
const dashboardPort = process.env.DASHBOARD_PORT || '4200';
const widgetPort = process.env.WIDGET_PORT || '4300';
const mailSmtpPort = process.env.MAIL_SMTP_PORT || '1025';
const mailWebPort = process.env.MAIL_WEB_PORT || '1080';
const apiUrl = `http://localhost:${apiPort}/graphql`;

interface Service {
  name: string;
  args: string[];
  cwd: string;
  /** Answers once the service is ready. */
  readyUrl: string;
  env?: NodeJS.ProcessEnv;
}

const vite = path.join(root, 'node_modules/vite/bin/vite.js');
const built = process.argv.includes('--built');
const dashboardDir = path.join(root, 'apps/dashboard');
// Outside dist/, which `npm run build` owns; Vite's preview serves it with the dev server's proxy to the API.
const builtDashboardDir = path.join(root, 'tmp/dashboard-built');
const builtWidgetDir = path.join(root, 'tmp/widget-built');
const services: Service[] = [
  // Its own process, since tools may not import the API's code; loopback only.
  {
    name: 'mail',
    args: ['-r', '@swc-node/register', 'src/mail/serve-mail-catcher.ts', '--smtp-port', mailSmtpPort, '--web-port', mailWebPort],
    cwd: path.join(root, 'apps/api'),
    readyUrl: `http://127.0.0.1:${mailWebPort}/messages`,
  },
  {
    name: 'api',
    args: ['-r', '@swc-node/register', 'src/main.ts'],
    cwd: path.join(root, 'apps/api'),
    readyUrl: `http://localhost:${apiPort}/health`,
    env: {
      SMTP_URL: `smtp://127.0.0.1:${mailSmtpPort}`,
      SMS_URL: `http://127.0.0.1:${mailWebPort}/sms`,
      DASHBOARD_URL: process.env.DASHBOARD_URL || `http://localhost:${dashboardPort}`,
      WIDGET_DIR: process.env.WIDGET_DIR || builtWidgetDir,
    },
  },
  {
    name: 'dashboard',
    args: built ? [vite, 'preview', '--outDir', builtDashboardDir, '--port', dashboardPort, '--strictPort'] : [vite, '--port', dashboardPort, '--strictPort'],
    cwd: dashboardDir,
    readyUrl: `http://localhost:${dashboardPort}/`,
  },
  { name: 'widget', args: [vite, '--port', widgetPort, '--strictPort'], cwd: path.join(root, 'apps/widget'), readyUrl: `http://localhost:${widgetPort}/` },
];

const children: ChildProcess[] = [];
let stopping = false;
/** Drops the run's own database (--fresh-database), once everything using it has stopped. */
let dropDatabase: (() => Promise<void>) | undefined;

async function onServer<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the server of `url`, for this run only. */
async function freshDatabase(url: string): Promise<string> {
  const name = `groupfinder_run_${process.pid}_${Date.now()}`;
  await onServer(url, (client) => client.query(`CREATE DATABASE ${name}`));
  dropDatabase = () => onServer(url, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined);
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return fresh.toString();
}

function prefixed(name: string, chunk: Buffer, write: (line: string) => void) {
  for (const line of chunk.toString().split('\n')) if (line.trim()) write(`[${name}] ${line.replace(/^\[\w+\] /, '')}\n`);
}

function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const deadline = setTimeout(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  }, 5000);
  void Promise.all(children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null)))
    .then(() => dropDatabase?.())
    .catch((error: unknown) => console.error(`[start] could not drop the run's database: ${error instanceof Error ? error.message : String(error)}`))
    .finally(() => {
      clearTimeout(deadline);
      process.exit(code);
    });
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`stopped before ${url} answered`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within 2 minutes`);
}

function launch(service: Service): ChildProcess {
  const child = spawn(process.execPath, service.args, {
    cwd: service.cwd,
    env: { ...process.env, API_PORT: apiPort, API_URL: apiUrl, ...service.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => prefixed(service.name, chunk, (line) => process.stdout.write(line)));
  child.stderr?.on('data', (chunk: Buffer) => prefixed(service.name, chunk, (line) => process.stderr.write(line)));
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[start] ${service.name} stopped (exit ${code}); stopping the others`);
      stopAll(1);
    }
  });
  children.push(child);
  return child;
}

/** A production build of an app into `outDir` (the dashboard for --built; the widget always, for the API to serve). */
function build(name: string, cwd: string, outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, API_URL: apiUrl } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the ${name}'s build failed (exit ${code})`))));
  });
}

async function main() {
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
  const [mail, api, ...apps] = services as [Service, Service, ...Service[]];
  if (process.argv.includes('--fresh-database') && process.env.DATABASE_URL) api.env = { ...api.env, DATABASE_URL: await freshDatabase(process.env.DATABASE_URL) };
  // The API (and the catcher it mails to) first: on a fresh machine it creates the database and loads the demo data.
  await Promise.all([
    ...[mail, api].map((service) => waitFor(service.readyUrl, launch(service))),
    build('widget', path.join(root, 'apps/widget'), builtWidgetDir),
    built ? build('dashboard', dashboardDir, builtDashboardDir) : null,
  ]);
  await Promise.all(apps.map((app) => waitFor(app.readyUrl, launch(app))));
  console.log(
    [
      '',
      'groupfinder is running:',
      `  ${'Widget demo page'.padEnd(20)}  http://localhost:${widgetPort}/`,
      `  ${'Dashboard'.padEnd(20)}  http://localhost:${dashboardPort}/`,
      `  ${'GraphQL API'.padEnd(20)}  ${apiUrl}`,
      `  ${'Widget script'.padEnd(20)}  http://localhost:${apiPort}/widget/groupfinder-widget.js`,
      `  ${'Mail (local catcher)'.padEnd(20)}  http://localhost:${mailWebPort}/`,
      `  ${'SMS (local catcher)'.padEnd(20)}  http://localhost:${mailWebPort}/sms`,
      ...demoAccountLines(),
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

/** The demo accounts to sign in to the dashboard with, when the demo data is loaded (the API makes them with it). */
function demoAccountLines(): string[] {
  if (['0', 'false', 'no'].includes((process.env.DEMO_DATA ?? '').toLowerCase())) return [];
  return [
    '',
    `Sign in to the dashboard as one of these (password ${DEMO_PASSWORD}):`,
    ...DEMO_ACCOUNTS.map((account) => `  ${account.email.padEnd(40)}  ${account.role}: ${account.scope}`),
    '',
  ];
}

main().catch((error: unknown) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  stopAll(1);
});
