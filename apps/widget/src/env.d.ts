/** The GraphQL endpoint the bundle was built for (vite.config.ts: `API_URL`); `data-api` overrides it. */
declare const __GROUPFINDER_API_URL__: string;

