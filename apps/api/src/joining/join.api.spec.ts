import { randomUUID } from 'node:crypto';
import { CONSENT_VERSION, JOINING_LIMITS, RETENTION } from '@groupfinder/domain';
import { translate } from '@groupfinder/translations';
import { createThrottle } from '../auth/throttle';
import { MailNotSentError, type Mailer } from '../mail/mailer';
import { normaliseContact } from '../privacy/normalise';
import { sealedPlace } from '../privacy/sealed-columns';
import { testKeyRing } from '../privacy/testing';
import { captureOutput, type CapturedOutput } from '../testing/capture-output';
import { asVisitorRequest, startTestApi, TEST_DASHBOARD_URL, TEST_NOW, type GraphQLResponse, type TestApi } from '../testing/test-api';
import { TEST_VISITORS_ABROAD, testVisitor, testVisitorsInTurn } from '../testing/test-people';
import { issueFormToken } from './form-token';
import { JoinService } from './join.service';

/** Seed 001's relatives' group: a waiting list until enough sign up. */
const FORMING = 'smart-recovery-parorendegruppe-gladsaxe';
/** Full, and taking names for when a place frees. */
const FULL_WITH_LIST = 'demo-ensomhed-seniorer-lyngby';
const INTAKE = 'demo-sorggruppe-oslo';
const DROP_IN = 'demo-smart-recovery-online-english';
const CLOSED = 'demo-samtalegruppe-angst-oslo';

/** Whatever a visitor sends that is theirs: none of it may reach the log, an answer or a column in the clear. */
const secrets = new Set<string>();
const remember = <T extends string>(value: T): T => {
  secrets.add(value);
  return value;
};

const FORM = `query ($slug: String!) { joinForm(groupSlug: $slug) { joinWay formToken consentVersion } }`;
const ASK = `mutation ($input: AskToJoinInput!) { askToJoin(input: $input) { received } }`;
const STATUS = `query ($token: String!) { joinRequestByToken(token: $token) { groupName groupSlug kind status askedAt } }`;
const WITHDRAW = `mutation ($token: String!) { withdrawJoinRequest(token: $token) }`;

/** A minute after the form was fetched: a person's pace. */
const LATER = new Date(TEST_NOW.getTime() + 60_000);

let output: CapturedOutput;
let api: TestApi;

beforeAll(async () => {
  output = captureOutput();
  // Per address as in production; per group far above what this file sends to its one group.
  api = await startTestApi({ throttle: { limits: { joinRequestsPerGroup: 10_000 } } });
});

afterAll(async () => {
  await api?.stop();
  output?.stop();
});

afterEach(() => api.setNow(TEST_NOW));

let visitors = 0;
/** A visitor of their own, as the proxy in front of the API names them: each has their own allowance. */
function visitor(): Record<string, string> {
  visitors++;
  return { 'x-forwarded-for': `198.51.100.${visitors}` };
}

const nextVisitor = testVisitorsInTurn();
/** A person's name and address, of the test people (the run's log capture looks for them), each new in this file. */
function person(): { alias: string; email: string } {
  const who = nextVisitor();
  return { alias: remember(who.name), email: remember(who.email) };
}

/** The form of a group fetched at TEST_NOW, with the clock then a minute on: its token as the visitor's page holds it. */
async function formToken(slug = FORMING): Promise<string> {
  api.setNow(TEST_NOW);
  const form = await api.query<{ joinForm: { formToken: string } }>(FORM, { slug });
  expect(form.errors).toBeUndefined();
  api.setNow(LATER);
  return form.data?.joinForm.formToken as string;
}

interface AskInput {
  groupSlug: string;
  kind: 'WAITING_LIST' | 'INTAKE';
  alias: string;
  contactKind: 'EMAIL' | 'PHONE';
  contact: string;
  message: string | null;
  consentVersion: string | null;
  language: string;
  idempotencyKey: string;
  formToken: string;
  website: string | null;
}

