import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { LIMITS } from '@groupfinder/domain';
import { negotiateLocale, translate, type Locale } from '@groupfinder/translations';
import { LRUCache } from 'lru-cache';
import express, { type ErrorRequestHandler } from 'express';
import Negotiator from 'negotiator';
import type { DataSource, EntityManager } from 'typeorm';
import type { Context } from '../kernel/context';
import { calendarRoute } from '../calendar/calendar.route';
import { EmbedDirectory, embedGate, embedOf } from '../embeds/embed-access';
import { accessibilityStatementRoute, framePageRoute, widgetScriptRoute } from '../embeds/embed-pages';
import { serverUrl } from './address';
import { PATIENT_TIMEOUTS, type RequestTimeouts } from '../database/unavailable';
import { errorLocale, formatError } from './format-error';
import { healthRoutes } from './health';
import { httpExchange } from './http-exchange';
import { cacheControlPlugin, PersistedOperations, ResponseCache } from './public-cache';
import { requestLimitsPlugin, PARSE_OPTIONS, responseSizeCap, VALIDATION_RULES } from './limits';
import { loadShedding, type LoadSheddingOptions } from './load-shedding';
import { createMetrics, startMetricsServer } from './metrics';
import { observed, observePlugin, observeRequests } from './observe';
import { localePlugin } from './plugins/locale.plugin';
import { unitOfWorkPlugin } from './plugins/unit-of-work.plugin';
import { inUnitOfWork } from './unit-of-work';
import { FACETS_STATEMENT_TIMEOUT_MS } from '../groups/group.service';
import { rateLimit, type RateLimitOptions } from './rate-limit';
import { createResolvers, createSchema, type ServiceOptions } from './schema';
import { publicCors, securityHeaders, sessionOriginGuard } from './security';

export interface ApiServerOptions {
  dataSource: DataSource;
  /** 0 picks a free port (tests). */
  port: number;
  /** Introspection is off in production. */
  production: boolean;
  /** Config.countCacheSeconds; default 0 (count every time). */
  countCacheSeconds?: number;
  /** Config.facetsWaitMs; default null (a search counts its facets in its own transaction). */
  facetsWaitMs?: number | null;
  /** The clock every request reads (tests and CLOCK_NOW fix it); default the real time. */
  now?: () => Date;
  /**
   * Which proxies' X-Forwarded-For names the client (Express's `trust proxy`): the client's address
   * is a rate-limit key. Default 'loopback': the dashboard's dev server, or a proxy on this machine.
   */
  trustProxy?: string | number;
  /** The largest answer sent, in bytes; default LIMITS.responseMaxBytes (tests lower it). */
  responseMaxBytes?: number;
  /** Requests per client address and minute on /graphql (429 beyond); omitted: no limit (tests, the benchmark). */
  rateLimit?: RateLimitOptions;
  /** When /graphql answers 503 at once instead of queueing; omitted: never. */
  loadShedding?: LoadSheddingOptions;
  /** The address to listen on (HOST); default loopback. */
  host?: string;
  /** Prometheus metrics on a port of their own (METRICS_PORT; 0 picks a free one), on the same host; omitted: none. */
  metricsPort?: number;
  /** Jobs waiting in each queue, for the metrics; omitted when this process runs no jobs. */
  queueSizes?: () => Promise<Record<string, number>>;
  /** How long a request waits for the database before it answers 503 (DB_CONNECT_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS); /ready too. */
  databaseTimeouts?: RequestTimeouts;
  /** On stop, how long requests in flight may take to finish before they are cut (SHUTDOWN_GRACE_SECONDS); default 10. */
  shutdownGraceSeconds?: number;
  /** How long caches may keep a public GET answer (PUBLIC_MAX_AGE_SECONDS); default 0: not at all. */
  publicMaxAgeSeconds?: number;
  /** How long this process answers the same public GET search from memory (RESPONSE_CACHE_SECONDS); default 0: never. */
  responseCacheSeconds?: number;
  /** The API's public address (PUBLIC_URL), which embeds' snippets point to; default the address it listens on. */
  publicUrl?: string;
  /** How long this process keeps an embed it looked up (EMBED_CACHE_SECONDS); default 30. */
  embedCacheSeconds?: number;
  /** The built widget (WIDGET_DIR), served at /widget/groupfinder-widget.js; omitted: not served. */
  widgetDir?: string;
  /** Where the accessibility statement (/accessibility/<lang>) asks readers to write (ACCESSIBILITY_EMAIL). */
  accessibilityEmail?: string;
  /** Sessions, mail and the rest the services need. */
  services: ServiceOptions;
}

