import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

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

export default defineConfig({
  plugins: [react()],
  server: { port, strictPort: true, proxy },
  preview: { port, strictPort: true, proxy },
  build: { outDir: 'dist', sourcemap: true },
});