async function input(overrides: Partial<AskInput> = {}): Promise<AskInput> {
  const who = person();
  return {
    groupSlug: FORMING,
    kind: 'WAITING_LIST',
    alias: who.alias,
    contactKind: 'EMAIL',
    contact: who.email,
    message: null,
    consentVersion: CONSENT_VERSION,
    language: 'DA',
    idempotencyKey: randomUUID(),
    formToken: overrides.formToken ?? (await formToken(overrides.groupSlug)),
    website: '',
    ...overrides,
  };
}

async function ask(given: AskInput, headers: Record<string, string> = visitor()): Promise<{ response: GraphQLResponse<{ askToJoin: { received: boolean } }>; cacheControl: string | null }> {
  const answer = await api.post(JSON.stringify({ query: ASK, variables: { input: given } }), headers);
  return { response: { status: answer.status, ...((await answer.json()) as object) }, cacheControl: answer.headers.get('cache-control') };
}

const RECEIVED = { status: 200, data: { askToJoin: { received: true } } };

interface Row {
  id: string;
  group_id: string;
  kind: string;
  status: string;
  alias_sealed: string;
  contact_kind: string;
  contact_sealed: string;
  contact_index: string;
  message_sealed: string | null;
  language: string;
  consent_version: string;
  consented_at: Date;
  created_at: Date;
  delete_after: Date;
  access_token_hash: string;
}

/** The rows of a person, found as the API finds them: by the blind index of their contact. */
async function rowsOf(contact: string): Promise<Row[]> {
  return api.dataSource.query(`SELECT * FROM join_requests WHERE contact_index = $1`, [api.keys.blindIndex('contact', normaliseContact(contact))]);
}

async function rowCount(): Promise<number> {
  const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM join_requests`);
  return count;
}

/** The token in the link of the newest confirmation to `to` with this subject. */
async function linkToken(to: string, subject: string): Promise<string> {
  const mail = await api.mail.waitForMessage({ to, subject });
  const link = mail.links.find((address) => address.startsWith(`${TEST_DASHBOARD_URL}/#/asked?token=`)) as string;
  return remember(link.slice(`${TEST_DASHBOARD_URL}/#/asked?token=`.length));
}

/**
 * Every mail to `to` once a later mail to it (asked for after the ones counted, so sent after
 * them) has arrived: a mail that was to come has come by then.
 */
async function mailsTo(to: string): Promise<string[]> {
  const barrier = await input({ groupSlug: FULL_WITH_LIST, contact: to, language: 'EN' });
  expect((await ask(barrier)).response).toEqual(RECEIVED);
  await api.mail.waitForMessage({ to, subject: translate('en', 'mail.joinConfirmation.subject') });
  return api.mail
    .messages()
    .filter((message) => message.to.includes(to) && !message.text.includes('Samtalegruppe om ensomhed'))
    .map((message) => message.subject);
}

