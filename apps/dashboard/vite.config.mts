import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const port = Number(process.env.DASHBOARD_PORT ?? 4200);

export default defineConfig({
  plugins: [react()],
  // Replaced at build time; declared for TypeScript in src/env.d.ts.
  define: {
    __GROUPFINDER_API_URL__: JSON.stringify(process.env.API_URL ?? 'http://localhost:4000/graphql'),
  },
  server: { port, strictPort: true },
  preview: { port, strictPort: true },
  build: { outDir: 'dist', sourcemap: true },
});
