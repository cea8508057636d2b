import { negotiateLocale, translate } from '@groupfinder/translations';
import { parse } from 'cookie';
import cors from 'cors';
import type { RequestHandler, Response } from 'express';
import helmet from 'helmet';
import Negotiator from 'negotiator';
import { SESSION_COOKIE } from './http-exchange';

/**
 * The API answers JSON only: nothing in an answer may load or run anything, or be framed; no
 * referrer leaves. HSTS only in production, where TLS is in front (a browser keeps it a year).
 */
export function securityHeaders({ production }: { production: boolean }): RequestHandler {
  const setHeaders = constantHeaders(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
      strictTransportSecurity: production ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
      referrerPolicy: { policy: 'no-referrer' },
      xFrameOptions: { action: 'deny' },
    }),
  );
  return (_request, response, next) => {
    setHeaders(response);
    next();
  };
}

/**
 * Sets on an answer the headers a middleware sets on an answer to `request`, found by running it
 * once: helmet's and CORS's are the same for every answer here, and working them out again cost
 * every request about 0.3 ms of CPU (helmet runs thirteen middlewares; tools/bench/README.md).
 */
function constantHeaders(middleware: RequestHandler, request: object = {}): (response: Response) => void {
  const headers: [string, string][] = [];
  const response = { setHeader: (name: string, value: string) => headers.push([name, value]), getHeader: () => undefined, removeHeader: () => undefined };
  let done = false;
  void middleware(request as never, response as never, () => {
    done = true;
  });
  if (!done) throw new Error('the middleware did not finish at once');
  return (answer) => {
    for (const [name, value] of headers) answer.setHeader(name, value);
  };
}

/** What the widget sends (apps/widget/src/request.ts), and the headers Apollo's own clients add to pass its CSRF check. */
export const PUBLIC_REQUEST_HEADERS = ['content-type', 'accept', 'accept-language', 'apollo-require-preflight', 'x-apollo-operation-name'];

/**
 * CORS for the public endpoint: any site may embed the widget and read public answers, with GET and
 * POST and the widget's headers, never with credentials (no Access-Control-Allow-Credentials, and
 * `*` forbids them anyway). The dashboard needs no CORS: it calls /graphql on its own origin.
 */
export function publicCors(): RequestHandler {
  // Retry-After is read by the widget, which waits that long once before asking again.
  const middleware = cors({ origin: '*', methods: ['GET', 'POST'], allowedHeaders: PUBLIC_REQUEST_HEADERS, exposedHeaders: ['Retry-After'], credentials: false, maxAge: 600 });
  // Any origin alike: every request but a preflight gets the same headers.
  const setHeaders = constantHeaders(middleware, { method: 'GET', headers: {} });
  return (request, response, next) => {
    if (request.method === 'OPTIONS') return middleware(request, response, next);
    setHeaders(response);
    next();
  };
}

/** Whether a page of `origin` is one of the API's own (the Host it was asked at). */
export function sameHost(origin: string, host: string | undefined): boolean {
  return host !== undefined && URL.canParse(origin) && new URL(origin).host === host.toLowerCase();
}

/**
 * The session cookie counts only from the dashboard's own origin (DASHBOARD_URL) or the API's own
 * host. It is SameSite=Strict already, so another site's page cannot send it; this also refuses a
 * page on a sibling host of the same site, or any page that talks to the API with a cookie it
 * should not have. A browser always sends Origin with such a request; without an Origin (curl, a
 * same-origin GET) nothing crosses origins. Refused before any GraphQL runs, with a code.
 */
export function sessionOriginGuard(dashboardUrl: string): RequestHandler {
  const dashboardOrigin = new URL(dashboardUrl).origin;
  return (request, response, next) => {
    const { origin } = request.headers;
    if (origin === undefined || origin === dashboardOrigin || sameHost(origin, request.headers.host)) return next();
    if (parse(request.headers.cookie ?? '')[SESSION_COOKIE] === undefined) return next();
    const locale = negotiateLocale(new Negotiator(request).languages());
    response.status(403).json({ errors: [{ message: translate(locale, 'error.ORIGIN_NOT_ALLOWED'), extensions: { code: 'ORIGIN_NOT_ALLOWED' } }] });
  };
}