describe('a visitor asks to join the relatives’ group (seed 001), in Danish', () => {
  it('is offered the waiting list, gets one answer whatever happens, and a confirmation with a link, sealed at rest', async () => {
    const form = await api.query(FORM, { slug: FORMING });
    expect(form).toEqual({ status: 200, data: { joinForm: { joinWay: 'WAITING_LIST', formToken: expect.stringMatching(/^\d+\.[A-Za-z0-9_-]{43}$/), consentVersion: CONSENT_VERSION } } });

    const message = remember('Min bror drikker, og jeg ved ikke, hvad jeg skal gøre.');
    const given = await input({ message });
    const { response, cacheControl } = await ask(given);
    expect(response).toEqual(RECEIVED);
    expect(cacheControl).toBe('no-store');

    const mail = await api.mail.waitForMessage({ to: given.contact });
    expect(mail.subject).toBe(translate('da', 'mail.joinConfirmation.subject'));
    expect(mail.text).toContain('»SMART Recovery pårørendegruppe«');
    expect(mail.links).toEqual([expect.stringMatching(new RegExp(`^${TEST_DASHBOARD_URL}/#/asked\\?token=[A-Za-z0-9_-]{43}$`))]);
    expect(mail.subject + mail.text).not.toContain(given.alias);

    const [row, ...more] = await rowsOf(given.contact);
    expect(more).toEqual([]);
    expect(row).toMatchObject({ kind: 'WAITING_LIST', status: 'NEW', contact_kind: 'EMAIL', language: 'da', consent_version: CONSENT_VERSION, consented_at: LATER, created_at: LATER });
    // 180 days unless the organisation set another time.
    expect(row?.delete_after).toEqual(new Date(LATER.getTime() + 180 * 86_400_000));
    // What a raw SELECT shows: sealed values, which open with the API's keys only where they were written.
    const raw: { row: string }[] = await api.dataSource.query(`SELECT t::text AS row FROM join_requests t WHERE id = $1`, [row?.id]);
    for (const secret of [given.alias, given.contact, message, 'Min bror', 'example.dk']) expect(raw[0]?.row).not.toContain(secret);
    const id = row?.id as string;
    expect(api.keys.open(row?.alias_sealed as string, sealedPlace('join_requests', 'alias_sealed', id))).toBe(given.alias);
    expect(api.keys.open(row?.contact_sealed as string, sealedPlace('join_requests', 'contact_sealed', id))).toBe(given.contact);
    expect(api.keys.open(row?.message_sealed as string, sealedPlace('join_requests', 'message_sealed', id))).toBe(message);
    expect(() => api.keys.open(row?.contact_sealed as string, sealedPlace('join_requests', 'alias_sealed', id))).toThrow('does not open');
  });

  it('sees the request through the link, withdraws it, and then it is gone: from the database and from the link', async () => {
    const given = await input();
    expect((await ask(given)).response).toEqual(RECEIVED);
    const token = await linkToken(given.contact, translate('da', 'mail.joinConfirmation.subject'));

    const status = await api.post(JSON.stringify({ query: STATUS, variables: { token } }), { 'accept-language': 'da' });
    expect(status.headers.get('cache-control')).toBe('no-store');
    expect(await status.json()).toEqual({
      data: { joinRequestByToken: { groupName: 'SMART Recovery pårørendegruppe', groupSlug: FORMING, kind: 'WAITING_LIST', status: 'NEW', askedAt: LATER.toISOString() } },
    });

    const [row] = await rowsOf(given.contact);
    expect(await api.query(WITHDRAW, { token })).toEqual({ status: 200, data: { withdrawJoinRequest: true } });
    expect(await api.dataSource.query(`SELECT id FROM join_requests WHERE id = $1`, [row?.id])).toEqual([]);
    expect(await rowsOf(given.contact)).toEqual([]);

    const gone = await api.query(STATUS, { token }, { 'accept-language': 'da' });
    expect(gone.data).toBeNull();
    expect(gone.errors).toEqual([expect.objectContaining({ message: translate('da', 'error.JOIN_REQUEST_NOT_FOUND'), extensions: { code: 'JOIN_REQUEST_NOT_FOUND' } })]);
    expect((await api.query(WITHDRAW, { token })).errors?.[0]?.extensions.code).toBe('JOIN_REQUEST_NOT_FOUND');
    expect((await api.query(STATUS, { token: 'x'.repeat(43) })).errors?.[0]?.extensions.code).toBe('JOIN_REQUEST_NOT_FOUND');
    expect((await api.query(STATUS, { token: 'x'.repeat(5000) })).errors?.[0]?.extensions.code).toBe('JOIN_REQUEST_NOT_FOUND');
  });

  it('is one request and one mail when the form is sent ten times at once, each answered alike', async () => {
    const given = await input();
    const from = visitor();
    const answers = await Promise.all(Array.from({ length: 10 }, () => ask(given, from)));
    expect(answers.map(({ response }) => response)).toEqual(Array.from({ length: 10 }, () => RECEIVED));
    expect(await rowsOf(given.contact)).toHaveLength(1);
    expect(await mailsTo(given.contact)).toEqual([translate('da', 'mail.joinConfirmation.subject')]);
  });

  it('asking again with the same address (written otherwise) keeps one request, sends a new link in the new language, and the old link stops working', async () => {
    const first = await input();
    expect((await ask(first)).response).toEqual(RECEIVED);
    const firstToken = await linkToken(first.contact, translate('da', 'mail.joinConfirmation.subject'));
    const [before] = await rowsOf(first.contact);

    const again = await input({ alias: first.alias, contact: `  ${first.contact.toUpperCase()} `, language: 'EN' });
    expect((await ask(again)).response).toEqual(RECEIVED);
    const secondToken = await linkToken(first.contact, translate('en', 'mail.joinConfirmation.subject'));
    expect(secondToken).not.toBe(firstToken);

    const rows = await rowsOf(first.contact);
    expect(rows).toEqual([expect.objectContaining({ id: before?.id, created_at: before?.created_at, language: 'en' })]);
    expect((await api.query(STATUS, { token: firstToken })).errors?.[0]?.extensions.code).toBe('JOIN_REQUEST_NOT_FOUND');
    expect((await api.query(STATUS, { token: secondToken })).data).toEqual({ joinRequestByToken: expect.objectContaining({ groupSlug: FORMING, status: 'NEW' }) });
  });

  it('answers a robot that fills in the hidden field as anyone else, and stores nothing', async () => {
    const rows = await rowCount();
    const robot = await input({ website: 'https://spam.example' });
    expect((await ask(robot)).response).toEqual(RECEIVED);
    expect(await rowCount()).toBe(rows);
    expect(await rowsOf(robot.contact)).toEqual([]);
  });
});

