/** The GraphQL endpoint, replaced at build time by Vite's `define` (see vite.config.mts). */
declare const __GROUPFINDER_API_URL__: string;
