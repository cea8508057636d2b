import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Request, RequestHandler, Response } from 'express';
import type { ErrorCode } from '../kernel/errors';

/** When the API is too busy to take one more request (see README, Configuration). */
export interface LoadSheddingOptions {
  /** Requests on /graphql admitted and not answered yet (MAX_IN_FLIGHT); at this many, the next is refused. 0: no bound. */
  maxInFlight: number;
  /** The event loop's recent delay (MAX_EVENT_LOOP_DELAY_MS) above which requests are refused. 0: no bound. */
  maxEventLoopDelayMs: number;
}

/** What is asked of a client refused by load shedding, in seconds: long enough for a window of the delay to pass. */
export const OVERLOADED_RETRY_AFTER_SECONDS = 2;

/** How often the event loop's delay is sampled, and the window it is judged over. */
const RESOLUTION_MS = 10;
const WINDOW_MS = 1000;

/** Refuses a request before it is read, in GraphQL's shape, saying when to try again. */
export function refuse(response: Response, status: 429 | 503, retryAfterSeconds: number, code: ErrorCode, message: string): void {
  response
    .status(status)
    .set({ 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' })
    .json({ errors: [{ message, extensions: { code } }] });
}

/**
 * The longest the event loop kept a timer waiting over the last one to two seconds: the current
 * window's and the previous one's, not since start, so that a busy minute is forgotten a second
 * or two after it ends.
 */
function eventLoopDelay(): { milliseconds(): number; stop(): void } {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  // The histogram records each interval between its timer's runs: an idle loop's is the resolution.
  const current = () => (histogram.count > 0 ? Math.max(0, histogram.max / 1e6 - RESOLUTION_MS) : 0);
  let previous = 0;
  let due = performance.now() + WINDOW_MS;
  const rotate = setInterval(() => {
    const now = performance.now();
    // A block that ends just before this runs may not be in the histogram yet; this timer waited through it too.
    previous = Math.max(current(), now - due);
    due = now + WINDOW_MS;
    histogram.reset();
  }, WINDOW_MS);
  rotate.unref();
  return {
    milliseconds: () => Math.max(previous, current()),
    stop: () => {
      clearInterval(rotate);
      histogram.disable();
    },
  };
}

export interface LoadShedder {
  /** Counts the requests in flight and refuses one at once (503, Retry-After, OVERLOADED) over either bound, before its body is read. */
  middleware: RequestHandler;
  inFlight(): number;
  close(): void;
}

/**
 * Answers 503 at once when the process is saturated instead of queueing: a request that would
 * wait behind `maxInFlight` others, or arrives when the event loop has been held up longer than
 * `maxEventLoopDelayMs`, costs the server a few headers, and its client learns when to try again.
 * Refused requests are not counted: only the admitted ones keep the count up.
 */
export function loadShedding({ maxInFlight, maxEventLoopDelayMs }: LoadSheddingOptions, messageOf: (request: Request) => string): LoadShedder {
  const delay = maxEventLoopDelayMs > 0 ? eventLoopDelay() : null;
  let inFlight = 0;
  const middleware: RequestHandler = (request, response, next) => {
    if ((maxInFlight > 0 && inFlight >= maxInFlight) || (delay && delay.milliseconds() > maxEventLoopDelayMs)) {
      refuse(response, 503, OVERLOADED_RETRY_AFTER_SECONDS, 'OVERLOADED', messageOf(request));
      return;
    }
    inFlight++;
    // 'close' comes once, whether the answer was sent or the client went away.
    response.once('close', () => {
      inFlight--;
    });
    next();
  };
  return { middleware, inFlight: () => inFlight, close: () => delay?.stop() };
}