describe('the form’s token', () => {
  it('refuses a form sent within 2 seconds of its token, one older than 24 hours, and a forged or made-up one, storing nothing', async () => {
    const rows = await rowCount();
    const token = await formToken();
    const refusal = async (formToken: string, now: Date) => {
      api.setNow(now);
      const { response } = await ask(await input({ formToken }));
      return response.errors?.map((error) => [error.extensions.code, error.message]);
    };
    expect(await refusal(token, new Date(TEST_NOW.getTime() + 1_000))).toEqual([['FORM_TOO_FAST', translate('da', 'error.FORM_TOO_FAST')]]);
    expect(await refusal(token, new Date(TEST_NOW.getTime() + 24 * 3_600_000 + 1))).toEqual([['FORM_EXPIRED', translate('da', 'error.FORM_EXPIRED')]]);
    expect(await refusal(issueFormToken(testKeyRing(), TEST_NOW), LATER)).toEqual([['FORM_EXPIRED', translate('da', 'error.FORM_EXPIRED')]]);
    const [issuedAt, mac] = token.split('.');
    expect(await refusal(`${Number(issuedAt) - 3_600_000}.${mac}`, LATER)).toEqual([['FORM_EXPIRED', translate('da', 'error.FORM_EXPIRED')]]);
    expect(await refusal('not a token', LATER)).toEqual([['FORM_EXPIRED', translate('da', 'error.FORM_EXPIRED')]]);
    expect(await rowCount()).toBe(rows);
    // The same token at a person's pace, and until the 24 hours are up.
    expect(await refusal(token, new Date(TEST_NOW.getTime() + 2_000))).toBeUndefined();
    expect(await refusal(token, new Date(TEST_NOW.getTime() + 24 * 3_600_000))).toBeUndefined();
  });
});

