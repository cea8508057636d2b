import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RETENTION } from '@groupfinder/domain';
import { formatLongDate, LOCALES, translate, type Locale } from '@groupfinder/translations';
import { requestLink } from '../joining/join.service';
import { freePort } from '../testing/free-port';
import { startMailCatcher, type CaughtMessage, type MailCatcher } from './mail-catcher';
import { createSmsSender, renderSms, SMS_MAX_LENGTH, smsNumber, SmsNotSentError, type SmsMessage } from './sms';

// A long production address and a token as long as newToken's: the longest link a confirmation holds.
const LINK = requestLink('https://selvhjaelp-dashboard.groupfinder.kommune.example.dk', 'a'.repeat(43));
const days = RETENTION.messageAfterDeliveryDays;

let catcher: MailCatcher;
/** A port nothing listens on. */
let closedPort = 0;

beforeAll(async () => {
  catcher = await startMailCatcher();
  closedPort = await freePort();
});

afterAll(async () => {
  await catcher.stop();
});

beforeEach(() => catcher.clear());

const confirmation = (to: string, overrides: Partial<SmsMessage> = {}): SmsMessage => ({ to, country: 'DK', locale: 'da', template: 'joinConfirmation', values: { link: LINK }, ...overrides }) as SmsMessage;

describe('the texts', () => {
  const every = LOCALES.flatMap((locale): SmsMessage[] => [
    { to: '+4512345678', country: 'DK', locale, template: 'joinConfirmation', values: { link: LINK } },
    { to: '+4512345678', country: 'DK', locale, template: 'joinAccepted', values: {} },
    { to: '+4512345678', country: 'DK', locale, template: 'groupOpened', values: {} },
    { to: '+4512345678', country: 'DK', locale, template: 'groupMessageReceipt', values: { days } },
    { to: '+4512345678', country: 'DK', locale, template: 'groupEnded', values: { deletedOn: '2026-12-27' } },
  ]);

  it.each(every.map((message) => [message.locale, message.template, message] as const))('in %s, %s, is plain text of at most 300 characters, link included, naming no group', (locale, template, message) => {
    const text = renderSms(message);
    expect(text).toBe(translate(locale, `sms.${template}`, template === 'groupEnded' ? { deletedOn: formatLongDate('2026-12-27', locale) } : { ...message.values }));
    expect(text.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
    expect(text).toMatch(/^groupfinder: /);
    expect(text).not.toMatch(/[{}\n<>]/);
    if (template === 'joinConfirmation') expect(text.endsWith(` ${LINK}`)).toBe(true);
    if (template !== 'joinConfirmation') expect(text).not.toMatch(/https?:/);
    if (template === 'groupMessageReceipt') expect(text).toContain(String(days));
  });

  it('says in words, in the person’s language, the day a request of a group that ended is deleted by', () => {
    const ended = (locale: Locale) => renderSms({ to: '+4512345678', country: 'DK', locale, template: 'groupEnded', values: { deletedOn: '2026-12-27' } });
    expect(ended('da')).toContain('27. december 2026');
    expect(ended('en')).toContain('27 December 2026');
    expect(ended('pl')).toContain('27 grudnia 2026');
  });

  it('is in the person’s language', () => {
    const texts = new Set(LOCALES.map((locale) => renderSms({ to: '+4512345678', country: 'DK', locale, template: 'joinAccepted', values: {} })));
    expect(texts.size).toBe(LOCALES.length);
  });
});

describe('the number a text goes to', () => {
  it('is E.164: written with its country code however, or without it in the group’s country, its trunk 0 dropped', () => {
    expect(smsNumber('+45 12 34 56 78', 'SE')).toBe('+4512345678');
    expect(smsNumber('0045 12345678', 'PL')).toBe('+4512345678');
    expect(smsNumber('(+45) 1234-5678', 'DK')).toBe('+4512345678');
    expect(smsNumber('12 34 56 78', 'DK')).toBe('+4512345678');
    expect(smsNumber('070-123 45 67', 'SE')).toBe('+46701234567');
    expect(smsNumber('+46 (0)70 123 45 67', 'DK')).toBe('+46701234567');
    expect(smsNumber('912 34 567', 'NO')).toBe('+4791234567');
    expect(smsNumber('601 234 567', 'PL')).toBe('+48601234567');
  });

  it('is none when the number cannot be one there', () => {
    for (const [written, country] of [
      ['1234 567', 'DK'],
      ['12 34 56 78 9', 'DK'],
      ['0123 4567', 'NO'],
      ['601 234 56', 'PL'],
      ['+45 12', 'DK'],
      ['+0 12 34 56 78', 'DK'],
      ['+45 1234 5678 9012 345', 'DK'],
    ] as const) {
      expect({ written, country, number: smsNumber(written, country) }).toEqual({ written, country, number: null });
    }
  });
});

describe('sending a text', () => {
  /** A gateway of the test's own: what it was sent, and the answer it gives. */
  let gateway: Server;
  let gatewayUrl: string;
  let answer: { status: number; hold?: boolean } = { status: 202 };
  const received: { headers: IncomingHttpHeaders; body: unknown }[] = [];

  beforeAll(async () => {
    gateway = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ headers: request.headers, body: JSON.parse(body) });
        if (answer.hold) return;
        response.writeHead(answer.status, { 'content-type': 'application/json' }).end('{"to":"+4512345678","error":"echoed"}');
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/send`;
  });

  afterAll(async () => {
    gateway.closeAllConnections();
    await new Promise((resolve) => gateway.close(resolve));
  });

  beforeEach(() => {
    received.length = 0;
    answer = { status: 202 };
  });

  it('posts JSON { to, text } with the configured Authorization to the gateway', async () => {
    await createSmsSender({ url: gatewayUrl, authorization: 'Bearer gateway-token' }).send(confirmation('21 43 65 87', { locale: 'sv' }));
    expect(received).toEqual([{ headers: expect.objectContaining({ 'content-type': 'application/json', authorization: 'Bearer gateway-token' }), body: { to: '+4521436587', text: translate('sv', 'sms.joinConfirmation', { link: LINK }) } }]);
    await createSmsSender({ url: gatewayUrl }).send(confirmation('+4521436587'));
    expect(received[1]?.headers.authorization).toBeUndefined();
  });

  it('fails with a code alone, never the number or the text: a refusal, a timeout, no gateway, no number', async () => {
    const failures: [string, () => Promise<void>][] = [
      ['HTTP_503', async () => {
        answer = { status: 503 };
        await createSmsSender({ url: gatewayUrl }).send(confirmation('+4521436587'));
      }],
      ['TIMEOUT', async () => {
        answer = { status: 202, hold: true };
        await createSmsSender({ url: gatewayUrl, timeoutMs: 200 }).send(confirmation('+4521436587'));
      }],
      ['ECONNREFUSED', () => createSmsSender({ url: `http://127.0.0.1:${closedPort}/send` }).send(confirmation('+4521436587'))],
      ['INVALID_NUMBER', () => createSmsSender({ url: gatewayUrl }).send(confirmation('1234'))],
    ];
    for (const [reason, send] of failures) {
      const error: unknown = await send().then(
        () => null,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(SmsNotSentError);
      const { message, stack } = error as SmsNotSentError;
      expect({ reason: (error as SmsNotSentError).reason, message }).toEqual({ reason, message: `The text could not be sent (${reason})` });
      for (const secret of ['21436587', '1234', 'aaaaaaaa', 'groupfinder:']) expect(`${message}${stack ?? ''}`.replace(/\n\s+at .*/g, '')).not.toContain(secret);
    }
    // The number invalid: the gateway was never asked.
    expect(received).toHaveLength(2);
  });
});

