import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The widget is written against React's API and runs on preact/compat (about a tenth of the
 * size). The aliases apply to the dev server as much as to the build, so what the browser tests
 * drive is what ships.
 */
const preactAliases = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

export default defineConfig(({ command }) => ({
  // React's Fast Refresh cannot patch Preact components: edits reload the page instead.
  plugins: [react({ refreshExclude: /./ })],
  resolve: { alias: preactAliases },
  define: {
    // The endpoint the bundle talks to unless a mount element says otherwise (`data-api`).
    __GROUPFINDER_API_URL__: JSON.stringify(process.env['API_URL'] ?? 'http://localhost:4000/graphql'),
    __GROUPFINDER_VERSION__: JSON.stringify(version),
    // Library mode does not replace it by itself; Preact and our code read it.
    ...(command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {}),
  },
  server: {
    port: Number(process.env['WIDGET_PORT'] ?? 4300),
    strictPort: true,
  },
  preview: {
    port: Number(process.env['WIDGET_PORT'] ?? 4300),
    strictPort: true,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    lib: {
      entry: 'src/embed.tsx',
      formats: ['iife'],
      // Required for IIFE; with no exports from embed.tsx no variable is declared: the only
      // global is window.groupfinder, which embed.tsx sets itself.
      name: 'groupfinderWidget',
      fileName: () => 'groupfinder-widget.js',
    },
    sourcemap: true,
    reportCompressedSize: true,
  },
}));
