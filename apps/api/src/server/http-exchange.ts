import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';
import type { HttpExchange } from '../kernel/context';

/**
 * The session cookie: `__Host-` (this host only, path /, Secure), HttpOnly (no script reads it),
 * SameSite=Strict (never sent from another site, so no cross-site request can use it).
 * Browsers accept Secure cookies on http://localhost, so development works the same.
 */
export const SESSION_COOKIE = '__Host-groupfinder-session';

/** `now` is the request's clock: the cookie's lifetime is sent as Max-Age, so a browser whose clock differs keeps it as long. */
export function httpExchange(request: Request, response: Response, now: Date): HttpExchange {
  const token = parse(request.headers.cookie ?? '')[SESSION_COOKIE];
  const set = (value: string, maxAge: number) =>
    response.append('Set-Cookie', serialize(SESSION_COOKIE, value, { httpOnly: true, secure: true, sameSite: 'strict', path: '/', maxAge }));
  let keptFromCaches = false;
  return {
    // A GET is anonymous whatever cookie comes with it: its answer may be cached publicly, and no
    // page on another site can make a browser run a query as its signed-in user (server.ts, csrfPrevention).
    sessionToken: request.method !== 'GET' && token && token.length <= 100 ? token : null,
    // Express's `trust proxy` decides whether X-Forwarded-For counts (TRUST_PROXY).
    clientAddress: request.ip ?? request.socket.remoteAddress ?? 'unknown',
    method: request.method,
    setSessionCookie: (value, expiresAt) => set(value, Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000))),
    clearSessionCookie: () => set('', 0),
    keepFromCaches: () => void (keptFromCaches = true),
    get keptFromCaches() {
      return keptFromCaches;
    },
  };
}
