import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { normalisePhone } from '../privacy/normalise';

/**
 * A real SMTP server for development and tests that keeps every mail in memory and shows it over
 * HTTP: an inbox page for people and a JSON API for tests (jest in-process, Playwright over HTTP).
 * It takes texts too, as an SMS gateway would (`POST /sms`, the webhook of mail/sms.ts), and keeps
 * them in the same inbox, addressed to their phone number. It delivers nothing onwards. Loopback
 * only: whoever can reach it reads every mail and text.
 */

/** One mail or text as the catcher received it. */
export interface CaughtMessage {
  id: string;
  /** `mail` through SMTP, `sms` through `POST /sms`. */
  channel: 'mail' | 'sms';
  /** The envelope's recipients (RCPT TO), as the sender wrote them; a text's one number, in E.164. */
  to: string[];
  /** A text's is `SMS`. */
  from: string;
  /** A text's is empty. */
  subject: string;
  text: string;
  html: string | null;
  /** Every http(s) address in the text body, in order: the links a reader would follow. */
  links: string[];
  /** ISO 8601, UTC. */
  receivedAt: string;
}

export interface MailCatcherOptions {
  /** SMTP port; 0 picks a free one. */
  smtpPort?: number;
  /** Port of the inbox page and JSON API; 0 picks a free one. */
  httpPort?: number;
  /** Interface of both servers; keep it a loopback address. */
  host?: string;
}

export interface WaitForMessageOptions {
  /** A recipient of the mail, compared without regard to case; or of the text, a phone number however written (`+45 12 34 56 78`). */
  to: string;
  /** The exact subject, or a pattern it matches. */
  subject?: string | RegExp;
  /** How long to wait; 10 seconds unless given. */
  timeoutMs?: number;
}

export interface MailCatcher {
  /** Where to send: `smtp://host:port`, no TLS, any or no credentials. */
  smtpUrl: string;
  /** The inbox page, ending in a slash; the JSON API is `${inboxUrl}messages`. */
  inboxUrl: string;
  /** Where texts are sent: `POST` JSON `{ to, text }` (SMS_URL); a page of the texts alone on `GET`. */
  smsUrl: string;
  /** Everything received and not cleared, newest first. */
  messages(): CaughtMessage[];
  /** The newest matching mail already received, or else the next one to arrive; rejects after the timeout. */
  waitForMessage(options: WaitForMessageOptions): Promise<CaughtMessage>;
  clear(): void;
  stop(): Promise<void>;
}

