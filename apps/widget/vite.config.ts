import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { isWidgetMessage } from './src/messages.ts';

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

/**
 * The five catalogs hold every message of the product; the widget shows a few of them
 * (src/messages.ts, which also narrows the type of the widget's `t`, so that using another is a
 * type error). This keeps only those in each catalog module, in dev as in the build, and keeps
 * the dashboard's and the API's texts off municipalities' pages (about a quarter of the bundle).
 * It runs after TypeScript is stripped, when a catalog module is one plain object literal.
 */
function widgetMessagesOnly(): Plugin {
  return {
    name: 'groupfinder:widget-messages-only',
    enforce: 'post',
    transform(code, id) {
      const locale = /[\\/]libs[\\/]translations[\\/]src[\\/]locales[\\/](\w+)\.ts$/.exec(id.split('?')[0] ?? '')?.[1];
      if (!locale) return null;
      const declaration = code.search(new RegExp(`export\\s+const\\s+${locale}\\b`));
      const start = declaration < 0 ? -1 : code.indexOf('{', declaration);
      const end = code.lastIndexOf('}');
      if (start < 0 || end < start) this.error(`${id}: expected "export const ${locale} = { ... }"`);
      // Our own source, evaluated at build time only: a literal of strings, no code.
      const catalog = new Function(`return (${code.slice(start, end + 1)});`)() as Record<string, string>;
      const kept = Object.fromEntries(Object.entries(catalog).filter(([key]) => isWidgetMessage(key)));
      return { code: `export const ${locale} = ${JSON.stringify(kept)};\n`, map: null };
    },
  };
}

export default defineConfig(({ command }) => ({
  // React's Fast Refresh cannot patch Preact components: edits reload the page instead.
  plugins: [react({ refreshExclude: /./ }), widgetMessagesOnly()],
  resolve: { alias: preactAliases },
  define: {
    // The endpoint the bundle talks to unless a mount element says otherwise (`data-api`).
    __GROUPFINDER_API_URL__: JSON.stringify(process.env['API_URL'] ?? 'http://localhost:4000/graphql'),
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
      // Required for IIFE; with no exports from embed.tsx no variable is declared: nothing becomes
      // global but the <groupfinder-finder> element's name.
      name: 'groupfinderWidget',
      fileName: () => 'groupfinder-widget.js',
    },
    sourcemap: true,
    reportCompressedSize: true,
  },
}));