describe('what a visitor gets wrong', () => {
  it('is told at each field, in their language, and nothing is stored', async () => {
    const rows = await rowCount();
    const given = await input({ alias: ' ', contact: remember('ane@'), message: 'x'.repeat(JOINING_LIMITS.messageMaxLength + 1), consentVersion: null, language: 'PL' });
    const { response } = await ask(given, { ...visitor(), 'accept-language': 'da' });
    expect(response.status).toBe(200);
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: translate('pl', 'error.INVALID_INPUT', { count: 4 }),
        extensions: expect.objectContaining({
          code: 'INVALID_INPUT',
          problems: [
            { field: 'alias', code: 'ALIAS_REQUIRED', message: translate('pl', 'error.ALIAS_REQUIRED') },
            { field: 'contact', code: 'EMAIL_INVALID', message: translate('pl', 'error.EMAIL_INVALID') },
            { field: 'message', code: 'MESSAGE_TOO_LONG', values: { max: JOINING_LIMITS.messageMaxLength }, message: translate('pl', 'error.MESSAGE_TOO_LONG', { max: JOINING_LIMITS.messageMaxLength }) },
            { field: 'consentVersion', code: 'CONSENT_REQUIRED', message: translate('pl', 'error.CONSENT_REQUIRED') },
          ],
        }),
      }),
    ]);
    expect(JSON.stringify(response)).not.toContain('ane@');
    expect(await rowCount()).toBe(rows);
  });

  it.each([
    ['a name over two lines', { alias: testVisitor(0).name.replace(' ', '\n') }, 'alias', 'ALIAS_INVALID'],
    ['a name too long', { alias: 'A'.repeat(JOINING_LIMITS.aliasMaxLength + 1) }, 'alias', 'ALIAS_INVALID'],
    ['a name that is no text', { alias: `${testVisitor(0).name}\ud800` }, 'alias', 'ALIAS_INVALID'],
    ['a phone number with letters', { contactKind: 'PHONE' as const, contact: '+45 12 34 ab' }, 'contact', 'PHONE_INVALID'],
    ['an e-mail address as a phone number', { contactKind: 'PHONE' as const, contact: testVisitor(0).email }, 'contact', 'PHONE_INVALID'],
    // A Swedish mobile number written as at home, to a Danish group: it could be neither called nor texted from Denmark.
    ['a number of another country without its country code', { contactKind: 'PHONE' as const, contact: '070-123 45 67' }, 'contact', 'PHONE_NEEDS_COUNTRY_CODE'],
    ['a message with an escape character', { message: 'Hej\u001b[31m' }, 'message', 'MESSAGE_INVALID'],
    ['an old consent text', { consentVersion: '2020-01-01' }, 'consentVersion', 'CONSENT_REQUIRED'],
  ])('%s', async (_case, overrides, field, code) => {
    const rows = await rowCount();
    const { response } = await ask(await input(overrides));
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', problems: [expect.objectContaining({ field, code, message: expect.any(String) })] });
    expect(await rowCount()).toBe(rows);
  });
});