export interface ApiServer {
  url: string;
  /** Where GET /metrics answers, when metricsPort was given. */
  metricsUrl?: string;
  stop(): Promise<void>;
}

const notYet = () => {
  throw new Error('The unit of work has not begun');
};

/** The locale each Accept-Language header seen names: browsers send a few hundred different ones, and each request asks several times. */
const localesByHeader = new LRUCache<string, Locale>({ max: 1_000 });

function localeOf(request: express.Request): Locale {
  const header = request.headers['accept-language'] ?? '';
  let locale = localesByHeader.get(header);
  if (locale === undefined) {
    locale = negotiateLocale(new Negotiator(request).languages());
    localesByHeader.set(header, locale);
  }
  return locale;
}

/** Errors before GraphQL runs (body too large, broken JSON) still answer in GraphQL's shape. */
const requestErrors: ErrorRequestHandler = (error: { type?: string; status?: number }, request, response, next) => {
  if (response.headersSent) return next(error);
  const code = error.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
  response
    .status(error.status ?? 400)
    .json({ errors: [{ message: translate(localeOf(request), `error.${code}`), extensions: { code } }] });
};

/** HTTP + GraphQL: CORS open for embeds, limits on size and depth, errors translated. */
export async function startApiServer({ dataSource, port, production, countCacheSeconds = 0, facetsWaitMs = null, now = () => new Date(), trustProxy = 'loopback', responseMaxBytes = LIMITS.responseMaxBytes, rateLimit: rateLimitOptions = { perMinute: 0 }, loadShedding: loadSheddingOptions = { maxInFlight: 0, maxEventLoopDelayMs: 0 }, host = '127.0.0.1', metricsPort, queueSizes, databaseTimeouts = PATIENT_TIMEOUTS, shutdownGraceSeconds = 10, publicMaxAgeSeconds = 0, responseCacheSeconds = 0, publicUrl, embedCacheSeconds = 30, widgetDir, accessibilityEmail = 'accessibility@groupfinder.localhost', services }: ApiServerOptions): Promise<ApiServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  const metrics = metricsPort === undefined ? null : createMetrics({ dataSource, queueSizes });
  // Every answer is logged (and counted) and carries the security headers, refusals included.
  app.use(observeRequests(metrics), securityHeaders({ production }));
  const httpServer: Server = createServer(app);
  const answers = new ResponseCache(responseCacheSeconds);
  const persisted = new PersistedOperations();
  // Facets counted beside the searches, as nobody in particular, with time enough for a search through every group.
  const counting = new Set<Promise<unknown>>();
  const separately = <T>(work: (db: EntityManager) => Promise<T>): Promise<T> => {
    const run = inUnitOfWork(dataSource, { ...databaseTimeouts, statementTimeoutMs: FACETS_STATEMENT_TIMEOUT_MS }, work);
    counting.add(run);
    void run.catch(() => undefined).finally(() => counting.delete(run));
    return run;
  };
  const embeds = new EmbedDirectory(dataSource, databaseTimeouts, embedCacheSeconds);
  // Filled in once the server listens, when PUBLIC_URL is not given.
  const embedLinks = { publicUrl: publicUrl ?? '' };
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(
      createResolvers({ ...services, countCacheSeconds, facets: { waitMs: facetsWaitMs, separately }, embedLinks, embedChanged: (key) => embeds.forget(key) }),
    ),
    introspection: !production,
    allowBatchedHttpRequests: false,
    // GET requests may name an operation of ours by its hash (public-cache.ts); nobody can register more.
    persistedQueries: { cache: persisted },
    // Apollo's guard would make the widget's GET preflighted, so uncacheable by the browser. The same
    // protection instead: a GET runs no mutation (Apollo) and carries no session (http-exchange.ts),
    // and a POST needs a JSON body, which no cross-site form can send without a preflight.
    csrfPrevention: false,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the shutdown: Apollo's own signal handlers would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    formatError,
    parseOptions: PARSE_OPTIONS,
    validationRules: VALIDATION_RULES,
    // "Did you mean ...?" would list the schema's fields to anyone who guesses: off in production.
    hideSchemaDetailsFromClientErrors: production,
    // No cache hints are used; the cache-control plugin would otherwise wrap every field's resolver.
    plugins: [
      // Stops taking connections at once, then waits for the requests in flight, for the grace at most.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: shutdownGraceSeconds * 1000 }),
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing pages (on GET with Accept: text/html) load Apollo's scripts from its CDN: none, anywhere.
      ApolloServerPluginLandingPageDisabled(),
      observePlugin(),
      requestLimitsPlugin(),
      cacheControlPlugin(publicMaxAgeSeconds, answers, persisted),
      localePlugin(),
      unitOfWorkPlugin({ dataSource, sessions: services.sessions, timeouts: databaseTimeouts }),
    ],
  });
  await apollo.start();

  // Only /graphql is shed and limited: the probes say whether the process lives and reaches its database, busy or not.
  const shedder = loadShedding(loadSheddingOptions, (request) => translate(localeOf(request), 'error.OVERLOADED'));
  const limiter = await rateLimit(rateLimitOptions, (request, seconds) => translate(localeOf(request), 'error.RATE_LIMITED', { seconds }));
  app.use(healthRoutes(dataSource, databaseTimeouts.connectTimeoutMs));
  // Embeds: the widget's script for every site, and the frame page for CMSs that strip scripts.
  if (widgetDir) app.use(widgetScriptRoute(widgetDir));
  app.use(accessibilityStatementRoute({ email: accessibilityEmail, localeOf }));
  app.get('/embed/:key', shedder.middleware, limiter.middleware, framePageRoute(embeds, { dashboardUrl: services.dashboardUrl, localeOf }));
  // A group's meetings for calendar programs: public, shed and limited as /graphql is.
  app.get(
    '/calendar/groups/:file',
    publicCors(),
    shedder.middleware,
    limiter.middleware,
    calendarRoute({ dataSource, timeouts: databaseTimeouts, now, localeOf, publicMaxAgeSeconds }),
  );
  app.use(
    '/graphql',
    // Kept by no cache unless an answer says otherwise (cacheControlPlugin): refusals and Apollo's own 400s included.
    (_request, response, next) => {
      response.set('Cache-Control', 'no-store');
      next();
    },
    // The widget is embedded on any site and sends no credentials; the dashboard's cookie counts only from its origin.
    publicCors(),
    sessionOriginGuard(services.dashboardUrl),
    // Both refuse before the body is read: shedding first, as it needs no store.
    shedder.middleware,
    limiter.middleware,
    // `?embed=<key>`: only the embed's sites, and only its groups (after the limits: a made-up key costs a lookup).
    embedGate(embeds, localeOf),
    answers.middleware(localeOf),
    express.json({ limit: LIMITS.requestBodyMaxBytes }),
    responseSizeCap(responseMaxBytes, (request) => translate(localeOf(request), 'error.RESPONSE_TOO_LARGE')),
    (request, _response, next) => errorLocale.run(localeOf(request), next),
    expressMiddleware(apollo, {
      // db, asSystem and becomeViewer are bound by the unit-of-work plugin before any resolver runs.
      context: async ({ req, res }): Promise<Context> => {
        const requestNow = now();
        const context: Context = {
          locale: localeOf(req),
          viewer: null,
          now: requestNow,
          http: httpExchange(req, res, requestNow),
          db: undefined as never,
          asSystem: notYet,
          becomeViewer: notYet,
          embed: embedOf(req),
        };
        return observed(context, req);
      },
    }),
  );
  app.use(requestErrors);
  // Anything else: a 404 in words the caller reads, not Express's English page.
  app.use((request, response) => {
    response.status(404).set('Cache-Control', 'no-store').type('text/plain').send(translate(localeOf(request), 'error.NOT_FOUND'));
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, resolve);
  });
  const { port: actualPort } = httpServer.address() as AddressInfo;
  embedLinks.publicUrl ||= new URL(serverUrl(host, actualPort, '/')).origin;
  const metricsServer = metrics && metricsPort !== undefined ? await startMetricsServer(metrics, { host, port: metricsPort }) : null;
  return {
    url: serverUrl(host, actualPort, '/graphql'),
    metricsUrl: metricsServer?.url,
    stop: async () => {
      await apollo.stop();
      // Their connections are the pool's, closed after the server: they finish first, within the grace.
      await Promise.race([Promise.allSettled(counting), delay(shutdownGraceSeconds * 1000, undefined, { ref: false })]);
      await metricsServer?.stop();
      shedder.close();
      await limiter.close();
    },
  };
}
