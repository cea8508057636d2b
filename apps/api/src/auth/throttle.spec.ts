import { randomUUID } from 'node:crypto';
import { AppError } from '../kernel/errors';
import { createThrottle, DEFAULT_THROTTLE_LIMITS, type Throttle } from './throttle';

/** The error a check throws, as the caller sees it: its code and values. */
async function refusal(check: Promise<unknown>): Promise<unknown> {
  try {
    await check;
    return null;
  } catch (error) {
    return error instanceof AppError ? error.extensions : error;
  }
}

// In memory (one process) and in Redis (several processes): REDIS_URL's, else the local one (README, Test it).
const stores: [string, string | undefined][] = [
  ['memory', undefined],
  ['Redis', process.env['REDIS_URL'] || 'redis://127.0.0.1:6379/15'],
];

describe.each(stores)('the sign-in throttle in %s', (_store, redisUrl) => {
  let throttle: Throttle;
  const address = () => `192.0.2.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
  const account = () => `${randomUUID()}@example.dk`;

  beforeAll(() => {
    throttle = createThrottle({ redisUrl, limits: { attemptsPerAddress: 8 } });
  });

  afterAll(() => throttle.close());

  it(`allows ${DEFAULT_THROTTLE_LIMITS.failuresPerAccount} failures per account, then asks it to wait ${DEFAULT_THROTTLE_LIMITS.windowMinutes} minutes, whatever the case of the address`, async () => {
    const email = account();
    const from = address();
    for (let failure = 0; failure < DEFAULT_THROTTLE_LIMITS.failuresPerAccount; failure++) {
      expect(await refusal(throttle.checkSignIn(email, from))).toBeNull();
      await throttle.failed(failure % 2 ? email.toUpperCase() : email, from);
    }
    expect(await refusal(throttle.checkSignIn(` ${email.toUpperCase()}`, address()))).toEqual({ code: 'TOO_MANY_ATTEMPTS', values: { minutes: 15 } });
    expect(await refusal(throttle.checkSignIn(account(), address()))).toBeNull();
  });

  it('starts an account’s count again after a success', async () => {
    const email = account();
    for (let failure = 0; failure < DEFAULT_THROTTLE_LIMITS.failuresPerAccount - 1; failure++) await throttle.failed(email, address());
    await throttle.succeeded(email);
    for (let failure = 0; failure < DEFAULT_THROTTLE_LIMITS.failuresPerAccount - 1; failure++) await throttle.failed(email, address());
    expect(await refusal(throttle.checkSignIn(email, address()))).toBeNull();
  });

  it('stops an address that fails on many accounts, and counts its reset requests too', async () => {
    const from = address();
    for (let failure = 0; failure < 8; failure++) await throttle.failed(account(), from);
    expect(await refusal(throttle.checkSignIn(account(), from))).toEqual({ code: 'TOO_MANY_ATTEMPTS', values: { minutes: 15 } });
    expect(await refusal(throttle.resetRequested(account(), from))).toEqual({ code: 'TOO_MANY_ATTEMPTS', values: { minutes: 15 } });
    expect(await refusal(throttle.checkSignIn(account(), address()))).toBeNull();
  });

  it('accepts each authenticator code of a person once', async () => {
    const userId = randomUUID();
    expect(await throttle.firstUseOfCode(userId, 59_000_000)).toBe(true);
    expect(await throttle.firstUseOfCode(userId, 59_000_000)).toBe(false);
    expect(await throttle.firstUseOfCode(userId, 59_000_001)).toBe(true);
    expect(await throttle.firstUseOfCode(randomUUID(), 59_000_000)).toBe(true);
  });

  it(`mails one account at most ${DEFAULT_THROTTLE_LIMITS.resetMailsPerAccount} reset links in the window, answering as usual`, async () => {
    const email = account();
    const answers = [];
    for (let request = 0; request < DEFAULT_THROTTLE_LIMITS.resetMailsPerAccount + 2; request++) answers.push(await throttle.resetRequested(email, address()));
    expect(answers.map((answer) => answer.mayMail)).toEqual([true, true, true, false, false]);
  });

  it(`takes ${DEFAULT_THROTTLE_LIMITS.joinRequestsPerAddress} requests to join from one address in ${DEFAULT_THROTTLE_LIMITS.joinWindowMinutes} minutes, whatever the groups`, async () => {
    const from = address();
    for (let request = 0; request < DEFAULT_THROTTLE_LIMITS.joinRequestsPerAddress; request++) expect(await refusal(throttle.joinRequested(from, randomUUID()))).toBeNull();
    expect(await refusal(throttle.joinRequested(from, randomUUID()))).toEqual({ code: 'TOO_MANY_ATTEMPTS', values: { minutes: 60 } });
    expect(await refusal(throttle.joinRequested(address(), randomUUID()))).toBeNull();
  });

  it(`takes ${DEFAULT_THROTTLE_LIMITS.joinRequestsPerGroup} requests to join one group in ${DEFAULT_THROTTLE_LIMITS.joinWindowMinutes} minutes, from however many addresses`, async () => {
    const group = randomUUID();
    for (let request = 0; request < DEFAULT_THROTTLE_LIMITS.joinRequestsPerGroup; request++) expect(await refusal(throttle.joinRequested(address(), group))).toBeNull();
    expect(await refusal(throttle.joinRequested(address(), group))).toEqual({ code: 'TOO_MANY_ATTEMPTS', values: { minutes: 60 } });
    expect(await refusal(throttle.joinRequested(address(), randomUUID()))).toBeNull();
  });
});

describe('the sign-in throttle across API processes', () => {
  it('counts an account’s failures in one process against its sign-ins in another, through Redis', async () => {
    const redisUrl = stores[1]?.[1];
    const [first, second] = [createThrottle({ redisUrl }), createThrottle({ redisUrl })];
    try {
      const email = `${randomUUID()}@example.se`;
      for (let failure = 0; failure < DEFAULT_THROTTLE_LIMITS.failuresPerAccount; failure++) await first.failed(email, `198.51.100.${failure}`);
      expect(await refusal(second.checkSignIn(email, '198.51.100.200'))).toEqual({ code: 'TOO_MANY_ATTEMPTS', values: { minutes: 15 } });
    } finally {
      await first.close();
      await second.close();
    }
  });
});
