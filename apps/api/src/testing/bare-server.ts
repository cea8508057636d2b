import { SessionService } from '../auth/session.service';
import { createThrottle } from '../auth/throttle';
import { createMailer } from '../mail/mailer';
import { startApiServer, type ApiServer, type ApiServerOptions } from '../server/server';
import { testKeyRing } from '../privacy/testing';
import type { TestDatabase } from './test-api';

/** What a test reads of an answer: its status, its headers and its body. */
export interface Answer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions: { code: string } }[] };
}

export interface BareServer {
  url: string;
  /** POSTs `{ topics { code } }`, a public query that reads no data, with these headers. */
  ask(headers?: Record<string, string>): Promise<Answer>;
  /** GETs /health. */
  health(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Another API server on a free port over a test database, with options of its own (the HTTP
 * layer's limits): several can share one database, as several processes of the API share one.
 * It sends no mail and signs nobody in.
 */
export async function startBareServer(db: TestDatabase, options: Partial<Pick<ApiServerOptions, 'rateLimit' | 'loadShedding' | 'trustProxy'>>): Promise<BareServer> {
  const throttle = createThrottle();
  // Never used: nothing here sends mail. Port 9 (discard) on loopback, should it ever be.
  const mailer = createMailer({ smtpUrl: 'smtp://127.0.0.1:9', from: 'groupfinder <no-reply@groupfinder.localhost>' });
  const server: ApiServer = await startApiServer({
    dataSource: db.dataSource,
    port: 0,
    production: false,
    ...options,
    services: { sessions: new SessionService({ idleMinutes: 60, absoluteHours: 12 }), mailer, dashboardUrl: 'http://dashboard.test', throttle, keys: testKeyRing() },
  });
  return {
    url: server.url,
    async ask(headers = {}) {
      const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ topics { code } }' }) });
      return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
    },
    async health() {
      const response = await fetch(server.url.replace(/\/graphql$/, '/health'));
      await response.body?.cancel();
      return response.status;
    },
    async stop() {
      await server.stop();
      await throttle.close();
      mailer.close();
    },
  };
}

/**
 * Calls `attempt` until `done` holds for its result, every 50 ms, for `seconds` at most; returns the
 * last result for the test to assert on. For what happens soon but not at a known instant (a
 * connection noticed lost, a window of the event loop's delay passed); never a measure of speed.
 */
export async function eventually<T>(attempt: () => Promise<T>, done: (result: T) => boolean, seconds = 15): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  let result = await attempt();
  while (!done(result) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    result = await attempt();
  }
  return result;
}
