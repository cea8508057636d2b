import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a page sent to the API: how, which operation, with what. */
export interface Received {
  readonly method: string;
  readonly operationName: string | undefined;
  readonly variables: Record<string, unknown>;
  /** The language the page asks the API to answer in. */
  readonly acceptLanguage: string | undefined;
}

/** The answer to one operation: its `data`, or an error with its `extensions.code` (and values), as the API gives them. */
export type Answer = { readonly data: unknown } | { readonly code: string; readonly message: string; readonly values?: Record<string, unknown> };

/**
 * A stand-in API over real HTTP, for the tests of pages (the jest environment has no DOM): it
 * records what arrives and answers each operation by name from `answers`.
 */
export class StandInApi {
  readonly received: Received[] = [];
  answers: Record<string, Answer | ((variables: Record<string, unknown>) => Answer)> = {};
  private server: Server | null = null;
  uri = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const { operationName, variables = {} } = (body ? JSON.parse(body) : {}) as { operationName?: string; variables?: Record<string, unknown> };
        this.received.push({ method: request.method ?? '', operationName, variables, acceptLanguage: request.headers['accept-language'] });
        const given = operationName ? this.answers[operationName] : undefined;
        const answer = typeof given === 'function' ? given(variables) : given;
        const result =
          answer === undefined
            ? { errors: [{ message: `no answer for ${operationName ?? 'an unnamed operation'}` }] }
            : 'data' in answer
              ? { data: answer.data }
              : { data: null, errors: [{ message: answer.message, extensions: { code: answer.code, ...(answer.values ? { values: answer.values } : {}) } }] };
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      });
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.uri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  reset(): void {
    this.received.length = 0;
    this.answers = {};
  }
}

/** The text a person reads, without the markup. */
export function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, '’')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
