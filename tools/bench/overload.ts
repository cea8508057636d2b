/**
 * The overload run of `npm run bench -- --overload`: what the API's load shedding and rate limit
 * do at several times its capacity. Against the API process's guarded server (the API's
 * MAX_IN_FLIGHT, MAX_EVENT_LOOP_DELAY_MS and RATE_LIMIT_PER_MINUTE, as `npm start` would read them;
 * counts and facets cached as in the product), on loopback only, bounded in time and in requests:
 *
 * 1. capacity: the warm search at the bench's concurrency (closed loop) for a few seconds: the
 *    answers per second it serves (200s only), from 254 visitors' addresses;
 * 2. overload: `factor` times that many requests per second, sent on a fixed schedule whatever the
 *    answers (open loop, as visitors arrive), for `seconds`, at most MAX_OUTSTANDING unanswered,
 *    from `floodClients` other addresses (one: a single client floods; many: a crowd);
 * 3. recovery: from the instant the overload ends, one request at a time every 100 ms (a visitor)
 *    until RECOVERED_AFTER in a row are served (200) within the capacity run's p99 (at least
 *    250 ms): the time to the first of them is "full service after".
 *
 * The API process's memory (RSS) and its event loop's longest delay are asked for before, every
 * half second during, and after.
 *
 * Its open-loop sender (`openLoop`) is also the fixed-rate run's (`--rate`, in bench.ts).
 */

/** What the API process reports of itself: resident memory, and its event loop's longest delay since last asked. */
export interface ProcessSample {
  rssMiB: number;
  eventLoopDelayMaxMs: number;
}

/** An answer as counted: its status, with the error code when there is one ("503 OVERLOADED"); "0" when the connection failed. */
export type Outcome = string;

/** What load shedding and the rate limit answer: refused at once, on purpose. */
export const REFUSED: Outcome[] = ['503 OVERLOADED', '429 RATE_LIMITED'];

export interface OverloadTarget {
  /** Sends the search once, as the client at this address. */
  post(from: string): Promise<Outcome>;
  sample(): Promise<ProcessSample>;
}

export interface OverloadSettings {
  concurrency: number;
  factor: number;
  seconds: number;
  floodClients: number;
}

/** The n-th visitor (TEST-NET-2), and the overload's n-th client (10.0.0.0/8): never the same addresses. */
const visitor = (n: number) => `198.51.100.${1 + (n % 254)}`;
const floodClient = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

export interface OverloadReport {
  /** Refused: answers other than 200 during the capacity run (none expected). */
  capacity: { perSecond: number; p50: number; p99: number; refused: number };
  offeredPerSecond: number;
  sent: number;
  /** Requests the client did not send because MAX_OUTSTANDING were unanswered already. */
  notSent: number;
  /** How many answers of each outcome. */
  outcomes: Record<Outcome, number>;
  admitted: { p50: number; p99: number; max: number };
  refused: { p50: number; p99: number };
  rssMiB: { before: number; peak: number; after: number };
  eventLoopDelayMaxMs: { capacity: number; overload: number };
  /** Seconds from the end of the overload to full service; null: not within RECOVERY_LIMIT_SECONDS. */
  fullServiceAfterSeconds: number | null;
  /** Seconds from the end of the overload until its last request was answered. */
  drainedAfterSeconds: number;
}

const CAPACITY_SECONDS = 5;
const MAX_OUTSTANDING = 2_000;
const RECOVERED_AFTER = 5;
const RECOVERY_LIMIT_SECONDS = 30;
const PROBE_EVERY_MS = 100;

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] as number;
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

export interface OpenLoopAnswer {
  outcome: Outcome;
  /** From the instant the request was due: a client that falls behind its schedule does not hide latency. */
  fromScheduledMs: number;
  /** From the instant it left. */
  fromSentMs: number;
}

export interface OpenLoopResult {
  /** Requests the schedule held: perSecond × seconds. */
  scheduled: number;
  sent: number;
  /** Not sent because `maxOutstanding` were unanswered already. */
  notSent: number;
  /** Sent but not answered by the deadline given to `settle`. */
  unanswered: number;
  answers: OpenLoopAnswer[];
  /** How late requests left (sent minus due), sorted: above a few ms the client could not keep up. */
  sendLagsMs: number[];
  /** performance.now() of the schedule's start, of the last send and of the last answer. */
  startedAt: number;
  lastSentAt: number;
  lastAnsweredAt: number;
}

export interface OpenLoop {
  /** Resolves (with performance.now()) when every scheduled request has been sent or skipped. */
  scheduleEnded: Promise<number>;
  /** Every answer once all are in, or whatever is in at `deadline` (performance.now(); default: wait for all). */
  settle(deadline?: number): Promise<OpenLoopResult>;
}

/**
 * Sends `send(index)` `perSecond` times a second for `seconds`, request `index` due at
 * `index / perSecond` s from the start, whether or not earlier ones were answered (open loop, as
 * visitors arrive); at most `maxOutstanding` unanswered (beyond: not sent). When the client is
 * held up it sends what fell due at once, and the lag is recorded.
 */