describe('what each group offers', () => {
  it('shows on the group: its waiting list and how to join', async () => {
    const ways = await api.query<{ groups: { edges: { node: { slug: string; joinWay: string; waitingList: boolean } }[] } }>(`{ groups(first: 50) { edges { node { slug joinWay waitingList } } } }`);
    const bySlug = Object.fromEntries((ways.data?.groups.edges ?? []).map(({ node }) => [node.slug, [node.joinWay, node.waitingList]]));
    expect({ FORMING: bySlug[FORMING], FULL_WITH_LIST: bySlug[FULL_WITH_LIST], INTAKE: bySlug[INTAKE], DROP_IN: bySlug[DROP_IN], CLOSED: bySlug[CLOSED] }).toEqual({
      FORMING: ['WAITING_LIST', false],
      FULL_WITH_LIST: ['WAITING_LIST', true],
      INTAKE: ['INTAKE', false],
      DROP_IN: ['JUST_COME', false],
      CLOSED: ['NONE', false],
    });
  });

  it('takes no request where the group does not offer it, and none for a group that is not there', async () => {
    const rows = await rowCount();
    for (const [groupSlug, kind] of [
      [DROP_IN, 'WAITING_LIST'],
      [CLOSED, 'WAITING_LIST'],
      [FORMING, 'INTAKE'],
      [INTAKE, 'WAITING_LIST'],
    ] as const) {
      const { response } = await ask(await input({ groupSlug, kind }));
      expect({ groupSlug, kind, errors: response.errors?.map((error) => [error.extensions.code, error.message]) }).toEqual({ groupSlug, kind, errors: [['JOIN_NOT_OFFERED', translate('da', 'error.JOIN_NOT_OFFERED')]] });
    }
    expect((await ask(await input({ groupSlug: 'no-such-group', formToken: await formToken() }))).response.errors?.[0]?.extensions.code).toBe('GROUP_NOT_FOUND');
    expect((await api.query(FORM, { slug: 'no-such-group' })).errors?.[0]?.extensions.code).toBe('GROUP_NOT_FOUND');
    expect(await rowCount()).toBe(rows);
  });

  it('takes an intake request in Polish by phone, and confirms it by a text in Polish, not a mail (more in sms.api.spec.ts)', async () => {
    const phone = remember(TEST_VISITORS_ABROAD.poland.phone);
    const given = await input({ groupSlug: INTAKE, kind: 'INTAKE', contactKind: 'PHONE', contact: phone, language: 'PL', message: remember('Proszę o telefon po 17.') });
    expect((await ask(given)).response).toEqual(RECEIVED);
    expect(await rowsOf(`00${phone.replace(/\D/g, '')}`)).toEqual([expect.objectContaining({ kind: 'INTAKE', contact_kind: 'PHONE', language: 'pl' })]);
    const text = await api.mail.waitForMessage({ to: phone });
    const link = text.links[0] as string;
    remember(link.slice(`${TEST_DASHBOARD_URL}/#/asked?token=`.length));
    expect(text).toMatchObject({ channel: 'sms', to: [`+${phone.replace(/\D/g, '')}`], text: translate('pl', 'sms.joinConfirmation', { link }) });
  });
});

describe('what the privacy notice beside the form is written from', () => {
  const NOTICE = `query ($slug: String!) { joinForm(groupSlug: $slug) { retentionDays controller } }`;

  it('names the group’s organisation as controller and gives its retention time, as the organisation sets it', async () => {
    expect((await api.query(NOTICE, { slug: FORMING })).data).toEqual({ joinForm: { retentionDays: RETENTION.requestDefaultDays, controller: 'De Frivilliges Hus' } });
    await api.dataSource.query(`UPDATE organisations SET request_retention_days = 90 WHERE slug = 'de-frivilliges-hus-gladsaxe'`);
    try {
      expect((await api.query(NOTICE, { slug: FORMING })).data).toEqual({ joinForm: { retentionDays: 90, controller: 'De Frivilliges Hus' } });
    } finally {
      await api.dataSource.query(`UPDATE organisations SET request_retention_days = $1 WHERE slug = 'de-frivilliges-hus-gladsaxe'`, [RETENTION.requestDefaultDays]);
    }
  });

  it('says whether a phone number gets its link by text message: only where an SMS gateway is configured', async () => {
    expect((await api.query(`query ($slug: String!) { joinForm(groupSlug: $slug) { confirmsByText } }`, { slug: FORMING })).data).toEqual({ joinForm: { confirmsByText: true } });
    const unused: Mailer = { send: () => Promise.reject(new Error('no mail expected')), close: () => undefined };
    const withoutGateway = new JoinService({ keys: api.keys, mailer: unused, throttle: createThrottle(), dashboardUrl: TEST_DASHBOARD_URL });
    expect(await asVisitorRequest(api.dataSource, { now: LATER, clientAddress: '203.0.113.1' }, (context) => withoutGateway.joinForm(context, FORMING))).toMatchObject({ confirmsByText: false });
  });
});

