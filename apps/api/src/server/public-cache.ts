import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler } from 'express';
import { LRUCache } from 'lru-cache';
import type { Context } from '../kernel/context';

const ROOT = path.resolve(__dirname, '../../../..');

/** An operation a client app sends, as codegen lists it in the app's `src/gql/persisted-documents.json`. */
export interface PersistedDocument {
  app: 'widget' | 'dashboard';
  /** The SHA-256 of its text, in hex. */
  hash: string;
  text: string;
}

/** Every operation the widget and the dashboard send (an app not built yet lists none). */
export function persistedDocuments(): PersistedDocument[] {
  return (['widget', 'dashboard'] as const).flatMap((app) => {
    const file = path.join(ROOT, 'apps', app, 'src/gql/persisted-documents.json');
    if (!existsSync(file)) return [];
    const documents = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    return Object.entries(documents).map(([hash, text]) => ({ app, hash: hash.replace(/^sha256:/, ''), text }));
  });
}

/**
 * The operations the widget and the dashboard are built with, by SHA-256, as Apollo's persisted
 * queries: a GET request names one by its hash instead of sending its text, so that the URL is short
 * and a CDN or nginx can cache the answer. Nobody can add to the list (`set` keeps nothing), so a
 * hash names only an operation we wrote; anything else is sent in full, by POST, as before.
 */
export class PersistedOperations {
  private readonly byHash = new Map(persistedDocuments().map(({ hash, text }) => [hash, text]));

  /** Apollo asks for "apq:<hex>". */
  /** Whether a hash names one of our operations. */
  has(hash: string): boolean {
    return this.byHash.has(hash);
  }

  async get(key: string): Promise<string | undefined> {
    return this.byHash.get(key.replace(/^apq:/, ''));
  }

  async set(): Promise<void> {}

  async delete(): Promise<boolean> {
    return false;
  }
}

/** What a shared cache keeps public answers apart by: the language, and for an embed's the page's site (embedGate refuses other sites, a cache must not answer them). */
const varyOf = (embed: unknown) => (embed ? 'Accept-Language, Origin' : 'Accept-Language');

/**
 * Who may keep an answer: a GET of one of our persisted operations answered without errors may be
 * kept by a shared cache (a CDN, nginx) for `maxAgeSeconds`, per language as Accept-Language chooses
 * it; a browser asks again each time, so that someone who just edited a group sees it at once.
 * Everything else is kept by nobody: a query text anyone can make up (a cache would keep each
 * variant), an answer made for one request (keepFromCaches), an error. GET requests never carry a
 * session (http-exchange.ts), so no signed-in answer is ever public.
 */
export function cacheControlPlugin(maxAgeSeconds: number, answers: ResponseCache, persisted: PersistedOperations): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response, contextValue, operation }) {
          const headers = response.http.headers;
          const clean = response.body.kind === 'single' && !response.body.singleResult.errors?.length;
          // A change made here shows at once in this process's answers (others keep theirs a few seconds at most).
          if (operation?.operation === 'mutation' && clean) answers.clear();
          const hash = (request.extensions?.['persistedQuery'] as { sha256Hash?: unknown } | undefined)?.sha256Hash;
          const ours = typeof hash === 'string' && persisted.has(hash);
          if (request.http?.method === 'GET' && ours && contextValue.viewer === null && !contextValue.http.keptFromCaches && clean) {
            headers.set('cache-control', `public, max-age=0, s-maxage=${maxAgeSeconds}`);
            headers.set('vary', varyOf(contextValue.embed));
          } else {
            headers.set('cache-control', 'no-store');
          }
        },
      };
    },
  };
}

interface KeptAnswer {
  body: string;
  cacheControl: string;
  vary: string;
}

/**
 * The answers to public GET searches, kept in this process for a few seconds
 * (RESPONSE_CACHE_SECONDS): the same search asked again meanwhile (a campaign, a popular
 * municipality's page) is answered from memory, without GraphQL or the database. Only what
 * cacheControlPlugin marked public is kept, per language; bounded in bytes; emptied by every change
 * made through this process.
 */
export class ResponseCache {
  private readonly answers: LRUCache<string, KeptAnswer> | null;
  /** The searches being answered now: the same one asked meanwhile waits for that answer instead of running again. */
  private readonly answering = new Map<string, Promise<void>>();

  constructor(seconds: number, maxBytes = 20_000_000) {
    this.answers = seconds > 0 ? new LRUCache({ ttl: seconds * 1000, maxSize: maxBytes, sizeCalculation: (answer) => answer.body.length * 2 + 100 }) : null;
  }

  clear(): void {
    this.answers?.clear();
  }

  middleware(localeOf: (request: Request) => string): RequestHandler {
    const handle: RequestHandler = (request, response, next) => {
      const answers = this.answers;
      if (!answers || request.method !== 'GET') return next();
      const key = `${localeOf(request)} ${request.originalUrl}`;
      const kept = answers.get(key);
      if (kept) {
        response.set({ 'content-type': 'application/json; charset=utf-8', 'cache-control': kept.cacheControl, vary: kept.vary }).send(kept.body);
        return;
      }
      // A popular search whose answer just expired would otherwise run once per visitor arriving meanwhile.
      const answering = this.answering.get(key);
      if (answering) {
        void answering.then(() => handle(request, response, next));
        return;
      }
      let answered = () => {};
      this.answering.set(
        key,
        new Promise<void>((resolve) => {
          answered = resolve;
        }),
      );
      response.once('close', () => {
        this.answering.delete(key);
        answered();
      });
      const send = response.send.bind(response);
      response.send = (body?: unknown) => {
        const cacheControl = String(response.get('cache-control') ?? '');
        if (response.statusCode === 200 && typeof body === 'string' && cacheControl.startsWith('public')) answers.set(key, { body, cacheControl, vary: String(response.get('vary') ?? '') });
        return send(body);
      };
      next();
    };
    return handle;
  }
}
