import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';

const port = Number(process.env.DASHBOARD_PORT ?? 4200);
const apiUrl = new URL(process.env.API_URL ?? 'http://localhost:4000/graphql');

/**
 * The dashboard talks to /graphql on its own origin and the server forwards it to the API, so the
 * session cookie is first-party (SameSite=Strict, `__Host-`). The client's address goes along in
 * X-Forwarded-For.
 */
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiUrl.origin, rewrite: (path) => path.replace(/^\/graphql/, apiUrl.pathname), xfwd: true },
};

/**
 * The dashboard's Content Security Policy: its own scripts and styles only (the build inlines
 * none), its own images and `data:` (the favicon, the second factor's QR code), requests to its own
 * origin only (`/graphql`), and frames of the API's origin only (an embed's preview, its page
 * `/embed/<key>`, which lets the dashboard frame it). README "Deploy" gives the same as a header,
 * with `frame-ancestors 'none'`, which a <meta> cannot carry; src/content-security-policy.spec.ts
 * checks both against the build.
 */
const CONTENT_SECURITY_POLICY = `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src ${apiUrl.origin}; manifest-src 'self'; base-uri 'none'; form-action 'self'`;

/**
 * Puts the policy first in the built index.html, so that it covers every script and stylesheet
 * whatever web server serves the files. Not in development: Vite's dev server adds an inline
 * script (React Refresh), <style> elements and an HMR WebSocket, all of which the policy refuses.
 */
const contentSecurityPolicy: Plugin = {
  name: 'groupfinder-content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicy],
  server: { port, strictPort: true, proxy },
  preview: { port, strictPort: true, proxy },
  build: { outDir: 'dist', sourcemap: true },
});
