import { request, type ClientRequest } from 'node:http';
import { eventually, startBareServer, type Answer, type BareServer } from '../testing/bare-server';
import { startTestDatabase, type TestDatabase } from '../testing/test-api';

const QUERY = JSON.stringify({ query: '{ topics { code } }' });

/**
 * A request whose body comes slowly: its headers and half its body now, the rest when `finish`
 * is called. The server has taken it in (it is in flight) and cannot answer it before then.
 */
interface SlowRequest {
  /** Settles once its headers and half its body have left for the server. */
  sent: Promise<void>;
  /** Settles when the server answers: the status and Retry-After. */
  answer: Promise<{ status: number; retryAfter: string | undefined; body: Answer['body'] }>;
  answered: boolean;
  finish(): void;
  abort(): void;
}

function slowRequest(url: string, headers: Record<string, string> = {}): SlowRequest {
  const target = new URL(url);
  let outgoing: ClientRequest | undefined;
  let sent = () => undefined as void;
  const slow: SlowRequest = {
    sent: new Promise((resolve) => {
      sent = resolve;
    }),
    answered: false,
    answer: new Promise((resolve, reject) => {
      outgoing = request(
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(QUERY), ...headers } },
        (response) => {
          slow.answered = true;
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, retryAfter: response.headers['retry-after'], body: JSON.parse(Buffer.concat(chunks).toString()) as Answer['body'] }),
          );
        },
      );
      outgoing.on('error', reject);
      outgoing.flushHeaders();
      outgoing.write(QUERY.slice(0, 10), () => sent());
    }),
    finish: () => outgoing?.end(QUERY.slice(10)),
    abort: () => outgoing?.destroy(),
  };
  slow.answer.catch(() => undefined);
  return slow;
}

describe('load shedding', () => {
  let db: TestDatabase;
  let server: BareServer;

  beforeAll(async () => {
    db = await startTestDatabase();
  });

  afterEach(async () => {
    await server?.stop();
  });

  afterAll(async () => {
    await db?.stop();
  });

  it('answers 503 with Retry-After at once when the requests in flight are at their bound, before reading the body, and serves normally after', async () => {
    server = await startBareServer(db, { loadShedding: { maxInFlight: 2, maxEventLoopDelayMs: 0 } });
    const held = [slowRequest(server.url), slowRequest(server.url)];
    await Promise.all(held.map((slow) => slow.sent));
    // Once the server has taken both in, the next requests are refused (a request answered in between is no harm).
    const refused = await eventually(
      () => server.ask({ 'accept-language': 'sv' }),
      (answer) => answer.status === 503,
    );
    expect([refused.status, refused.headers.get('retry-after'), refused.body]).toEqual([
      503,
      '2',
      { errors: [{ message: 'Tjänsten är hårt belastad just nu. Försök igen om en stund.', extensions: { code: 'OVERLOADED' } }] },
    ]);
    // Even one whose body has not come yet: it is refused on its headers.
    const late = [slowRequest(server.url, { 'accept-language': 'en' }), slowRequest(server.url)];
    const lateAnswers = await Promise.all(late.map((slow) => slow.answer));
    late.forEach((slow) => slow.abort());
    expect(lateAnswers.map((answer) => [answer.status, answer.retryAfter, answer.body.errors?.[0]?.extensions.code])).toEqual([
      [503, '2', 'OVERLOADED'],
      [503, '2', 'OVERLOADED'],
    ]);
    expect(lateAnswers[0]?.body.errors?.[0]?.message).toBe('The service is very busy right now. Try again in a moment.');
    // Refused at once, not queued behind the two in flight: those are still waiting for their bodies.
    expect(held.map((slow) => slow.answered)).toEqual([false, false]);
    // The liveness check is never shed.
    expect(await server.health()).toBe(200);

    // One finishes, its client gives up on the other: both leave the count.
    held[0]?.finish();
    held[1]?.abort();
    expect((await held[0]?.answer)?.status).toBe(200);
    const after = await eventually(
      () => Promise.all([server.ask(), server.ask()]),
      (answers) => answers.every((answer) => answer.status === 200),
    );
    expect(after.map((answer) => answer.status)).toEqual([200, 200]);
  });

  it('answers 503 while the event loop has been held up beyond its bound, and serves again once it runs freely', async () => {
    server = await startBareServer(db, { loadShedding: { maxInFlight: 0, maxEventLoopDelayMs: 150 } });
    // Served while the loop runs freely (on a busy machine, after a moment).
    expect((await eventually(() => server.ask(), (answer) => answer.status === 200)).status).toBe(200);

    // The server runs in this process: hold its event loop up, as a long synchronous computation would.
    const until = performance.now() + 400;
    while (performance.now() < until);
    const refused = await server.ask({ 'accept-language': 'nb' });
    expect([refused.status, refused.headers.get('retry-after'), refused.body]).toEqual([
      503,
      '2',
      { errors: [{ message: 'Tjenesten er svært travel akkurat nå. Prøv igjen om et øyeblikk.', extensions: { code: 'OVERLOADED' } }] },
    ]);
    expect(await server.health()).toBe(200);

    // The delay is judged over the last second or two, not since the start: service comes back.
    expect((await eventually(() => server.ask(), (answer) => answer.status === 200)).status).toBe(200);
  });
});