/** Older mail is dropped beyond this, so a long-running development session stays small. */
const MAX_MESSAGES = 1000;
const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;
/** A text's request: far beyond any text, small enough to read whole. */
const MAX_SMS_BYTES = 64 * 1024;
const MAX_SMS_LENGTH = 2000;
const E164 = /^\+[1-9]\d{6,14}$/;
const LINK = /https?:\/\/[^\s<>"']+/g;

export async function startMailCatcher({ smtpPort = 0, httpPort = 0, host = '127.0.0.1' }: MailCatcherOptions = {}): Promise<MailCatcher> {
  let inbox: CaughtMessage[] = [];
  const waiters = new Set<(message: CaughtMessage) => void>();

  function receive(message: CaughtMessage) {
    inbox.unshift(message);
    if (inbox.length > MAX_MESSAGES) inbox.length = MAX_MESSAGES;
    for (const waiter of [...waiters]) waiter(message);
  }

  const smtp = new SMTPServer({
    logger: false,
    banner: 'groupfinder mail catcher',
    // Plain text on loopback: the default self-signed certificate would make clients refuse STARTTLS.
    disabledCommands: ['STARTTLS'],
    // Accept mail with or without credentials, so that an SMTP_URL with a user and password works too.
    authOptional: true,
    allowInsecureAuth: true,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'anyone' }),
    size: MAX_MESSAGE_BYTES,
    onData(stream, session, callback) {
      simpleParser(stream, { skipImageLinks: true }).then(
        (parsed) => {
          const text = parsed.text ?? '';
          receive({
            id: randomUUID(),
            channel: 'mail',
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            from: parsed.from?.text ?? (session.envelope.mailFrom ? session.envelope.mailFrom.address : ''),
            subject: parsed.subject ?? '',
            text,
            html: typeof parsed.html === 'string' ? parsed.html : null,
            links: linksIn(text),
            receivedAt: new Date().toISOString(),
          });
          callback();
        },
        () => callback(new Error('The message could not be read')),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(smtpPort, host, () => {
      smtp.off('error', reject);
      resolve();
    });
  });
  // A broken client connection must not stop the catcher.
  smtp.on('error', () => undefined);
  const smtpUrl = `smtp://${urlHost(host)}:${(smtp.server.address() as AddressInfo).port}`;

  const web = createServer((request, response) => {
    try {
      route(request, response);
    } catch {
      send(response, 500, 'text/plain; charset=utf-8', 'The catcher could not answer.');
    }
  });
  function route(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://catcher');
    const to = url.searchParams.get('to');
    const matching = () => (to ? inbox.filter((message) => isFor(message, to)) : inbox);
    const parts = url.pathname.split('/').filter(Boolean);
    const found = parts[1] ? inbox.find((message) => message.id === parts[1]) : undefined;

    if (request.method === 'GET' && url.pathname === '/') return send(response, 200, HTML, inboxPage(matching(), to, smtpUrl, 'all'));
    if (request.method === 'POST' && url.pathname === '/sms') return receiveText(request, response);
    if (request.method === 'GET' && url.pathname === '/sms') return send(response, 200, HTML, inboxPage(matching().filter((message) => message.channel === 'sms'), to, smtpUrl, 'sms'));
    if (request.method === 'GET' && url.pathname === '/messages') return send(response, 200, JSON_TYPE, JSON.stringify(matching()));
    if (request.method === 'DELETE' && url.pathname === '/messages') {
      inbox = to ? inbox.filter((message) => !isFor(message, to)) : [];
      return send(response, 204);
    }
    // A form cannot send DELETE: the inbox page's button posts here.
    if (request.method === 'POST' && url.pathname === '/clear') {
      inbox = [];
      response.writeHead(303, { location: '/' }).end();
      return;
    }
    if (request.method === 'GET' && parts[0] === 'messages' && parts.length === 2 && found) return send(response, 200, JSON_TYPE, JSON.stringify(found));
    if (request.method === 'GET' && parts[0] === 'message' && parts.length === 2 && found) return send(response, 200, HTML, messagePage(found));
    if (request.method === 'GET' && parts[0] === 'message' && parts[2] === 'html' && parts.length === 3 && found?.html) {
      // The mail's own HTML, sandboxed: no scripts, no requests, an origin of its own.
      response.setHeader('content-security-policy', "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:");
      return send(response, 200, 'text/html; charset=utf-8', found.html);
    }
    send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  }
  /** A text as a gateway takes it: JSON `{ "to": "+4512345678", "text": "…" }`, any Authorization or none; 202 with its id. */
  function receiveText(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_SMS_BYTES) chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > MAX_SMS_BYTES) return send(response, 413, 'text/plain; charset=utf-8', 'Too large');
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(response, 400, 'text/plain; charset=utf-8', 'Send JSON: { "to": "+4512345678", "text": "…" }');
      }
      const { to: number, text } = (typeof body === 'object' && body !== null ? body : {}) as { to?: unknown; text?: unknown };
      if (typeof number !== 'string' || !E164.test(number)) return send(response, 400, 'text/plain; charset=utf-8', '"to" must be a phone number in E.164, such as +4512345678');
      if (typeof text !== 'string' || text.trim() === '' || text.length > MAX_SMS_LENGTH) return send(response, 400, 'text/plain; charset=utf-8', `"text" must be text of 1 to ${MAX_SMS_LENGTH} characters`);
      const id = randomUUID();
      receive({ id, channel: 'sms', to: [number], from: 'SMS', subject: '', text, html: null, links: linksIn(text), receivedAt: new Date().toISOString() });
      send(response, 202, JSON_TYPE, JSON.stringify({ id }));
    });
    request.on('error', () => response.destroy());
  }
  await new Promise<void>((resolve, reject) => {
    web.once('error', reject);
    web.listen(httpPort, host, () => {
      web.off('error', reject);
      resolve();
    });
  });
  const inboxUrl = `http://${urlHost(host)}:${(web.address() as AddressInfo).port}/`;

  return {
    smtpUrl,
    inboxUrl,
    smsUrl: `${inboxUrl}sms`,
    messages: () => [...inbox],
    clear: () => {
      inbox = [];
    },
    waitForMessage({ to, subject, timeoutMs = 10_000 }) {
      const matches = (message: CaughtMessage) =>
        isFor(message, to) && (subject === undefined || (typeof subject === 'string' ? message.subject === subject : subject.test(message.subject)));
      const already = inbox.find(matches);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`No matching mail arrived within ${timeoutMs} ms`));
        }, timeoutMs);
        const waiter = (message: CaughtMessage) => {
          if (!matches(message)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(message);
        };
        waiters.add(waiter);
      });
    },
    async stop() {
      web.closeAllConnections();
      await Promise.all([new Promise<void>((resolve) => smtp.close(() => resolve())), new Promise<void>((resolve) => web.close(() => resolve()))]);
    },
  };
}

