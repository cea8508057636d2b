import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { CONSENT_VERSION } from '@groupfinder/domain';
import { translate, type Locale } from '@groupfinder/translations';
import { createThrottle } from '../auth/throttle';
import type { CaughtMessage } from '../mail/mail-catcher';
import { createSmsSender } from '../mail/sms';
import { normaliseContact } from '../privacy/normalise';
import { captureOutput, type CapturedOutput } from '../testing/capture-output';
import { TEST_VISITORS_ABROAD, testVisitorsInTurn, type TestPerson } from '../testing/test-people';
import { asVisitorRequest, TEST_DASHBOARD_URL, TEST_NOW, type GraphQLResponse } from '../testing/test-api';
import { withTenants, type TenantPerson } from '../testing/tenants';
import { JoinService } from './join.service';

/**
 * Texts ready for SMS to the people who gave a phone number (issue 11, Deliver 5): the test API
 * sends them to its catcher's `/sms`, as `npm start` does, and they are read from there as mail is.
 */

const FORM = `query ($slug: String!) { joinForm(groupSlug: $slug) { formToken } }`;
const ASK = `mutation ($input: AskToJoinInput!) { askToJoin(input: $input) { received } }`;
const STATUS = `query ($token: String!) { joinRequestByToken(token: $token) { groupSlug status } }`;
const WITHDRAW = `mutation ($token: String!) { withdrawJoinRequest(token: $token) }`;
const QUEUE = `query ($groupId: ID!) { joinQueue(groupId: $groupId) { requests { id version contactKind contact } } }`;
const CHANGE = `mutation ($input: ChangeJoinRequestInput!) { changeJoinRequest(input: $input) { status } }`;
const EDITABLE = `query ($id: ID!) { editableGroup(id: $id) { id version fields {
  slug unitId venueId municipalityId name description practicalNotes intakeText topics audience ageBand ageMin ageMax format
  onlineJoinUrl onlineJoinOnRequest languages method promises facilitatorCount starterMeetings
  schedule { timeZone start durationMinutes rrule exdates rdates moves { from to } pauses { from until reason } }
  enrolment formingMinimum sizeMin sizeMax placesLeft waitingList pausedUntil contactName contactPhone contactEmail contactUrl } } }`;
const UPDATE_GROUP = `mutation ($input: UpdateGroupInput!) { updateGroup(input: $input) { version } }`;

const LATER = new Date(TEST_NOW.getTime() + 60_000);
const LINK_START = `${TEST_DASHBOARD_URL}/#/asked?token=`;

const nextVisitor = testVisitorsInTurn();
/** A number in E.164, as a gateway is given it: `+45 61 70 00 00` → `+4561700000`. */
const e164 = (person: TestPerson) => `+${person.phone.replace(/\D/g, '')}`;
/** A Danish number as written at home, without its country code: `61 70 00 00`. */
const withoutCountryCode = (person: TestPerson) => person.phone.replace(/^\+45 /, '');

/** The numbers, names and tokens of this file: none may reach the log. */
const secrets = new Set<string>();
const remember = <T extends string>(value: T): T => {
  secrets.add(value);
  return value;
};

/** Waits, five seconds at most, for what comes after a commit (it is sent after the answer). */
async function until(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 250 && !condition(); attempt++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(condition()).toBe(true);
}

let output: CapturedOutput;
// Before the API starts, so that all its output is caught.
beforeAll(() => {
  output = captureOutput();
});
afterAll(() => output?.stop());

