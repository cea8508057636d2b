import { randomUUID } from 'node:crypto';
import { CONSENT_VERSION } from '@groupfinder/domain';
import { APP_ROLE } from '../database/migrations/1764300000000-accounts';
import { normaliseContact } from '../privacy/normalise';
import { sealedPlace } from '../privacy/sealed-columns';
import { TEST_NOW } from '../testing/test-api';
import { withTenants, type TenantPerson } from '../testing/tenants';
import { testVisitorsInTurn } from '../testing/test-people';

const REQUESTS = `query ($slug: String!, $contact: String!) {
  dataSubjectRequests(organisationSlug: $slug, contact: $contact) { id groupName version kind status alias contactKind contact message note language askedAt updatedAt deleteAfter }
}`;
const MESSAGES = `query ($slug: String!, $contact: String!) {
  dataSubjectMessages(organisationSlug: $slug, contact: $contact) { id groupId groupName alias contactKind contact message language sentAt deliveredAt deleteAfter }
}`;
const ERASE = `mutation ($slug: String!, $contact: String!) { eraseDataSubject(organisationSlug: $slug, contact: $contact) }`;

const LATER = new Date(TEST_NOW.getTime() + 3_600_000);
const DAY_MS = 86_400_000;

const fixture = withTenants();
/** The test people (the run's log capture looks for them), each new in this file. */
const nextVisitor = testVisitorsInTurn();

/** A request to join stored as askToJoin stores it (sealed, its contact's blind index beside it). */
async function request(groupId: string, alias: string, contact: string, at: Date, message: string | null = null): Promise<string> {
  const { api } = fixture;
  const id = randomUUID();
  const seal = (column: string, value: string) => api.keys.seal(value, sealedPlace('join_requests', column, id));
  await api.dataSource.query(
    `INSERT INTO join_requests (id, group_id, kind, alias_sealed, contact_kind, contact_sealed, contact_index, message_sealed, language, consent_version, consented_at,
       idempotency_key, access_token_hash, created_at, updated_at, delete_after)
     VALUES ($1, $2, 'WAITING_LIST', $3, $4, $5, $6, $7, 'da', $8, $9, $10, $11, $9, $9, $12)`,
    [
      id,
      groupId,
      seal('alias_sealed', alias),
      contact.includes('@') ? 'EMAIL' : 'PHONE',
      // Trimmed, as askToJoin stores it; the blind index of the address as written.
      seal('contact_sealed', contact.trim()),
      api.keys.blindIndex('contact', normaliseContact(contact)),
      message === null ? null : seal('message_sealed', message),
      CONSENT_VERSION,
      at,
      randomUUID(),
      randomUUID(),
      new Date(at.getTime() + 180 * DAY_MS),
    ],
  );
  return id;
}

/** A message to a group stored as writeToGroup stores it, delivered at `deliveredAt`. */
async function message(groupId: string, alias: string, contact: string, text: string, deliveredAt: Date | null): Promise<string> {
  const { api } = fixture;
  const id = randomUUID();
  const seal = (column: string, value: string) => api.keys.seal(value, sealedPlace('group_messages', column, id));
  await api.dataSource.query(
    `INSERT INTO group_messages (id, group_id, alias_sealed, contact_kind, contact_sealed, contact_index, message_sealed, language, consent_version, consented_at,
       idempotency_key, created_at, delivered_at, delete_after)
     VALUES ($1, $2, $3, 'EMAIL', $4, $5, $6, 'sv', $7, $8, $9, $8, $10, $11)`,
    [id, groupId, seal('alias_sealed', alias), seal('contact_sealed', contact), api.keys.blindIndex('contact', normaliseContact(contact)), seal('message_sealed', text), CONSENT_VERSION, TEST_NOW, randomUUID(), deliveredAt, new Date(TEST_NOW.getTime() + 7 * DAY_MS)],
  );
  return id;
}

function as(person: TenantPerson, query: string, variables: Record<string, unknown>) {
  return fixture.api.query<Record<string, unknown>>(query, variables, { cookie: fixture.tenants.cookies[person] });
}