function isFor(message: CaughtMessage, address: string): boolean {
  if (message.channel === 'sms') {
    // Digits alone: in a query string written by hand, `?to=+45…` reaches the catcher as ` 45…`.
    const wanted = phoneDigits(address);
    return wanted !== '' && message.to.some((recipient) => phoneDigits(recipient) === wanted);
  }
  const wanted = address.trim().toLowerCase();
  return message.to.some((recipient) => recipient.toLowerCase() === wanted);
}

function phoneDigits(value: string): string {
  return value.includes('@') ? '' : normalisePhone(value).replace(/^\+/, '');
}

function linksIn(text: string): string[] {
  // A sentence may end right after a link: its full stop is not part of it.
  return [...text.matchAll(LINK)].map(([link]) => link.replace(/[.,;:!?)]+$/, ''));
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

function send(response: ServerResponse, status: number, type?: string, body?: string) {
  if (type) response.setHeader('content-type', type);
  if (type === HTML) response.setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
  response.setHeader('cache-control', 'no-store');
  response.writeHead(status).end(body);
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The text with its links made clickable, everything else escaped. */
function linkify(text: string): string {
  let html = '';
  let from = 0;
  for (const match of text.matchAll(LINK)) {
    const link = match[0].replace(/[.,;:!?)]+$/, '');
    html += escape(text.slice(from, match.index)) + `<a href="${escape(link)}">${escape(link)}</a>`;
    from = match.index + link.length;
  }
  return html + escape(text.slice(from));
}

function time(iso: string): string {
  return `<time datetime="${escape(iso)}">${escape(iso.slice(0, 19).replace('T', ' '))} UTC</time>`;
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1a1a1a; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.4rem 0.6rem; border-bottom: 1px solid #ccc; vertical-align: top; }
a { color: #0645ad; }
.body { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid #ccc; padding: 1rem; }
dt { font-weight: bold; }
dd { margin: 0 0 0.5rem; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** What the inbox lists a message by: a mail's subject, a text's beginning. */
function title(message: CaughtMessage): string {
  if (message.channel === 'sms') return message.text.length > 80 ? `${message.text.slice(0, 79)}…` : message.text;
  return message.subject || '(no subject)';
}

function inboxPage(messages: CaughtMessage[], to: string | null, smtpUrl: string, showing: 'all' | 'sms'): string {
  const rows = messages
    .map(
      (message) =>
        `<tr><td>${message.channel === 'sms' ? 'SMS' : 'Mail'}</td><td>${escape(message.to.join(', '))}</td><td><a href="/message/${escape(message.id)}">${escape(title(message))}</a></td><td>${time(message.receivedAt)}</td></tr>`,
    )
    .join('\n');
  const list =
    messages.length === 0
      ? `<p>${showing === 'sms' ? 'No texts' : 'No mail'} yet. Reload the page after sending some.</p>`
      : `<table>
<caption>${messages.length === 1 ? '1 message' : `${messages.length} messages`}, newest first</caption>
<thead><tr><th scope="col">Kind</th><th scope="col">To</th><th scope="col">Subject</th><th scope="col">Received</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<form method="post" action="/clear"><p><button type="submit">Delete all mail and texts</button></p></form>`;
  return page(
    `Mail catcher (${messages.length})`,
    `<header>
<h1>Mail catcher</h1>
<p>Mail sent to <code>${escape(smtpUrl)}</code>, and texts posted to <code>/sms</code> here, stay here, in memory, and go nowhere else.${
      to ? ` Showing what was sent to ${escape(to)}: <a href="/">show all</a>.` : showing === 'sms' ? ' Showing texts only: <a href="/">show all</a>.' : ' <a href="/sms">Show texts only</a>.'
    }</p>
</header>
<main>
<h2>Inbox</h2>
${list}
</main>`,
  );
}

function messagePage(message: CaughtMessage): string {
  const heading = message.channel === 'sms' ? `Text to ${message.to.join(', ')}` : message.subject || '(no subject)';
  return page(
    heading,
    `<header>
<p><a href="/">Back to the inbox</a></p>
<h1>${escape(heading)}</h1>
</header>
<main>
<dl>
<dt>From</dt><dd>${escape(message.from)}</dd>
<dt>To</dt><dd>${escape(message.to.join(', '))}</dd>
<dt>Received</dt><dd>${time(message.receivedAt)}</dd>
</dl>
<h2>Text</h2>
<div class="body">${linkify(message.text)}</div>
${message.html ? `<p><a href="/message/${escape(message.id)}/html">Open the HTML version</a></p>` : ''}
</main>`,
  );
}
