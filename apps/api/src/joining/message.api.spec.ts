import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { CONSENT_VERSION, JOINING_LIMITS, RETENTION } from '@groupfinder/domain';
import { translate } from '@groupfinder/translations';
import type { CaughtMessage } from '../mail/mail-catcher';
import { MailNotSentError, type Mailer } from '../mail/mailer';
import { normaliseContact } from '../privacy/normalise';
import { sealedPlace } from '../privacy/sealed-columns';
import { eventually } from '../testing/bare-server';
import { captureOutput, type CapturedOutput } from '../testing/capture-output';
import { startTestApi, TEST_NOW, type GraphQLResponse, type TestApi } from '../testing/test-api';
import { TEST_VISITORS_ABROAD, testVisitorsInTurn } from '../testing/test-people';
import { deliverMessage, MESSAGE_DELIVERY } from './message-delivery.job';

/** Seed 001's relatives' group: its own contact is De Frivilliges Hus, in Danish. */
const RELATIVES = 'smart-recovery-parorendegruppe-gladsaxe';
const RELATIVES_CONTACT = 'defrivilligeshus@gladsaxe.dk';
const RELATIVES_NAME = 'SMART Recovery pårørendegruppe';
/** An Oslo group, made to have no address of its own: its organisation's (Norwegian) is used. */
const OSLO = 'demo-sorggruppe-oslo';
const OSLO_ORGANISATION_EMAIL = 'post@example.org';
/** A Lyngby group, made to have no address, whose organisation has none either. */
const UNREACHABLE = 'smart-recovery-kgs-lyngby-sondag';

const DAY_MS = 86_400_000;
const GRACE_MS = RETENTION.messageAfterDeliveryDays * DAY_MS;
/** A minute after the form was fetched: a person's pace. */
const LATER = new Date(TEST_NOW.getTime() + 60_000);

/** Whatever a visitor sends that is theirs: none of it may reach the log, a column in the clear or the job queue. */
const secrets = new Set<string>();
const remember = <T extends string>(value: T): T => {
  secrets.add(value);
  return value;
};

const FORM = `query ($slug: String!) { joinForm(groupSlug: $slug) { formToken } }`;
const WRITE = `mutation ($input: WriteToGroupInput!) { writeToGroup(input: $input) { received } }`;
const RECEIVED = { status: 200, data: { writeToGroup: { received: true } } };

let output: CapturedOutput;
let api: TestApi;

beforeAll(async () => {
  output = captureOutput();
  api = await startTestApi({ jobs: true, throttle: { limits: { joinRequestsPerGroup: 10_000 } } });
  await api.dataSource.query(`UPDATE groups SET contact_email = NULL WHERE slug IN ($1, $2)`, [OSLO, UNREACHABLE]);
});

afterAll(async () => {
  await api?.stop();
  output?.stop();
});

afterEach(() => api.setNow(LATER));

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

/** The form's token as fetched at TEST_NOW, with the clock then a minute on. */
async function formToken(): Promise<string> {
  api.setNow(TEST_NOW);
  const form = await api.query<{ joinForm: { formToken: string } }>(FORM, { slug: RELATIVES });
  expect(form.errors).toBeUndefined();
  api.setNow(LATER);
  return form.data?.joinForm.formToken as string;
}

interface WriteInput {
  groupSlug: string;
  alias: string;
  contactKind: 'EMAIL' | 'PHONE';
  contact: string;
  message: string;
  consentVersion: string | null;
  language: string;
  idempotencyKey: string;
  formToken: string;
  website: string | null;
}

async function input(overrides: Partial<WriteInput> = {}): Promise<WriteInput> {
  const who = person();
  return {
    groupSlug: RELATIVES,
    alias: who.alias,
    contactKind: 'EMAIL',
    contact: who.email,
    message: remember(`Min søster drikker (${randomUUID().slice(0, 6)}). Kan I ringe efter kl. 16?`),
    consentVersion: CONSENT_VERSION,
    language: 'DA',
    idempotencyKey: randomUUID(),
    formToken: overrides.formToken ?? (await formToken()),
    website: '',
    ...overrides,
  };
}