describe('throttling', () => {
  it('takes 10 requests an hour from one address, then asks it to wait, in its language; other addresses go on', async () => {
    const from = visitor();
    for (let request = 0; request < 10; request++) expect((await ask(await input(), from)).response).toEqual(RECEIVED);
    const refused = (await ask(await input({ language: 'SV' }), from)).response;
    expect(refused.errors).toEqual([expect.objectContaining({ message: translate('sv', 'error.TOO_MANY_ATTEMPTS', { minutes: 60 }), extensions: { code: 'TOO_MANY_ATTEMPTS', values: { minutes: 60 } } })]);
    expect((await ask(await input())).response).toEqual(RECEIVED);
  });

  it('counts the same form sent again (a double click, a retry) once, and stores nothing of a refused one', async () => {
    const from = visitor();
    const same = await input();
    // The same submission twelve times is one request: the address still has nine left.
    for (let request = 0; request < 12; request++) expect((await ask(same, from)).response).toEqual(RECEIVED);
    for (let request = 0; request < 9; request++) expect((await ask(await input(), from)).response).toEqual(RECEIVED);
    const refused = await input();
    expect((await ask(refused, from)).response.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(await api.dataSource.query(`SELECT id FROM join_requests WHERE idempotency_key = $1`, [refused.idempotencyKey])).toEqual([]);
  });
});

describe('the link’s operations over GET', () => {
  it('are refused, so that no cache or log keeps the token or the answer', async () => {
    const given = await input();
    expect((await ask(given)).response).toEqual(RECEIVED);
    const token = await linkToken(given.contact, translate('da', 'mail.joinConfirmation.subject'));

    const get = await fetch(`${api.url}?${new URLSearchParams({ query: STATUS, variables: JSON.stringify({ token }) })}`, { headers: { 'accept-language': 'da', 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(405);
    expect(get.headers.get('cache-control')).toBe('no-store');
    expect(await get.json()).toEqual({ data: null, errors: [expect.objectContaining({ message: translate('da', 'error.POST_REQUIRED'), extensions: { code: 'POST_REQUIRED' } })] });

    const withdraw = await fetch(`${api.url}?${new URLSearchParams({ query: WITHDRAW, variables: JSON.stringify({ token }) })}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(withdraw.status).toBe(405);
    expect(withdraw.headers.get('cache-control')).toBe('no-store');
    // Still there: neither GET touched it.
    expect(await rowsOf(given.contact)).toHaveLength(1);
    expect((await api.query(STATUS, { token })).data).toEqual({ joinRequestByToken: expect.objectContaining({ status: 'NEW' }) });
  });
});

describe('a confirmation that cannot be sent', () => {
  it('keeps the request and logs the transport’s code alone', async () => {
    const failing: Mailer = { send: () => Promise.reject(new MailNotSentError('ECONNECTION')), close: () => undefined };
    const service = new JoinService({ keys: api.keys, mailer: failing, throttle: createThrottle(), dashboardUrl: TEST_DASHBOARD_URL });
    const given = await input();
    const log = captureOutput();
    try {
      // The confirmation goes once the request's unit of work commits.
      expect(await asVisitorRequest(api.dataSource, { now: LATER, clientAddress: '203.0.113.1' }, (context) => service.askToJoin(context, { ...given, language: 'da' }))).toEqual({ received: true });
      // The failure is logged after the answer: wait for its line.
      for (let attempt = 0; attempt < 100 && !log.text().includes('ECONNECTION'); attempt++) await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      log.stop();
    }
    expect(await rowsOf(given.contact)).toHaveLength(1);
    const line = JSON.parse(log.text().split('\n').find((text) => text.includes('ECONNECTION')) as string);
    expect(line).toMatchObject({ level: 'warn', component: 'joining', reason: 'ECONNECTION' });
  });
});

describe('after everything above', () => {
  it('neither the log nor any row of join_requests holds the names, addresses, phone numbers, messages or link tokens', async () => {
    const rows: { row: string }[] = await api.dataSource.query(`SELECT t::text AS row FROM join_requests t`);
    expect(rows.length).toBeGreaterThan(10);
    const stored = rows.map(({ row }) => row).join('\n');
    const text = output.text();
    expect(secrets.size).toBeGreaterThan(40);
    for (const secret of secrets) expect({ secret, logged: text.includes(secret), stored: stored.includes(secret) }).toEqual({ secret, logged: false, stored: false });
    expect(stored).not.toMatch(/example\.dk|\+48/);
  });
});