describe('texts to people who gave a phone number', () => {
  const fixture = withTenants({ jobs: true });
  const as = <T = Record<string, unknown>>(person: TenantPerson, query: string, variables?: Record<string, unknown>) =>
    fixture.api.query<T>(query, variables, { cookie: fixture.tenants.cookies[person], 'accept-language': 'en' });
  const rows = <T = Record<string, unknown>>(sql: string, parameters: unknown[] = []) => fixture.api.dataSource.query(sql, parameters) as Promise<T[]>;
  const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions.code;
  const texts = (number: string): CaughtMessage[] => fixture.api.mail.messages().filter((message) => message.channel === 'sms' && message.to.includes(number));

  afterEach(() => fixture.api.setNow(TEST_NOW));

  let visitors = 0;
  /** A request to join as the widget sends it, each from an address of its own; its form fetched a minute before. */
  async function ask(groupSlug: string, given: { person: TestPerson; contact: string; language: string; idempotencyKey?: string }): Promise<{ idempotencyKey: string }> {
    visitors++;
    fixture.api.setNow(TEST_NOW);
    const form = await fixture.api.query<{ joinForm: { formToken: string } }>(FORM, { slug: groupSlug });
    fixture.api.setNow(LATER);
    const idempotencyKey = given.idempotencyKey ?? randomUUID();
    const input = {
      groupSlug,
      kind: 'WAITING_LIST',
      alias: remember(given.person.name),
      contactKind: 'PHONE',
      contact: given.contact,
      message: null,
      consentVersion: CONSENT_VERSION,
      language: given.language,
      idempotencyKey,
      formToken: form.data?.joinForm.formToken,
      website: '',
    };
    const answer = await fixture.api.query(ASK, { input }, { 'x-forwarded-for': `198.51.100.${visitors}` });
    expect(answer).toEqual({ status: 200, data: { askToJoin: { received: true } } });
    return { idempotencyKey };
  }

  /** A group of organisation A, its requests gone, in Denmark, with the enrolment given. */
  async function setUp(groupId: string, values: { enrolment: string; waiting_list?: boolean; places_left?: number | null; size_max?: number | null }): Promise<{ slug: string }> {
    await rows(`DELETE FROM join_requests WHERE group_id = $1`, [groupId]);
    await rows(`UPDATE groups SET enrolment = $2, forming_minimum = NULL, size_min = NULL, size_max = $3, places_left = $4, waiting_list = $5, paused_until = NULL WHERE id = $1`, [
      groupId,
      values.enrolment,
      values.size_max ?? null,
      values.places_left ?? null,
      values.waiting_list ?? false,
    ]);
    const [group] = await rows<{ slug: string; country: string }>(`SELECT slug, country FROM groups WHERE id = $1`, [groupId]);
    expect(group?.country).toBe('DK');
    return { slug: group?.slug as string };
  }

  it('confirms a request by one text in the person’s language, its number in the group’s country, whose link shows the request and withdraws it', async () => {
    const { groupA1 } = fixture.tenants;
    const { slug } = await setUp(groupA1.id, { enrolment: 'FORMING' });
    // A Swede in Denmark writes a Danish number without its country code.
    const person = nextVisitor();
    const written = remember(withoutCountryCode(person));
    const number = e164(person);
    const { idempotencyKey } = await ask(slug, { person, contact: written, language: 'SV' });
    const text = await fixture.api.mail.waitForMessage({ to: number });
    const link = text.links[0] as string;
    expect(text.links).toEqual([expect.stringMatching(new RegExp(`^${LINK_START.replace(/[.?/]/g, '\\$&')}[A-Za-z0-9_-]{43}$`))]);
    expect(text).toMatchObject({ channel: 'sms', to: [number], text: translate('sv', 'sms.joinConfirmation', { link }) });
    expect(text.text.length).toBeLessThanOrEqual(300);
    for (const name of Object.values(groupA1.name)) expect(text.text).not.toContain(name);
    const token = remember(link.slice(LINK_START.length));

    // The same form sent again is the same request: no second text. Then a request to another group,
    // sent after, is texted: by the time it is, the first would have been too.
    await ask(slug, { person, contact: written, language: 'SV', idempotencyKey });
    const other = await setUp(fixture.tenants.groupA2.id, { enrolment: 'FORMING' });
    await ask(other.slug, { person, contact: remember(person.phone), language: 'SV' });
    await until(() => texts(number).length === 2);
    expect(texts(number).filter((message) => message.text.includes(token))).toHaveLength(1);
    expect(fixture.api.mail.messages().filter((message) => message.channel === 'mail' && message.text.includes(token))).toEqual([]);

    expect((await fixture.api.query(STATUS, { token })).data).toEqual({ joinRequestByToken: { groupSlug: slug, status: 'NEW' } });
    expect((await fixture.api.query(WITHDRAW, { token })).data).toEqual({ withdrawJoinRequest: true });
    expect(await rows(`SELECT id FROM join_requests WHERE group_id = $1 AND contact_index = $2`, [groupA1.id, fixture.api.keys.blindIndex('contact', normaliseContact(written))])).toEqual([]);
    expect(codeOf(await fixture.api.query(STATUS, { token }))).toBe('JOIN_REQUEST_NOT_FOUND');
  });

  it('tells an accepted person by text, in their language, once it is committed, naming neither the group nor the organisation', async () => {
    const { groupA1, organisationA } = fixture.tenants;
    const { slug } = await setUp(groupA1.id, { enrolment: 'FORMING' });
    const person = TEST_VISITORS_ABROAD.poland;
    const number = e164(person);
    await ask(slug, { person, contact: remember(person.phone), language: 'PL' });
    const confirmation = await fixture.api.mail.waitForMessage({ to: number });
    const queue = await as<{ joinQueue: { requests: { id: string; version: number; contactKind: string; contact: string }[] } }>('adminA', QUEUE, { groupId: groupA1.id });
    const [request] = queue.data?.joinQueue.requests ?? [];
    expect(request).toMatchObject({ contactKind: 'PHONE', contact: person.phone });

    // Accepted together with a change that fails: rolled back, and no text goes.
    const both = await as(
      'adminA',
      `mutation ($accept: ChangeJoinRequestInput!, $bad: ChangeJoinRequestInput!) { a: changeJoinRequest(input: $accept) { status } b: changeJoinRequest(input: $bad) { status } }`,
      { accept: { id: request?.id, version: request?.version, status: 'ACCEPTED' }, bad: { id: request?.id, version: 99, status: 'DECLINED' } },
    );
    expect(codeOf(both)).toBe('CONFLICT');
    expect(codeOf(await as('adminA', CHANGE, { input: { id: request?.id, version: request?.version, status: 'ACCEPTED' } }))).toBeUndefined();
    await until(() => texts(number).length === 2);
    const [told] = texts(number);
    expect(told?.text).toBe(translate('pl', 'sms.joinAccepted'));
    expect(told?.text).not.toContain(organisationA.name);
    expect(texts(number).map((message) => message.id)).toEqual([told?.id, confirmation.id]);
  });

  it('tells those waiting by text, in their language, when an editor opens the group; not those declined', async () => {
    const { groupA1 } = fixture.tenants;
    const { slug } = await setUp(groupA1.id, { enrolment: 'FULL', waiting_list: true, size_max: 8, places_left: 0 });
    const norwegian = TEST_VISITORS_ABROAD.norway;
    const waiting = { number: e164(norwegian), language: 'nb' as Locale };
    const dane = nextVisitor();
    const declined = e164(dane);
    // The international prefix as dialled in Norway, and a Danish number without its country code.
    await ask(slug, { person: norwegian, contact: remember(`00${norwegian.phone.slice(1)}`), language: 'NB' });
    await ask(slug, { person: dane, contact: remember(withoutCountryCode(dane)), language: 'DA' });
    await fixture.api.mail.waitForMessage({ to: waiting.number });
    await fixture.api.mail.waitForMessage({ to: declined });
    await rows(`UPDATE join_requests SET status = 'DECLINED' WHERE group_id = $1 AND contact_index = $2`, [groupA1.id, fixture.api.keys.blindIndex('contact', normaliseContact(withoutCountryCode(dane), 'DK'))]);

    const editable = await as<{ editableGroup: { id: string; version: number; fields: Record<string, unknown> } }>('editorA1', EDITABLE, { id: groupA1.id });
    const group = editable.data?.editableGroup as { id: string; version: number; fields: Record<string, unknown> };
    expect(codeOf(await as('editorA1', UPDATE_GROUP, { input: { id: group.id, version: group.version, fields: { ...group.fields, enrolment: 'OPEN', placesLeft: 3 } } }))).toBeUndefined();

    await until(() => texts(waiting.number).length === 2);
    expect(texts(waiting.number)[0]?.text).toBe(translate(waiting.language, 'sms.groupOpened'));
    // The one declined is not told: a text to them would have come with the other.
    expect(texts(declined)).toHaveLength(1);
  });

  it('keeps the request when the gateway fails, and logs its code alone: no number, no text, no link', async () => {
    let asked = 0;
    const gateway: Server = createServer((request, response) => {
      asked++;
      request.resume();
      response.writeHead(503, { 'content-type': 'text/plain' }).end(`could not send to ${request.headers['content-length']}`);
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const service = new JoinService({
      keys: fixture.api.keys,
      mailer: { send: () => Promise.reject(new Error('no mail in this test')), close: () => undefined },
      sms: createSmsSender({ url: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/send` }),
      throttle: createThrottle(),
      dashboardUrl: TEST_DASHBOARD_URL,
    });
    const { groupA1 } = fixture.tenants;
    const { slug } = await setUp(groupA1.id, { enrolment: 'FORMING' });
    const person = nextVisitor();
    const written = remember(person.phone);
    fixture.api.setNow(TEST_NOW);
    const formToken = (await fixture.api.query<{ joinForm: { formToken: string } }>(FORM, { slug })).data?.joinForm.formToken as string;
    const log = captureOutput();
    try {
      // The text goes once the request's unit of work commits.
      const input = { groupSlug: slug, kind: 'WAITING_LIST', alias: remember(person.name), contactKind: 'PHONE', contact: written, message: null, consentVersion: CONSENT_VERSION, language: 'da', idempotencyKey: randomUUID(), formToken, website: '' } as const;
      expect(await asVisitorRequest(fixture.api.dataSource, { now: LATER, clientAddress: '203.0.113.7' }, (context) => service.askToJoin(context, input))).toEqual({ received: true });
      // The failure is logged after the answer: wait for its line.
      await until(() => log.text().includes('HTTP_503'));
    } finally {
      log.stop();
      gateway.closeAllConnections();
      await new Promise((resolve) => gateway.close(resolve));
    }
    expect(asked).toBe(1);
    expect(await rows(`SELECT status FROM join_requests WHERE group_id = $1 AND contact_index = $2`, [groupA1.id, fixture.api.keys.blindIndex('contact', normaliseContact(written))])).toEqual([{ status: 'NEW' }]);
    const line = JSON.parse(log.text().split('\n').find((text) => text.includes('HTTP_503')) as string) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'warn', component: 'joining', reason: 'HTTP_503', msg: 'the confirmation of a request to join could not be sent by text; the request stays' });
    for (const secret of [written, e164(person).slice(1), withoutCountryCode(person), LINK_START, 'groupfinder:']) expect(log.text()).not.toContain(secret);
  });

  it('after everything above, the log holds none of the numbers, names or link tokens', () => {
    const text = output.text();
    expect(secrets.size).toBeGreaterThan(8);
    // Each number in its E.164 digits too, as the texts went out.
    const digits = [...secrets].filter((secret) => /^[\d +]+$/.test(secret)).map((secret) => secret.replace(/\D/g, '').replace(/^00/, ''));
    expect(digits.length).toBeGreaterThan(4);
    for (const secret of [...secrets, ...digits]) expect({ secret, logged: text.includes(secret) }).toEqual({ secret, logged: false });
  });
});
