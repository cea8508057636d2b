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
import { requestScope } from './request-scope';
import { createResolvers, createSchema } from './schema';

export interface ApiServerOptions {
  dataSource: DataSource;
  /** 0 picks a free port (tests). */
  port: number;
  /** Introspection is off in production. */
  production: boolean;
  /** Config.countCacheSeconds; default 0 (count every time). */
  countCacheSeconds?: number;
}

export interface ApiServer {
  url: string;
  stop(): Promise<void>;
}

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
export async function startApiServer({ dataSource, port, production, countCacheSeconds = 0 }: ApiServerOptions): Promise<ApiServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer: Server = createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(createResolvers(dataSource, { countCacheSeconds })),
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
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  app.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    // The widget is embedded on any site and sends no credentials.
    cors({ origin: '*', maxAge: 600 }),
    (request, _response, next) => requestScope.run({ locale: localeOf(request) }, next),
    express.json({ limit: LIMITS.requestBodyMaxBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({ request: requestScope.getStore() ?? { locale: localeOf(req) }, viewer: null }),
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
