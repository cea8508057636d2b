import { busyRetryDelayMs, retryAfterSeconds } from './retry-after';

describe('busyRetryDelayMs', () => {
  it('waits what a busy or rate-limited API asks, plus up to half a second', () => {
    expect(busyRetryDelayMs(503, '2', () => 0)).toBe(2000);
    expect(busyRetryDelayMs(429, '1', () => 0.999)).toBeCloseTo(1499.5);
    expect(busyRetryDelayMs(503, '10', () => 0)).toBe(10_000);
    expect(busyRetryDelayMs(503, '0', () => 0.5)).toBe(250);
  });

  it('does not wait for a longer or unreadable Retry-After, or another status', () => {
    expect(busyRetryDelayMs(503, '11', () => 0)).toBeNull();
    expect(busyRetryDelayMs(503, 'Wed, 21 Oct 2015 07:28:00 GMT', () => 0)).toBeNull();
    expect(busyRetryDelayMs(503, null, () => 0)).toBeNull();
    expect(busyRetryDelayMs(503, ' ', () => 0)).toBeNull();
    expect(busyRetryDelayMs(503, '-1', () => 0)).toBeNull();
    expect(busyRetryDelayMs(500, '1', () => 0)).toBeNull();
    expect(busyRetryDelayMs(200, '1', () => 0)).toBeNull();
  });
});

describe('retryAfterSeconds', () => {
  it('reads seconds, of any length, and nothing else', () => {
    expect(retryAfterSeconds('60')).toBe(60);
    expect(retryAfterSeconds(' 5 ')).toBe(5);
    expect(retryAfterSeconds('Wed, 21 Oct 2015 07:28:00 GMT')).toBeNull();
    expect(retryAfterSeconds(undefined)).toBeNull();
  });
});