describe('the catcher’s texts', () => {
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(catcher.smsUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const list = async (query = ''): Promise<CaughtMessage[]> => (await fetch(new URL(`messages${query}`, catcher.inboxUrl))).json() as Promise<CaughtMessage[]>;

  it('takes a text as a gateway would, with or without Authorization, and lists it with the mail, for its number however written', async () => {
    const sms = createSmsSender({ url: catcher.smsUrl, authorization: 'Bearer anything' });
    await sms.send(confirmation('21 43 65 87'));
    const text = await catcher.waitForMessage({ to: '+45 21 43 65 87', timeoutMs: 5000 });
    expect(text).toEqual({
      id: expect.any(String),
      channel: 'sms',
      to: ['+4521436587'],
      from: 'SMS',
      subject: '',
      text: translate('da', 'sms.joinConfirmation', { link: LINK }),
      html: null,
      links: [LINK],
      receivedAt: expect.any(String),
    });
    expect(await list()).toEqual([text]);
    // `+` written by hand in a query string arrives as a space; `00` is the international prefix.
    for (const query of ['?to=%2B4521436587', '?to=+4521436587', '?to=0045%2021%2043%2065%2087']) expect(await list(query)).toEqual([text]);
    expect(await list('?to=%2B4521436588')).toEqual([]);
    expect(await list('?to=4521436587%40example.dk')).toEqual([]);
    expect((await fetch(new URL(`messages/${text.id}`, catcher.inboxUrl))).status).toBe(200);

    expect((await fetch(new URL('messages?to=%2B4521436587', catcher.inboxUrl), { method: 'DELETE' })).status).toBe(204);
    expect(catcher.messages()).toEqual([]);
  });

  it('refuses what no gateway would take, and keeps nothing of it', async () => {
    expect((await post('not json')).status).toBe(400);
    expect((await post({ to: '21436587', text: 'Hej' })).status).toBe(400);
    expect((await post({ to: '+4521436587', text: '' })).status).toBe(400);
    expect((await post({ to: '+4521436587', text: 'x'.repeat(2001) })).status).toBe(400);
    expect((await post({ to: '+4521436587', text: 'x'.repeat(70_000) })).status).toBe(413);
    expect(catcher.messages()).toEqual([]);
    const accepted = await post({ to: '+4521436587', text: 'Hej' });
    expect(accepted.status).toBe(202);
    expect(await accepted.json()).toEqual({ id: catcher.messages()[0]?.id });
  });

  it('shows the texts on a page of their own, escaped, and beside the mail in the inbox', async () => {
    expect((await post({ to: '+4521436587', text: 'Se <b>her</b>: http://dashboard.test/#/asked?token=abc' })).status).toBe(202);
    const [text] = catcher.messages();
    const page = await (await fetch(catcher.smsUrl)).text();
    expect(page).toContain('<td>SMS</td><td>+4521436587</td>');
    expect(page).toContain('Se &#60;b&#62;her&#60;/b&#62;: http://dashboard.test/#/asked?token=abc');
    expect(page).not.toContain('<b>her');
    expect(await (await fetch(catcher.inboxUrl)).text()).toContain(`<a href="/message/${text?.id}">`);
    const shown = await (await fetch(new URL(`message/${text?.id}`, catcher.inboxUrl))).text();
    expect(shown).toContain('<h1>Text to +4521436587</h1>');
    expect(shown).toContain('<a href="http://dashboard.test/#/asked?token=abc">');
  });
});