async function audit(): Promise<{ user_id: string | null; join_request_id: string; group_id: string | null; action: string }[]> {
  return fixture.api.dataSource.query(`SELECT user_id, join_request_id, group_id, action FROM personal_data_access WHERE organisation_id = $1 ORDER BY id`, [fixture.tenants.organisationA.id]);
}

describe('a person asks organisation A what it holds about them, then to be erased', () => {
  const ane = nextVisitor();
  const contact = ane.email;
  const ids = { a1: '', a2: '', message: '', b: '' };

  beforeAll(async () => {
    const { groupA1, groupA2, groupB } = fixture.tenants;
    ids.a1 = await request(groupA1.id, ane.name, contact, TEST_NOW, 'Min mor er død.');
    ids.a2 = await request(groupA2.id, 'A.', `  ${contact.toUpperCase()} `, LATER);
    ids.message = await message(groupA1.id, ane.name, contact, 'Kan jeg tage min søster med?', TEST_NOW);
    ids.b = await request(groupB.id, ane.name, contact, TEST_NOW);
    // Someone else, in the same group.
    const someoneElse = nextVisitor();
    await request(groupA1.id, someoneElse.name, someoneElse.email, TEST_NOW);
  });

  it('finds every request and message to A’s groups, however the address is written, opened, and audits each as exported', async () => {
    const { adminA } = fixture.tenants.users;
    const asked = ` ${contact.replace(/^./, (letter) => letter.toUpperCase())}`;
    const requests = await as('adminA', REQUESTS, { slug: fixture.tenants.organisationA.slug, contact: asked });
    expect(requests.errors).toBeUndefined();
    expect(requests.data?.dataSubjectRequests).toEqual([
      expect.objectContaining({ id: ids.a1, alias: ane.name, contactKind: 'EMAIL', contact, message: 'Min mor er død.', status: 'NEW', askedAt: TEST_NOW.toISOString() }),
      expect.objectContaining({ id: ids.a2, alias: 'A.', contact: contact.toUpperCase(), message: null, askedAt: LATER.toISOString() }),
    ]);
    // Each with the group it was for, as the admin reads its name.
    const names = (requests.data?.dataSubjectRequests as { groupName: string }[]).map((entry) => entry.groupName);
    expect([Object.values(fixture.tenants.groupA1.name), Object.values(fixture.tenants.groupA2.name)].map((written, index) => written.includes(names[index] ?? ''))).toEqual([true, true]);
    const messages = await as('adminA', MESSAGES, { slug: fixture.tenants.organisationA.slug, contact: asked });
    expect(messages.data?.dataSubjectMessages).toEqual([
      {
        id: ids.message,
        groupId: fixture.tenants.groupA1.id,
        groupName: expect.any(String),
        alias: ane.name,
        contactKind: 'EMAIL',
        contact,
        message: 'Kan jeg tage min søster med?',
        language: 'SV',
        sentAt: TEST_NOW.toISOString(),
        deliveredAt: TEST_NOW.toISOString(),
        deleteAfter: new Date(TEST_NOW.getTime() + 7 * DAY_MS).toISOString(),
      },
    ]);
    expect(await audit()).toEqual([
      { user_id: adminA.id, join_request_id: ids.a1, group_id: fixture.tenants.groupA1.id, action: 'EXPORTED' },
      { user_id: adminA.id, join_request_id: ids.a2, group_id: fixture.tenants.groupA2.id, action: 'EXPORTED' },
      { user_id: adminA.id, join_request_id: ids.message, group_id: fixture.tenants.groupA1.id, action: 'EXPORTED' },
    ]);
  });

  it('is for the admins of the whole organisation only: its unit admins and editors, and other organisations’ admins, are refused and nothing is audited', async () => {
    const before = await audit();
    for (const person of ['unitAdminA1', 'editorA1', 'adminB', 'platformAdmin'] as const) {
      for (const query of [REQUESTS, MESSAGES, ERASE]) {
        const answer = await as(person, query, { slug: fixture.tenants.organisationA.slug, contact });
        expect({ person, data: answer.data ?? null, codes: answer.errors?.map((error) => error.extensions.code) }).toEqual({ person, data: null, codes: ['FORBIDDEN'] });
      }
    }
    expect((await as('adminA', REQUESTS, { slug: 'no-such-organisation', contact })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await audit()).toEqual(before);
  });

  it('shows another organisation’s admin only what was sent to their own groups', async () => {
    const requests = await as('adminB', REQUESTS, { slug: fixture.tenants.organisationB.slug, contact });
    expect((requests.data?.dataSubjectRequests as { id: string }[]).map((entry) => entry.id)).toEqual([ids.b]);
    expect((await as('adminB', MESSAGES, { slug: fixture.tenants.organisationB.slug, contact })).data?.dataSubjectMessages).toEqual([]);
  });

  it('lets no one but the system read a message to a group, not even an admin of its organisation straight from the database', async () => {
    const { organisationA, users } = fixture.tenants;
    const runner = fixture.api.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`SELECT set_config('app.user_id', $1, true), set_config('app.organisation_ids', $2, true)`, [users.adminA.id, organisationA.id]);
      await runner.query(`SET LOCAL ROLE ${APP_ROLE}`);
      await expect(runner.query(`SELECT count(*) FROM group_messages`)).rejects.toThrow(/permission denied/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('erases every request and message to A’s groups at once, audited as deleted, leaving B’s and everyone else’s', async () => {
    const { adminA } = fixture.tenants.users;
    const before = await audit();
    const erased = await as('adminA', ERASE, { slug: fixture.tenants.organisationA.slug, contact: contact.toUpperCase() });
    expect(erased).toEqual({ status: 200, data: { eraseDataSubject: 3 } });
    const index = fixture.api.keys.blindIndex('contact', normaliseContact(contact));
    expect(await fixture.api.dataSource.query(`SELECT id FROM join_requests WHERE contact_index = $1`, [index])).toEqual([{ id: ids.b }]);
    expect(await fixture.api.dataSource.query(`SELECT id FROM group_messages WHERE contact_index = $1`, [index])).toEqual([]);
    const [{ count }] = await fixture.api.dataSource.query(`SELECT count(*)::int AS count FROM join_requests WHERE group_id = $1`, [fixture.tenants.groupA1.id]);
    expect(count).toBe(1);
    expect((await audit()).slice(before.length)).toEqual(
      expect.arrayContaining([
        { user_id: adminA.id, join_request_id: ids.a1, group_id: fixture.tenants.groupA1.id, action: 'DELETED' },
        { user_id: adminA.id, join_request_id: ids.a2, group_id: fixture.tenants.groupA2.id, action: 'DELETED' },
        { user_id: adminA.id, join_request_id: ids.message, group_id: fixture.tenants.groupA1.id, action: 'DELETED' },
      ]),
    );
    expect((await audit()).length).toBe(before.length + 3);
    expect(await as('adminA', ERASE, { slug: fixture.tenants.organisationA.slug, contact })).toEqual({ status: 200, data: { eraseDataSubject: 0 } });
    expect((await as('adminA', REQUESTS, { slug: fixture.tenants.organisationA.slug, contact })).data?.dataSubjectRequests).toEqual([]);
  });

  it('finds a phone number however it is written', async () => {
    const caller = nextVisitor();
    const id = await request(fixture.tenants.groupA2.id, caller.name, caller.phone, TEST_NOW);
    // `+45 61 70 00 02` asked for as `0045 61700002`.
    const found = await as('adminA', REQUESTS, { slug: fixture.tenants.organisationA.slug, contact: `0045 ${caller.phone.slice('+45 '.length).replaceAll(' ', '')}` });
    expect(found.data?.dataSubjectRequests).toEqual([expect.objectContaining({ id, contactKind: 'PHONE', contact: caller.phone })]);
  });
});
