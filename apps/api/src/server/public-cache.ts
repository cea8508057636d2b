import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../kernel/context';

const ROOT = path.resolve(__dirname, '../../../..');

/** What codegen writes for each client app: every operation it sends, by "sha256:<hex>". */
export const PERSISTED_DOCUMENT_FILES = ['apps/widget/src/gql/persisted-documents.json', 'apps/dashboard/src/gql/persisted-documents.json'].map((file) => path.join(ROOT, file));

/**
 * The operations the widget and the dashboard are built with, by SHA-256, as Apollo's persisted
 * queries: a GET request names one by its hash instead of sending its text, so that the URL is short
 * and a CDN or nginx can cache the answer. Nobody can add to the list (`set` keeps nothing), so a
 * hash names only an operation we wrote; anything else is sent in full, by POST, as before.
 */
export class PersistedOperations {
  private readonly byHash = new Map<string, string>();

  constructor(files: readonly string[] = PERSISTED_DOCUMENT_FILES) {
    for (const file of files) {
      if (!existsSync(file)) continue;
      const documents = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      for (const [hash, text] of Object.entries(documents)) this.byHash.set(hash.replace(/^sha256:/, ''), text);
    }
  }

  get size(): number {
    return this.byHash.size;
  }

  /** Apollo asks for "apq:<hex>". */
  async get(key: string): Promise<string | undefined> {
    return this.byHash.get(key.replace(/^apq:/, ''));
  }

  async set(): Promise<void> {}

  async delete(): Promise<boolean> {
    return false;
  }
}

/**
 * Who may keep an answer: a public GET answered without errors may be kept by a shared cache (a CDN,
 * nginx) for `maxAgeSeconds`, per language as Accept-Language chooses it; a browser asks again each
 * time, so that someone who just edited a group sees it at once. Everything else is kept by nobody.
 * GET requests never carry a session (http-exchange.ts), so no signed-in answer is ever public.
 */
export function cacheControlPlugin(maxAgeSeconds: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response, contextValue }) {
          const headers = response.http.headers;
          const clean = response.body.kind === 'single' && !response.body.singleResult.errors?.length;
          if (request.http?.method === 'GET' && contextValue.viewer === null && clean && maxAgeSeconds > 0) {
            headers.set('cache-control', `public, max-age=0, s-maxage=${maxAgeSeconds}`);
            headers.set('vary', 'Accept-Language');
          } else {
            headers.set('cache-control', 'no-store');
          }
        },
      };
    },
  };
}
