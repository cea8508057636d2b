/**
 * `npm run bench:widget`: what a municipality's visitor downloads and waits for (issue 12).
 *
 * Builds the widget bundle as the README says (`vite build`), prints its size raw and gzipped
 * against the 60 kB budget, then starts the API (embedded PGlite with the demo data) and a plain
 * municipality page that embeds the built bundle, both on loopback, and runs Lighthouse 12.2.3
 * (Node 20; newer ones need Node 22) on that page with Debian's Chromium as a phone on a slow 4G
 * network (Lighthouse's mobile settings, the throttling applied by DevTools so that the widget's
 * own User Timing mark is slowed down too): performance and accessibility scores, FCP, LCP, TBT,
 * CLS, and the time to the first results shown (the mark `groupfinder:first-results`). Each figure
 * is the median of `--runs` runs (default 3). The page is served by this process, so Lighthouse
 * runs as a child process that does not block it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { freePort } from '../scripts/ports';

const ROOT = path.resolve(__dirname, '../..');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');
const LIGHTHOUSE = path.join(ROOT, 'node_modules/lighthouse/cli/index.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The widget's budget, all in (issue 12). */
const BUDGET_GZIP_BYTES = 60 * 1024;
/** The mark GroupFinder.tsx sets when the first results show. */
const FIRST_RESULTS_MARK = 'groupfinder:first-results';

const runs = Number(/^--runs=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith('--runs=')) ?? '')?.[1] ?? 3);

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function buildWidget(outDir: string): Buffer {
  const build = spawnSync(process.execPath, [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: path.join(ROOT, 'apps/widget'), stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`the widget's build failed (exit ${build.status})`);
  return readFileSync(path.join(outDir, 'groupfinder-widget.js'));
}

/** The API as `npm start` runs it: embedded PGlite in memory, demo data, loopback. */
async function startApi(port: number): Promise<ChildProcess> {
  const api = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: path.join(ROOT, 'apps/api'),
    env: { ...process.env, API_PORT: String(port), PGLITE_DATA_DIR: 'memory://', DATABASE_URL: '', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 600; attempt++) {
    if (api.exitCode !== null) throw new Error(`the API stopped (exit ${api.exitCode})`);
    if (await fetch(`http://127.0.0.1:${port}/health`).then((response) => response.ok, () => false)) return api;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the API did not answer within 2 minutes');
}

/** A municipality's page with the snippet of the README, serving the built bundle gzipped, as a web server would. */
function servePage(port: number, bundle: Buffer, apiPort: number): Promise<Server> {
  const page = `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Selvhjælpsgrupper – Gladsaxe Kommune</title></head>
<body><main><h1>Find en selvhjælpsgruppe</h1>
<script src="/groupfinder-widget.js" defer></script>
<div data-groupfinder data-municipality="159" data-api="http://127.0.0.1:${apiPort}/graphql"></div>
</main></body></html>`;
  const gzipped = gzipSync(bundle, { level: 9 });
  const server = createServer((request, response) => {
    if (request.url === '/groupfinder-widget.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'content-encoding': 'gzip', 'content-length': gzipped.length, 'cache-control': 'max-age=3600', connection: 'close' });
      response.end(gzipped);
    } else if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(page), connection: 'close' });
      response.end(page);
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

interface LighthouseFigures {
  performance: number;
  accessibility: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  firstResults: number;
}

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: { items?: { name: string; startTime: number }[] } }>;
  runtimeError?: { message: string };
}

/** One Lighthouse run; asynchronous, since the page it loads is served by this very process. */
async function lighthouse(url: string, reportFile: string): Promise<LighthouseFigures> {
  const run = spawn(
    process.execPath,
    [
      LIGHTHOUSE,
      url,
      '--output=json',
      `--output-path=${reportFile}`,
      '--quiet',
      '--only-categories=performance,accessibility',
      '--throttling-method=devtools',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync',
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let errors = '';
  run.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)));
  const code = await new Promise<number | null>((resolve) => run.once('exit', resolve));
  if (code !== 0) throw new Error(`Lighthouse failed (exit ${code}): ${errors}`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
  const value = (audit: string) => report.audits[audit]?.numericValue ?? NaN;
  const mark = report.audits['user-timings']?.details?.items?.find((item) => item.name === FIRST_RESULTS_MARK);
  return {
    performance: Math.round((report.categories['performance']?.score ?? NaN) * 100),
    accessibility: Math.round((report.categories['accessibility']?.score ?? NaN) * 100),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    firstResults: mark?.startTime ?? NaN,
  };
}

async function main() {
  const outDir = mkdtempSync(path.join(tmpdir(), 'groupfinder-widget-'));
  let api: ChildProcess | undefined;
  let server: Server | undefined;
  try {
    const bundle = buildWidget(outDir);
    const gzipped = gzipSync(bundle, { level: 9 }).length;
    console.log('\n== The widget bundle (apps/widget, vite build)');
    console.log(`| file | raw | gzip | budget (gzip) | within |`);
    console.log(`|:--|--:|--:|--:|:--|`);
    console.log(`| groupfinder-widget.js | ${kB(bundle.length)} | ${kB(gzipped)} | ${kB(BUDGET_GZIP_BYTES)} | ${gzipped <= BUDGET_GZIP_BYTES ? 'yes' : 'no'} |`);

    const [apiPort, pagePort] = [await freePort(), await freePort()];
    api = await startApi(apiPort);
    server = await servePage(pagePort, bundle, apiPort);
    process.stderr.write(`the API and the page are up; Lighthouse runs ${runs} times\n`);
    const results: LighthouseFigures[] = [];
    for (let run = 1; run <= runs; run++) {
      results.push(await lighthouse(`http://127.0.0.1:${pagePort}/`, path.join(outDir, 'lighthouse.json')));
      process.stderr.write(`lighthouse run ${run} of ${runs} done\n`);
    }
    const figure = (key: keyof LighthouseFigures) => median(results.map((result) => result[key]));
    const ms = (key: keyof LighthouseFigures) => `${Math.round(figure(key)).toLocaleString('en')} ms`;
    console.log(`\n== Lighthouse 12.2.3 on a municipality page with the built widget (mobile: slow 4G and a 4× slower CPU applied by DevTools; median of ${runs})`);
    console.log(`| performance | accessibility | FCP | LCP | TBT | CLS | first results shown |`);
    console.log(`|--:|--:|--:|--:|--:|--:|--:|`);
    console.log(`| ${figure('performance')} | ${figure('accessibility')} | ${ms('fcp')} | ${ms('lcp')} | ${ms('tbt')} | ${figure('cls').toFixed(3)} | ${ms('firstResults')} |`);
  } finally {
    server?.close();
    api?.kill('SIGTERM');
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
