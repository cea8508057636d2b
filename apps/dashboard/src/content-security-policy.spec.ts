import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dashboard = path.resolve(__dirname, '..');
/** The API the build is made for (API_URL): the only origin the dashboard frames, an embed's preview. */
const API_ORIGIN = 'https://api.example.org';
const root = path.resolve(dashboard, '../..');

/** The dashboard's production build (vite.config.mts puts its Content Security Policy in index.html). */
describe('the dashboard’s Content Security Policy', () => {
  let outDir: string;
  let html: string;
  let policy: string;

  beforeAll(() => {
    outDir = mkdtempSync(path.join(tmpdir(), 'dashboard-csp-'));
    execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: dashboard,
      stdio: 'pipe',
      env: { ...process.env, API_URL: `${API_ORIGIN}/graphql` },
    });
    html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    policy = (/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '').replaceAll('&#39;', "'");
  }, 120_000);

  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
  });

  it('comes first in the built page’s head, so that it covers every script and stylesheet', () => {
    const head = html.slice(html.indexOf('<head>') + '<head>'.length).trimStart();
    expect(head.startsWith('<meta http-equiv="Content-Security-Policy"')).toBe(true);
  });

  it('allows only the page’s own files and origin, and frames of the API’s: nothing inline, no eval, nothing from elsewhere', () => {
    expect(policy.split('; ')).toEqual([
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      `frame-src ${API_ORIGIN}`,
      "manifest-src 'self'",
      "base-uri 'none'",
      "form-action 'self'",
    ]);
  });

  it('lets the built page load: its scripts and styles are files of its own, none inline', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.map(([, attributes = '', body]) => ({ src: /\bsrc="\/assets\/[^"]+\.js"/.test(attributes), body }))).toEqual(scripts.map(() => ({ src: true, body: '' })));
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
    const links = [...html.matchAll(/<link\b[^>]*\bhref="([^"]+)"/g)].map(([, href = '']) => href);
    expect(links.filter((href) => !href.startsWith('/assets/') && !href.startsWith('data:'))).toEqual([]);
    const code = readFileSync(path.join(outDir, 'assets', /src="\/assets\/([^"]+\.js)"/.exec(html)?.[1] ?? ''), 'utf8');
    expect(code).not.toMatch(/\bnew Function\(|\beval\(/);
  });

  it('is given in README (Deploy) as a header too, which alone can forbid framing', () => {
    const written = policy.replace(API_ORIGIN, 'https://YOUR-API');
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toContain(`\`Content-Security-Policy: ${written}; frame-ancestors 'none'\``);
  });
});
