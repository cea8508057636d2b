import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { LIMITS } from '@groupfinder/domain';
import { negotiateLocale, translate } from '@groupfinder/translations';
import cors from 'cors';
import express, { type ErrorRequestHandler } from 'express';
import Negotiator from 'negotiator';
import type { DataSource } from 'typeorm';
import type { Context } from '../kernel/context';
import { AppError } from '../kernel/errors';
import { formatError } from './format-error';
import { httpExchange } from './http-exchange';
import { localePlugin } from './plugins/locale.plugin';
import { unitOfWorkPlugin } from './plugins/unit-of-work.plugin';
import { createResolvers, createSchema, type ServiceOptions } from './schema';

export interface ApiServerOptions {
  dataSource: DataSource;
  /** 0 picks a free port (tests). */
  port: number;
  /** Introspection is off in production. */
  production: boolean;
  /** Config.countCacheSeconds; default 0 (count every time). */
  countCacheSeconds?: number;
  /** The clock every request reads (tests and CLOCK_NOW fix it); default the real time. */
  now?: () => Date;
  /**
   * Which proxies' X-Forwarded-For names the client (Express's `trust proxy`): the client's address
   * is a rate-limit key. Default 'loopback': the dashboard's dev server, or a proxy on this machine.
   */
  trustProxy?: string | number;
  /** Sessions, mail and the rest the services need. */
  services: ServiceOptions;
}

export interface ApiServer {
  url: string;
  stop(): Promise<void>;
}

const notYet = () => {
  throw new Error('The unit of work has not begun');
};

function localeOf(request: express.Request) {
  return negotiateLocale(new Negotiator(request).languages());
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
export async function startApiServer({ dataSource, port, production, countCacheSeconds = 0, now = () => new Date(), trustProxy = 'loopback', services }: ApiServerOptions): Promise<ApiServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  const httpServer: Server = createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(createResolvers({ ...services, countCacheSeconds })),
    introspection: !production,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the shutdown: Apollo's own signal handlers would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    formatError,
    validationRules: [
      maxDepthRule({
        n: LIMITS.queryDepthMax,
        // Measure the shape of the response: colocated fragments must not count as extra levels.
        flattenFragments: true,
        propagateOnRejection: false,
        onReject: [(context, _error) => context?.reportError(new AppError('QUERY_TOO_DEEP', { max: LIMITS.queryDepthMax }))],
      }),
    ],
    // No cache hints are used; the cache-control plugin would otherwise wrap every field's resolver.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      localePlugin(),
      unitOfWorkPlugin({ dataSource, sessions: services.sessions }),
    ],
  });
  await apollo.start();

  app.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    // The widget is embedded on any site and sends no credentials.
    cors({ origin: '*', maxAge: 600 }),
    express.json({ limit: LIMITS.requestBodyMaxBytes }),
    expressMiddleware(apollo, {
      // db, asSystem and becomeViewer are bound by the unit-of-work plugin before any resolver runs.
      context: async ({ req, res }): Promise<Context> => {
        const requestNow = now();
        return {
          locale: localeOf(req),
          viewer: null,
          now: requestNow,
          http: httpExchange(req, res, requestNow),
          db: undefined as never,
          asSystem: notYet,
          becomeViewer: notYet,
        };
      },
    }),
  );
  app.use(requestErrors);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, '0.0.0.0', resolve);
  });
  const { port: actualPort } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${actualPort}/graphql`,
    stop: () => apollo.stop(),
  };
}