function write(given: WriteInput, headers: Record<string, string> = visitor()): Promise<GraphQLResponse<{ writeToGroup: { received: boolean } }>> {
  return api.query(WRITE, { input: given }, headers);
}

interface MessageRow {
  id: string;
  group_id: string;
  alias_sealed: string;
  contact_kind: string;
  contact_sealed: string;
  message_sealed: string;
  language: string;
  consent_version: string;
  consented_at: Date;
  created_at: Date;
  delivered_at: Date | null;
  delete_after: Date;
}

/** The messages of a person, found as a data-subject request finds them: by the blind index of their contact. */
function messagesOf(contact: string): Promise<MessageRow[]> {
  return api.dataSource.query(`SELECT * FROM group_messages WHERE contact_index = $1`, [api.keys.blindIndex('contact', normaliseContact(contact))]);
}

/** The messages of `contact` once their delivery is recorded: the job marks a message delivered just after its mail has gone. */
function deliveredMessagesOf(contact: string): Promise<MessageRow[]> {
  return eventually(() => messagesOf(contact), (rows) => rows.length > 0 && rows.every((row) => row.delivered_at !== null));
}

async function messageCount(): Promise<number> {
  const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM group_messages`);
  return count;
}

/** The mail to `to` whose text holds `text`, once it has come. */
async function mailHolding(to: string, text: string, timeoutMs = 15_000): Promise<CaughtMessage> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = api.mail.messages().find((message) => message.to.includes(to) && message.text.includes(text));
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`No mail to ${to} holding the text came`);
    await delay(50);
  }
}

/** Mails to `to` holding `text`, once a later message (sent after the ones counted, so delivered after them by the queue's order) has been delivered. */
async function mailsHolding(to: string, text: string): Promise<CaughtMessage[]> {
  const barrier = await input();
  expect(await write(barrier)).toEqual(RECEIVED);
  await mailHolding(RELATIVES_CONTACT, barrier.alias);
  return api.mail.messages().filter((message) => message.to.includes(to) && message.text.includes(text));
}

async function canBeWritten(slug: string): Promise<boolean | undefined> {
  const answer = await api.query<{ group: { canBeWritten: boolean } }>(`query ($slug: String!) { group(slug: $slug) { canBeWritten } }`, { slug });
  return answer.data?.group.canBeWritten;
}

describe('a visitor writes to the relatives’ group (seed 001)', () => {
  it('in Polish: the group’s contact gets it in Danish with the way to answer, the visitor a receipt in Polish, and it is kept a week from then, sealed', async () => {
    expect(await canBeWritten(RELATIVES)).toBe(true);
    const message = remember('Mój brat pije.\n\nCzy mogę przyjść z nim? {nie wiem} <b>dzięki</b>');
    const given = await input({ language: 'PL', message });
    expect(await write(given)).toEqual(RECEIVED);

    const delivered = await mailHolding(RELATIVES_CONTACT, given.alias);
    expect(delivered.subject).toBe(translate('da', 'mail.groupMessage.subject', { group: RELATIVES_NAME }));
    expect(delivered.text).toContain(`Svar ${given.alias} på: ${given.contact}`);
    expect(delivered.text).toContain('Mój brat pije.\n\nCzy mogę przyjść z nim? {nie wiem} <b>dzięki</b>');
    expect(delivered.text).toContain(`om ${RETENTION.messageAfterDeliveryDays} dage`);
    expect(delivered.html).toContain('&#60;b&#62;dzięki&#60;/b&#62;');

    const receipt = await mailHolding(given.contact, RELATIVES_NAME);
    expect(receipt.subject).toBe(translate('pl', 'mail.groupMessageReceipt.subject'));
    expect(receipt.text).toContain(`„${RELATIVES_NAME}”`);
    expect(receipt.links).toEqual([]);
    expect(receipt.subject + receipt.text).not.toContain(given.alias);
    expect(receipt.text).not.toContain('Mój brat');

    const [row, ...more] = await deliveredMessagesOf(given.contact);
    expect(more).toEqual([]);
    expect(row).toMatchObject({ contact_kind: 'EMAIL', language: 'pl', consent_version: CONSENT_VERSION, consented_at: LATER, created_at: LATER, delivered_at: LATER });
    expect(row?.delete_after).toEqual(new Date(LATER.getTime() + GRACE_MS));
    // What a raw SELECT shows: sealed values, which open with the API's keys only where they were written.
    const [raw] = (await api.dataSource.query(`SELECT t::text AS row FROM group_messages t WHERE id = $1`, [row?.id])) as { row: string }[];
    for (const secret of [given.alias, given.contact, message, 'Mój brat', 'example.dk']) expect(raw?.row).not.toContain(secret);
    const id = row?.id as string;
    expect(api.keys.open(row?.message_sealed as string, sealedPlace('group_messages', 'message_sealed', id))).toBe(message);
    expect(() => api.keys.open(row?.contact_sealed as string, sealedPlace('group_messages', 'alias_sealed', id))).toThrow('does not open');

    // The queue held its id and nothing else, tried again with a growing pause.
    const jobs = (await api.dataSource.query(
      `SELECT data, retry_limit, retry_backoff FROM pgboss.job WHERE name = $1 AND data->>'messageId' = $2
       UNION ALL SELECT data, retry_limit, retry_backoff FROM pgboss.archive WHERE name = $1 AND data->>'messageId' = $2`,
      [MESSAGE_DELIVERY.name, id],
    )) as unknown[];
    expect(jobs).toEqual([{ data: { messageId: id }, retry_limit: MESSAGE_DELIVERY.retryLimit, retry_backoff: true }]);
  });

  it('goes to the organisation’s address, in its language, when the group has none of its own; by phone the receipt is a text', async () => {
    expect(await canBeWritten(OSLO)).toBe(true);
    const phone = remember(TEST_VISITORS_ABROAD.norway.phone);
    const given = await input({ groupSlug: OSLO, contactKind: 'PHONE', contact: phone, language: 'NB' });
    expect(await write(given)).toEqual(RECEIVED);
    const delivered = await mailHolding(OSLO_ORGANISATION_EMAIL, given.alias);
    expect(delivered.subject).toBe(translate('nb', 'mail.groupMessage.subject', { group: 'Sorggruppe – for deg som har mistet noen' }));
    expect(delivered.text).toContain(`Svar ${given.alias} på: ${phone}`);
    expect(await deliveredMessagesOf(`0047 ${phone.slice('+47 '.length).replaceAll(' ', '')}`)).toEqual([expect.objectContaining({ contact_kind: 'PHONE', language: 'nb', delivered_at: LATER })]);
    const receipt = await api.mail.waitForMessage({ to: phone });
    expect(receipt).toMatchObject({ channel: 'sms', to: [`+${phone.replace(/\D/g, '')}`], text: translate('nb', 'sms.groupMessageReceipt', { days: RETENTION.messageAfterDeliveryDays }) });
  });

  it('is one message and one mail when the form is sent ten times at once, each answered alike', async () => {
    const given = await input();
    const from = visitor();
    const answers = await Promise.all(Array.from({ length: 10 }, () => write(given, from)));
    expect(answers).toEqual(Array.from({ length: 10 }, () => RECEIVED));
    expect(await messagesOf(given.contact)).toHaveLength(1);
    expect(await mailsHolding(RELATIVES_CONTACT, given.alias)).toHaveLength(1);
    expect(await mailsHolding(given.contact, RELATIVES_NAME)).toHaveLength(1);
  });

  it('answers a robot that fills in the hidden field as anyone else, and stores and sends nothing', async () => {
    const before = await messageCount();
    const robot = await input({ website: 'https://spam.example' });
    expect(await write(robot)).toEqual(RECEIVED);
    expect(await messageCount()).toBe(before);
    expect(await mailsHolding(RELATIVES_CONTACT, robot.alias)).toEqual([]);
  });
});

describe('what a visitor gets wrong', () => {
  it('is told at each field, in their language, the message required, and nothing is stored', async () => {
    const before = await messageCount();
    const given = await input({ alias: '', contact: remember('mette@'), message: '  \n ', consentVersion: null, language: 'SV' });
    const answer = await write(given, { ...visitor(), 'accept-language': 'da' });
    expect(answer.data).toBeNull();
    expect(answer.errors).toEqual([
      expect.objectContaining({
        message: translate('sv', 'error.INVALID_INPUT', { count: 4 }),
        extensions: expect.objectContaining({
          code: 'INVALID_INPUT',
          problems: [
            { field: 'alias', code: 'ALIAS_REQUIRED', message: translate('sv', 'error.ALIAS_REQUIRED') },
            { field: 'contact', code: 'EMAIL_INVALID', message: translate('sv', 'error.EMAIL_INVALID') },
            { field: 'message', code: 'MESSAGE_REQUIRED', message: translate('sv', 'error.MESSAGE_REQUIRED') },
            { field: 'consentVersion', code: 'CONSENT_REQUIRED', message: translate('sv', 'error.CONSENT_REQUIRED') },
          ],
        }),
      }),
    ]);
    const tooLong = await write(await input({ message: 'x'.repeat(JOINING_LIMITS.messageMaxLength + 1) }));
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', problems: [expect.objectContaining({ field: 'message', code: 'MESSAGE_TOO_LONG' })] });
    expect(JSON.stringify(answer)).not.toContain('mette@');
    expect(await messageCount()).toBe(before);
  });

  it('is refused, storing nothing, when sent too fast, to a group that is not there, or to one that cannot be written to', async () => {
    const before = await messageCount();
    const token = await formToken();
    api.setNow(new Date(TEST_NOW.getTime() + 1_000));
    expect((await write(await input({ formToken: token }))).errors?.map((error) => error.extensions.code)).toEqual(['FORM_TOO_FAST']);
    api.setNow(LATER);
    expect((await write(await input({ groupSlug: 'no-such-group' }))).errors?.map((error) => error.extensions.code)).toEqual(['GROUP_NOT_FOUND']);

    expect(await canBeWritten(UNREACHABLE)).toBe(false);
    const refused = await write(await input({ groupSlug: UNREACHABLE, language: 'EN' }));
    expect(refused.errors).toEqual([expect.objectContaining({ message: translate('en', 'error.WRITING_NOT_OFFERED'), extensions: { code: 'WRITING_NOT_OFFERED' } })]);
    expect(await messageCount()).toBe(before);
  });
});

describe('throttling', () => {
  it('counts messages and requests to join from one address together: 10 an hour, then it is asked to wait', async () => {
    const from = visitor();
    const asked = await api.query(
      `mutation ($input: AskToJoinInput!) { askToJoin(input: $input) { received } }`,
      { input: { ...(await input()), groupSlug: RELATIVES, kind: 'WAITING_LIST', message: null } },
      from,
    );
    expect(asked).toEqual({ status: 200, data: { askToJoin: { received: true } } });
    for (let message = 0; message < 9; message++) expect(await write(await input(), from)).toEqual(RECEIVED);
    const refused = await write(await input(), from);
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'TOO_MANY_ATTEMPTS', values: { minutes: 60 } });
    expect(await write(await input())).toEqual(RECEIVED);
  });
});

describe('a message that cannot be delivered', () => {
  const failing: Mailer = { send: () => Promise.reject(new MailNotSentError('ECONNECTION')), close: () => undefined };

  /** A message stored as writeToGroup stores it, with no delivery queued: this test delivers it itself. */
  async function stored(slug = RELATIVES): Promise<{ id: string; contact: string }> {
    const id = randomUUID();
    const who = person();
    const seal = (column: string, value: string) => api.keys.seal(value, sealedPlace('group_messages', column, id));
    await api.dataSource.query(
      `INSERT INTO group_messages (id, group_id, alias_sealed, contact_kind, contact_sealed, contact_index, message_sealed, language, consent_version, consented_at, idempotency_key, created_at, delete_after)
       SELECT $1, g.id, $2, 'EMAIL', $3, $4, $5, 'da', $6, $7, $8, $7, $9 FROM groups g WHERE g.slug = $10`,
      [id, seal('alias_sealed', who.alias), seal('contact_sealed', who.email), api.keys.blindIndex('contact', normaliseContact(who.email)), seal('message_sealed', remember('Hjælp')), CONSENT_VERSION, LATER, randomUUID(), new Date(LATER.getTime() + GRACE_MS), slug],
    );
    return { id, contact: who.email };
  }

  async function state(id: string): Promise<{ delivered_at: Date | null; delete_after: Date } | undefined> {
    const [row] = await api.dataSource.query(`SELECT delivered_at, delete_after FROM group_messages WHERE id = $1`, [id]);
    return row;
  }

  it('is tried again, and given up after the last try: deleted a week after that, its failure logged with the transport’s code alone', async () => {
    const { id } = await stored();
    const firstTry = new Date(LATER.getTime() + 60_000);
    const log = captureOutput();
    try {
      await expect(deliverMessage({ mailer: failing, keys: api.keys }, { dataSource: api.dataSource, now: firstTry, lastAttempt: false }, id)).rejects.toThrow(MailNotSentError);
      expect(await state(id)).toEqual({ delivered_at: null, delete_after: new Date(LATER.getTime() + GRACE_MS) });

      const lastTry = new Date(LATER.getTime() + 6 * 3_600_000);
      await expect(deliverMessage({ mailer: failing, keys: api.keys }, { dataSource: api.dataSource, now: lastTry, lastAttempt: true }, id)).rejects.toThrow('The mail could not be sent (ECONNECTION)');
      expect(await state(id)).toEqual({ delivered_at: null, delete_after: new Date(lastTry.getTime() + GRACE_MS) });
    } finally {
      log.stop();
    }
    const line = JSON.parse(log.text().split('\n').find((text) => text.includes('ECONNECTION')) as string);
    expect(line).toMatchObject({ level: 'warn', component: 'joining', reason: 'ECONNECTION' });
  });

  it('is given up at once when the group has lost every address since, and left be once deleted', async () => {
    const { id } = await stored(UNREACHABLE);
    const now = new Date(LATER.getTime() + 60_000);
    await deliverMessage({ mailer: failing, keys: api.keys }, { dataSource: api.dataSource, now, lastAttempt: false }, id);
    expect(await state(id)).toEqual({ delivered_at: null, delete_after: new Date(now.getTime() + GRACE_MS) });

    await api.dataSource.query(`DELETE FROM group_messages WHERE id = $1`, [id]);
    await expect(deliverMessage({ mailer: failing, keys: api.keys }, { dataSource: api.dataSource, now, lastAttempt: false }, id)).resolves.toBeUndefined();
  });
});

describe('after everything above', () => {
  it('neither the log, nor any row of group_messages, nor the job queue holds the names, addresses, phone numbers or messages', async () => {
    const rows: { row: string }[] = await api.dataSource.query(`SELECT t::text AS row FROM group_messages t`);
    expect(rows.length).toBeGreaterThan(10);
    const queued: { row: string }[] = await api.dataSource.query(`SELECT t::text AS row FROM pgboss.job t UNION ALL SELECT t::text FROM pgboss.archive t`);
    expect(queued.length).toBeGreaterThan(10);
    const stored = [...rows, ...queued].map(({ row }) => row).join('\n');
    const text = output.text();
    expect(secrets.size).toBeGreaterThan(40);
    for (const secret of secrets) expect({ secret, logged: text.includes(secret), stored: stored.includes(secret) }).toEqual({ secret, logged: false, stored: false });
    expect(stored).not.toMatch(/example\.dk|\+47/);
  });
});