export function openLoop(send: (index: number) => Promise<Outcome>, { perSecond, seconds, maxOutstanding = MAX_OUTSTANDING }: { perSecond: number; seconds: number; maxOutstanding?: number }): OpenLoop {
  const scheduled = Math.round(perSecond * seconds);
  const interval = 1000 / perSecond;
  const answers: OpenLoopAnswer[] = [];
  const sendLagsMs: number[] = [];
  const pending = new Set<Promise<void>>();
  const startedAt = performance.now();
  let sent = 0;
  let notSent = 0;
  let lastSentAt = startedAt;
  let lastAnsweredAt = startedAt;
  const fire = (index: number, dueAt: number) => {
    const sentAt = performance.now();
    sent++;
    lastSentAt = sentAt;
    sendLagsMs.push(sentAt - dueAt);
    // A request that throws counts as a failed connection ("0"), as the callers' own mapping does.
    const request: Promise<void> = send(index).then(undefined, (): Outcome => '0').then((outcome) => {
      lastAnsweredAt = performance.now();
      answers.push({ outcome, fromScheduledMs: lastAnsweredAt - dueAt, fromSentMs: lastAnsweredAt - sentAt });
      pending.delete(request);
    });
    pending.add(request);
  };
  const scheduleEnded = (async () => {
    let next = 0;
    while (next < scheduled) {
      const now = performance.now();
      for (; next < scheduled && startedAt + next * interval <= now; next++) {
        if (pending.size >= maxOutstanding) notSent++;
        else fire(next, startedAt + next * interval);
      }
      if (next < scheduled) await sleep(Math.max(1, startedAt + next * interval - performance.now()));
    }
    return performance.now();
  })();
  return {
    scheduleEnded,
    async settle(deadline = Number.POSITIVE_INFINITY) {
      await scheduleEnded;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.all(pending), ...(Number.isFinite(deadline) ? [new Promise((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - performance.now()))))] : [])]);
      clearTimeout(timer);
      // Copies: answers still arriving after the deadline are not counted.
      return { scheduled, sent, notSent, unanswered: sent - answers.length, answers: [...answers], sendLagsMs: [...sendLagsMs].sort((a, b) => a - b), startedAt, lastSentAt, lastAnsweredAt };
    },
  };
}

export async function runOverload(target: OverloadTarget, { concurrency, factor, seconds, floodClients }: OverloadSettings): Promise<OverloadReport> {
  let visits = 0;
  const visit = () => target.post(visitor(visits++));
  // Warm: the count cache filled, connections open.
  for (let request = 0; request < concurrency * 3; request++) await visit();
  const before = await target.sample();

  // 1. Capacity, closed loop.
  const capacityLatencies: number[] = [];
  let capacityRefused = 0;
  const capacityStart = performance.now();
  const capacityEnd = capacityStart + CAPACITY_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < capacityEnd) {
        const begin = performance.now();
        const outcome = await visit();
        if (outcome === '200') capacityLatencies.push(performance.now() - begin);
        else capacityRefused++;
      }
    }),
  );
  const capacitySeconds = (performance.now() - capacityStart) / 1000;
  capacityLatencies.sort((a, b) => a - b);
  const capacity = { perSecond: capacityLatencies.length / capacitySeconds, p50: percentile(capacityLatencies, 0.5), p99: percentile(capacityLatencies, 0.99), refused: capacityRefused };
  const afterCapacity = await target.sample();

  // 2. Overload, open loop: requests leave on schedule whether or not earlier ones were answered.
  const offeredPerSecond = capacity.perSecond * factor;
  let peakRss = before.rssMiB;
  let overloadDelay = 0;
  const flood = openLoop((index) => target.post(floodClient(index % floodClients)), { perSecond: offeredPerSecond, seconds });
  let sending = true;
  const sampler = (async () => {
    while (sending) {
      await sleep(500);
      const sample = await target.sample();
      peakRss = Math.max(peakRss, sample.rssMiB);
      overloadDelay = Math.max(overloadDelay, sample.eventLoopDelayMaxMs);
    }
  })();
  const ended = await flood.scheduleEnded;
  sending = false;

  // 3. Recovery: a visitor's requests, one at a time, from the end of the overload.
  const goodEnoughMs = Math.max(250, capacity.p99);
  let fullServiceAfterSeconds: number | null = null;
  let streakStart: number | null = null;
  let streak = 0;
  while (performance.now() - ended < RECOVERY_LIMIT_SECONDS * 1000) {
    const begin = performance.now();
    const outcome = await visit();
    const took = performance.now() - begin;
    if (outcome === '200' && took <= goodEnoughMs) {
      streakStart ??= begin;
      if (++streak >= RECOVERED_AFTER) {
        fullServiceAfterSeconds = Math.max(0, (streakStart - ended) / 1000);
        break;
      }
    } else {
      streak = 0;
      streakStart = null;
    }
    await sleep(Math.max(0, PROBE_EVERY_MS - took));
  }
  const flooded = await flood.settle();
  const drainedAfterSeconds = Math.max(0, flooded.lastAnsweredAt - ended) / 1000;
  await sampler;
  const after = await target.sample();

  const outcomes: Record<Outcome, number> = {};
  const admitted: number[] = [];
  const refused: number[] = [];
  for (const answer of flooded.answers) {
    outcomes[answer.outcome] = (outcomes[answer.outcome] ?? 0) + 1;
    // Admitted: everything load shedding and the rate limit let through, failures included. Timed from
    // the send, as before the sender was shared with the fixed-rate run (the figures stay comparable).
    (REFUSED.includes(answer.outcome) ? refused : admitted).push(answer.fromSentMs);
  }
  admitted.sort((a, b) => a - b);
  refused.sort((a, b) => a - b);
  return {
    capacity,
    offeredPerSecond,
    sent: flooded.sent,
    notSent: flooded.notSent,
    outcomes,
    admitted: { p50: percentile(admitted, 0.5), p99: percentile(admitted, 0.99), max: admitted.at(-1) ?? Number.NaN },
    refused: { p50: percentile(refused, 0.5), p99: percentile(refused, 0.99) },
    rssMiB: { before: before.rssMiB, peak: peakRss, after: after.rssMiB },
    eventLoopDelayMaxMs: { capacity: afterCapacity.eventLoopDelayMaxMs, overload: overloadDelay },
    fullServiceAfterSeconds,
    drainedAfterSeconds,
  };
}
