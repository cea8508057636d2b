import { randomUUID } from 'node:crypto';
import { eventually, startBareServer, type Answer, type BareServer } from '../testing/bare-server';
import { startTcpProxy, type TcpProxy } from '../testing/tcp-proxy';
import { startTestDatabase, type TestDatabase } from '../testing/test-api';
import { networkOf } from './rate-limit';

// REDIS_URL's, else the local one (README, Test it); each run counts under a prefix of its own.
const REDIS_URL = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379/15';
const keyPrefix = () => `groupfinder:test:${randomUUID()}`;

/** n requests one after another, their statuses. */
async function statuses(server: BareServer, n: number, headers: Record<string, string> = {}): Promise<number[]> {
  const found: number[] = [];
  for (let request = 0; request < n; request++) found.push((await server.ask(headers)).status);
  return found;
}

function retryAfter(answer: Answer): number {
  return Number(answer.headers.get('retry-after'));
}

describe('the rate limit per client address', () => {
  let db: TestDatabase;
  const servers: BareServer[] = [];
  const serve = async (options: Parameters<typeof startBareServer>[1]) => {
    const server = await startBareServer(db, options);
    servers.push(server);
    return server;
  };

  beforeAll(async () => {
    db = await startTestDatabase();
  });

  // Each test's servers stop with it (before a proxy they talk to goes away).
  const stopServers = async () => {
    for (const server of servers.splice(0)) await server.stop();
  };
  afterEach(stopServers);

  afterAll(async () => {
    await db?.stop();
  });

  it('answers an address over its budget 429 with Retry-After and a translated RATE_LIMITED, and still serves other addresses and /health', async () => {
    const server = await serve({ rateLimit: { perMinute: 5 } });
    expect(await statuses(server, 5)).toEqual([200, 200, 200, 200, 200]);

    const refused = await server.ask({ 'accept-language': 'da' });
    expect(refused.status).toBe(429);
    expect(retryAfter(refused)).toBeGreaterThanOrEqual(1);
    expect(retryAfter(refused)).toBeLessThanOrEqual(60);
    expect(refused.body).toEqual({ errors: [{ message: expect.stringMatching(/^For mange forespørgsler\. Prøv igen om \d+ sekund(er)?\.$/), extensions: { code: 'RATE_LIMITED' } }] });
    expect(refused.body.errors?.[0]?.message).toContain(` ${retryAfter(refused)} sekund`);
    // The widget, on another site, can read it, and when to ask again.
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect(refused.headers.get('access-control-expose-headers')).toBe('Retry-After');
    expect((await server.ask({ 'accept-language': 'pl' })).body.errors?.[0]?.message).toMatch(/^Zbyt wiele zapytań\. Spróbuj ponownie za \d+ sekund/);

    // Another client behind the trusted proxy on loopback (X-Forwarded-For names it) has a budget of its own.
    expect(await statuses(server, 5, { 'x-forwarded-for': '203.0.113.7' })).toEqual([200, 200, 200, 200, 200]);
    expect((await server.ask({ 'x-forwarded-for': '203.0.113.7' })).status).toBe(429);
    expect((await server.ask({ 'x-forwarded-for': '203.0.113.8' })).status).toBe(200);
    expect(await server.health()).toBe(200);
  });

  it('counts an IPv6 client by its /64, which it could otherwise rotate through', async () => {
    const server = await serve({ rateLimit: { perMinute: 3 } });
    const from = (address: string) => ({ 'x-forwarded-for': address });
    expect([
      (await server.ask(from('2001:db8:1:2::1'))).status,
      (await server.ask(from('2001:db8:1:2::2'))).status,
      (await server.ask(from('2001:DB8:1:2:abcd:ef01:2345:6789'))).status,
      (await server.ask(from('2001:db8:1:2:ffff::9'))).status,
      (await server.ask(from('2001:db8:1:3::1'))).status,
    ]).toEqual([200, 200, 200, 429, 200]);
    expect(networkOf('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(networkOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(networkOf('::1')).toBe('0:0:0:0::/64');
    expect(networkOf('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
  });

  it('counts an address across API processes through Redis', async () => {
    const shared = { perMinute: 4, redisUrl: REDIS_URL, keyPrefix: keyPrefix() };
    const first = await serve({ rateLimit: shared });
    const second = await serve({ rateLimit: shared });
    expect([...(await statuses(first, 3)), ...(await statuses(second, 1))]).toEqual([200, 200, 200, 200]);
    expect((await second.ask()).status).toBe(429);
    expect((await first.ask()).status).toBe(429);
    // A process with a prefix of its own (another deployment on the same Redis) counts apart.
    const other = await serve({ rateLimit: { ...shared, keyPrefix: keyPrefix() } });
    expect((await other.ask()).status).toBe(200);
  });

  describe('when Redis fails', () => {
    let proxy: TcpProxy;

    beforeEach(async () => {
      proxy = await startTcpProxy(REDIS_URL);
    });

    afterEach(async () => {
      await stopServers();
      await proxy.stop();
    });

    it('keeps serving when Redis is down, says so once, and counts in the process’s memory meanwhile', async () => {
      const server = await serve({ rateLimit: { perMinute: 3, redisUrl: proxy.url, keyPrefix: keyPrefix() } });
      expect(await statuses(server, 1)).toEqual([200]);
      const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      const said = () => logged.mock.calls.filter(([line]) => /Redis for the request rate limit is unreachable/.test(String(line)));
      try {
        await proxy.stop();
        expect(await statuses(server, 3)).toEqual([200, 200, 200]);
        await eventually(async () => said(), (lines) => lines.length > 0);
        // Not every client refused, and not a flood let through either: the process counts on its own until Redis is back.
        expect(await statuses(server, 1)).toEqual([429]);
        expect(said()).toHaveLength(1);
      } finally {
        logged.mockRestore();
      }
    });

    it('keeps serving when Redis stops answering', async () => {
      const server = await serve({ rateLimit: { perMinute: 3, redisUrl: proxy.url, keyPrefix: keyPrefix() } });
      expect(await statuses(server, 1)).toEqual([200]);
      proxy.stall();
      expect(await statuses(server, 2)).toEqual([200, 200]);
    });
  });
});
