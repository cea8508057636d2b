/** The GraphQL endpoint the bundle was built for (vite.config.ts: `API_URL`); `data-api` overrides it. */
declare const __GROUPFINDER_API_URL__: string;

/** The widget's version, from its package.json, exposed as `window.groupfinder.version`. */
declare const __GROUPFINDER_VERSION__: string;
