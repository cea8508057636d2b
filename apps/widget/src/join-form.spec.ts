import { CONSENT_VERSION } from '@groupfinder/domain';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AskToJoinInput } from './gql/graphql';
import { JoinSubmission, newIdempotencyKey } from './join-form';
import { request } from './request';
import { AskToJoinMutation, JoinFormQuery, WriteToGroupMutation } from './useJoinForm';

/** A stand-in API over real HTTP: records what arrives, answers what it is told, in order. */
let server: Server;
let endpoint: string;
let received: { method?: string; url?: string; language?: string | string[]; body: string }[] = [];
let answers: { status: number; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ method: req.method, url: req.url, language: req.headers['accept-language'], body });
      const answer = answers.shift() ?? { status: 500, body: 'no answer was set' };
      res.writeHead(answer.status, { 'content-type': answer.body.startsWith('{') ? 'application/json' : 'text/html' }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  received = [];
  answers = [];
});

const RECEIVED = { status: 200, body: JSON.stringify({ data: { askToJoin: { received: true } } }) };
const refused = (code: string, message: string, problems?: unknown) => ({ status: 200, body: JSON.stringify({ data: null, errors: [{ message, extensions: { code, ...(problems ? { problems } : {}) } }] }) });

const INPUT: Omit<AskToJoinInput, 'idempotencyKey'> = {
  groupSlug: 'smart-recovery-parorendegruppe-gladsaxe',
  kind: 'WAITING_LIST',
  alias: 'Ane',
  contactKind: 'EMAIL',
  contact: 'ane@example.dk',
  message: null,
  consentVersion: CONSENT_VERSION,
  language: 'DA',
  formToken: 'token',
  website: null,
};

function submission(): JoinSubmission {
  return new JoinSubmission((input) =>
    'kind' in input ? request(endpoint, AskToJoinMutation, { input }, { locale: 'da' }) : request(endpoint, WriteToGroupMutation, { input }, { locale: 'da' }),
  );
}
const keysSent = () => received.map((each) => (JSON.parse(each.body) as { variables: { input: AskToJoinInput } }).variables.input.idempotencyKey);

describe('a filled-in form on its way', () => {
  it('keeps its idempotency key when sent again after a failure, so that the API keeps one request', async () => {
    answers = [{ status: 502, body: '<html>Bad gateway</html>' }, refused('FORM_TOO_FAST', 'Vent et øjeblik, og send den igen.'), RECEIVED];
    const form = submission();

    expect(await form.submit(INPUT)).toEqual({ kind: 'failed' });
    expect(await form.submit(INPUT)).toEqual({ kind: 'refused', message: 'Vent et øjeblik, og send den igen.' });
    expect(await form.submit(INPUT)).toEqual({ kind: 'received' });

    const keys = keysSent();
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Posted, in the widget's language, with nothing but the operation.
    expect(received.map((each) => [each.method, each.language])).toEqual([
      ['POST', 'da'],
      ['POST', 'da'],
      ['POST', 'da'],
    ]);
  });

  it('is sent once when the button is clicked twice, both clicks getting the one answer', async () => {
    answers = [RECEIVED];
    const form = submission();
    const [first, second] = await Promise.all([form.submit(INPUT), form.submit(INPUT)]);
    expect([first, second, received.length]).toEqual([{ kind: 'received' }, { kind: 'received' }, 1]);
    expect(form.sending).toBe(false);
  });

  it('writes to the group with the same protections', async () => {
    answers = [{ status: 200, body: 'not json' }, { status: 200, body: JSON.stringify({ data: { writeToGroup: { received: true } } }) }];
    const form = submission();
    const { kind: _kind, ...message } = { ...INPUT, message: 'Hej, hvornår starter gruppen?' };
    expect(await form.submit(message)).toEqual({ kind: 'failed' });
    expect(await form.submit(message)).toEqual({ kind: 'received' });
    expect(received.map((each) => (JSON.parse(each.body) as { query: string }).query.includes('writeToGroup'))).toEqual([true, true]);
    expect(new Set(keysSent()).size).toBe(1);
  });

  it('gets a new key with a new form', async () => {
    answers = [RECEIVED, RECEIVED];
    await submission().submit(INPUT);
    await submission().submit(INPUT);
    expect(new Set(keysSent()).size).toBe(2);
  });

  it('brings back the problems at the fields in the API’s words, and an expired form as such', async () => {
    answers = [
      refused('INVALID_INPUT', '2 problemer', [
        { field: 'alias', code: 'ALIAS_REQUIRED', message: 'Skriv et fornavn eller et kaldenavn.' },
        { field: 'contact', code: 'EMAIL_INVALID', message: 'Skriv en gyldig e-mailadresse.' },
      ]),
      refused('FORM_EXPIRED', 'Formularen har været åben for længe.'),
      refused('TOO_MANY_ATTEMPTS', 'For mange forsøg. Prøv igen om 15 minutter.'),
    ];
    const form = submission();
    expect(await form.submit(INPUT)).toEqual({ kind: 'invalid', errors: { alias: 'Skriv et fornavn eller et kaldenavn.', contact: 'Skriv en gyldig e-mailadresse.' } });
    expect(await form.submit(INPUT)).toEqual({ kind: 'expired' });
    expect(await form.submit(INPUT)).toEqual({ kind: 'refused', message: 'For mange forsøg. Prøv igen om 15 minutter.' });
  });
});

describe('the form’s token', () => {
  it('is asked for by POST, so that no cache keeps one visitor’s token for another', async () => {
    answers = [{ status: 200, body: JSON.stringify({ data: { joinForm: { joinWay: 'WAITING_LIST', formToken: 't', consentVersion: CONSENT_VERSION, retentionDays: 180, controller: 'De Frivilliges Hus', confirmsByText: true } } }) }];
    const { joinForm } = await request(endpoint, JoinFormQuery, { groupSlug: 'smart-recovery-parorendegruppe-gladsaxe' }, { locale: 'pl', post: true });
    expect(joinForm.controller).toBe('De Frivilliges Hus');
    expect(received.map((each) => [each.method, each.url, each.language])).toEqual([['POST', '/graphql', 'pl']]);
  });
});

describe('newIdempotencyKey', () => {
  it('makes a version 4 UUID also where crypto.randomUUID is missing (a page on plain http)', () => {
    const randomUUID = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(newIdempotencyKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: randomUUID, configurable: true });
    }
  });
});
