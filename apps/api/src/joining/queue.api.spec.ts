import { randomUUID } from 'node:crypto';
import { CONSENT_VERSION, JOINING_LIMITS, localDateTimeOf, pickText, RETENTION, type ContactKind, type JoinRequestKind, type JoinRequestStatus, type Language } from '@groupfinder/domain';
import { translate } from '@groupfinder/translations';
import { APP_ROLE } from '../database/migrations/1764300000000-accounts';
import { hashToken } from '../auth/session.service';
import { GroupEntity } from '../groups/group.entity';
import { normaliseContact } from '../privacy/normalise';
import { sealedPlace } from '../privacy/sealed-columns';
import { captureOutput, type CapturedOutput } from '../testing/capture-output';
import { TEST_DASHBOARD_URL, TEST_NOW, type GraphQLResponse } from '../testing/test-api';
import { tenantEmail, withTenants, type TenantPerson } from '../testing/tenants';
import { TEST_VISITORS_ABROAD, testVisitorsInTurn } from '../testing/test-people';

const QUEUE = `query ($groupId: ID!) { joinQueue(groupId: $groupId) {
  groupId groupName joinWay formingMinimum signedUp accepted sizeMax placesLeft
  requests { id version kind status alias contactKind contact message note language askedAt updatedAt deleteAfter } } }`;
const CHANGE = `mutation ($input: ChangeJoinRequestInput!) { changeJoinRequest(input: $input) { id version status note updatedAt deleteAfter } }`;
const DELETE = `mutation ($input: EditInput!) { deleteJoinRequest(input: $input) }`;
const EXPORT = `mutation ($groupId: ID!) { exportJoinQueue(groupId: $groupId) }`;
const AUDIT = `query ($slug: String!, $first: Int, $before: DateTimeISO) { personalDataAccess(organisationSlug: $slug, first: $first, before: $before) { at action joinRequestId by groupName } }`;
const EDITABLE = `query ($id: ID!) { editableGroup(id: $id) { id version fields {
  slug unitId venueId municipalityId name description practicalNotes intakeText topics audience ageBand ageMin ageMax format
  onlineJoinUrl onlineJoinOnRequest languages method promises facilitatorCount starterMeetings
  schedule { timeZone start durationMinutes rrule exdates rdates moves { from to } pauses { from until reason } }
  enrolment formingMinimum sizeMin sizeMax placesLeft waitingList pausedUntil contactName contactPhone contactEmail contactUrl } } }`;
const UPDATE_GROUP = `mutation ($input: UpdateGroupInput!) { updateGroup(input: $input) { version } }`;
const ARCHIVE_GROUP = `mutation ($input: EditInput!) { archiveGroup(input: $input) { version } }`;

interface QueueEntry {
  id: string;
  version: number;
  kind: JoinRequestKind;
  status: JoinRequestStatus;
  alias: string;
  contactKind: ContactKind;
  contact: string;
  message: string | null;
  note: string | null;
  language: string;
  askedAt: string;
  updatedAt: string;
  deleteAfter: string;
}
interface Queue {
  groupId: string;
  groupName: string;
  joinWay: string;
  formingMinimum: number | null;
  signedUp: number;
  accepted: number;
  sizeMax: number | null;
  placesLeft: number | null;
  requests: QueueEntry[];
}
interface AuditEntry {
  at: string;
  action: string;
  joinRequestId: string;
  by: string | null;
  groupName: string | null;
}

const DAY_MS = 86_400_000;
const minutes = (count: number) => new Date(TEST_NOW.getTime() + count * 60_000);

/** Whatever a person sent or an admin noted: none of it may reach the log. */
const secrets = new Set<string>();
const remember = <T extends string>(value: T): T => {
  secrets.add(value);
  return value;
};

let output: CapturedOutput;
// Before the API starts, so that all its output is caught.
beforeAll(() => {
  output = captureOutput();
});
afterAll(() => output?.stop());

/** Those waiting are told this long after a change of enrolment: time enough for a test to undo one. */
const NOTICE_DELAY_SECONDS = 5;

describe('the organisation’s queue', () => {
  const fixture = withTenants({ jobs: true, waitingNoticeDelaySeconds: NOTICE_DELAY_SECONDS });
  const as = <T = Record<string, unknown>>(person: TenantPerson, query: string, variables?: Record<string, unknown>, locale = 'en') =>
    fixture.api.query<T>(query, variables, { cookie: fixture.tenants.cookies[person], 'accept-language': locale });
  const rows = <T = Record<string, unknown>>(sql: string, parameters: unknown[] = []) => fixture.api.dataSource.query(sql, parameters) as Promise<T[]>;
  const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions.code;

  afterEach(() => fixture.api.setNow(TEST_NOW));

  /** The test people (the run's log capture looks for them), each new in this file. */
  const nextVisitor = testVisitorsInTurn();
  /** A request as askToJoin stores it, written straight into the database (sealed with the API's keys): a new person's, by e-mail or phone. */
  async function plant(
    groupId: string,
    given: { contactKind?: ContactKind; contact?: string; message?: string | null; language?: Language; status?: JoinRequestStatus; kind?: JoinRequestKind; askedAt?: Date; deleteAfter?: Date } = {},
  ): Promise<{ id: string; alias: string; contact: string }> {
    const who = nextVisitor();
    const id = randomUUID();
    const alias = remember(who.name);
    const contact = given.contact ?? remember(given.contactKind === 'PHONE' ? who.phone : who.email);
    const { keys } = fixture.api;
    const seal = (column: string, value: string) => keys.seal(value, sealedPlace('join_requests', column, id));
    const askedAt = given.askedAt ?? TEST_NOW;
    await rows(
      `INSERT INTO join_requests (id, group_id, kind, status, alias_sealed, contact_kind, contact_sealed, contact_index, message_sealed,
         language, consent_version, consented_at, idempotency_key, access_token_hash, created_at, updated_at, delete_after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $12, $12, $15)`,
      [
        id,
        groupId,
        given.kind ?? 'WAITING_LIST',
        given.status ?? 'NEW',
        seal('alias_sealed', alias),
        given.contactKind ?? 'EMAIL',
        seal('contact_sealed', contact),
        keys.blindIndex('contact', normaliseContact(contact)),
        given.message ? seal('message_sealed', remember(given.message)) : null,
        given.language ?? 'da',
        CONSENT_VERSION,
        askedAt,
        randomUUID(),
        randomUUID(),
        given.deleteAfter ?? new Date(askedAt.getTime() + 180 * DAY_MS),
      ],
    );
    return { id, alias, contact };
  }

  /** A group of organisation A set up for a test: its requests gone, its enrolment and places as given. */
  async function setUp(
    groupId: string,
    values: { enrolment?: string; forming_minimum?: number | null; size_max?: number | null; places_left?: number | null; waiting_list?: boolean },
  ): Promise<void> {
    await rows(`DELETE FROM join_requests WHERE group_id = $1`, [groupId]);
    await rows(`DELETE FROM waiting_list_notices WHERE group_id = $1`, [groupId]);
    await rows(`UPDATE groups SET archived_at = NULL WHERE id = $1`, [groupId]);
    const settings = { enrolment: 'FORMING', forming_minimum: null, size_max: null, places_left: null, waiting_list: false, ...values };
    await rows(`UPDATE groups SET enrolment = $2, forming_minimum = $3, size_min = NULL, size_max = $4, places_left = $5, waiting_list = $6, paused_until = NULL WHERE id = $1`, [
      groupId,
      settings.enrolment,
      settings.forming_minimum,
      settings.size_max,
      settings.places_left,
      settings.waiting_list,
    ]);
  }

  /** Organisation A's groups outside its units: only its own admins work their queues. */
  async function groupOfA(index: number): Promise<GroupEntity> {
    const groups = await fixture.api.dataSource.manager.find(GroupEntity, { where: { organisationId: fixture.tenants.organisationA.id }, order: { slug: 'ASC' } });
    const outsideUnits = groups.filter((group) => group.unitId === null && group.archivedAt === null);
    return outsideUnits[index] as GroupEntity;
  }

  const queueOf = async (person: TenantPerson, groupId: string) => {
    const response = await as<{ joinQueue: Queue }>(person, QUEUE, { groupId });
    expect(response.errors).toBeUndefined();
    return response.data?.joinQueue as Queue;
  };
  const audited = (groupId: string) =>
    rows<{ user_id: string; join_request_id: string; action: string; at: Date }>(`SELECT user_id, join_request_id, action, at FROM personal_data_access WHERE group_id = $1 ORDER BY id`, [groupId]);

  describe('reading it', () => {
    it('shows the group’s admins every request in order of arrival, opened, counted against the forming minimum, and audits each entry shown', async () => {
      const { groupA1, users } = fixture.tenants;
      await setUp(groupA1.id, { enrolment: 'FORMING', forming_minimum: 6, size_max: 8 });
      const first = await plant(groupA1.id, { askedAt: minutes(-50), message: 'Min søster drikker. Kan jeg komme?' });
      const declined = await plant(groupA1.id, { askedAt: minutes(-40), status: 'DECLINED' });
      const accepted = await plant(groupA1.id, { askedAt: minutes(-30), status: 'ACCEPTED', language: 'pl' });
      const byPhone = await plant(groupA1.id, { askedAt: minutes(-20), contactKind: 'PHONE' });
      const last = await plant(groupA1.id, { askedAt: minutes(-10), status: 'CONTACTED' });
      // Past its time: the retention job deletes it, nobody sees it.
      await plant(groupA1.id, { askedAt: minutes(-5), deleteAfter: minutes(-1) });
      const auditedBefore = (await audited(groupA1.id)).length;

      const queue = await queueOf('adminA', groupA1.id);
      expect(queue).toMatchObject({ groupId: groupA1.id, joinWay: 'WAITING_LIST', formingMinimum: 6, signedUp: 4, accepted: 1, sizeMax: 8, placesLeft: null });
      expect(queue.requests.map((request) => request.id)).toEqual([first, declined, accepted, byPhone, last].map((request) => request.id));
      expect(queue.requests[0]).toEqual({
        id: first.id,
        version: 1,
        kind: 'WAITING_LIST',
        status: 'NEW',
        alias: first.alias,
        contactKind: 'EMAIL',
        contact: first.contact,
        message: 'Min søster drikker. Kan jeg komme?',
        note: null,
        language: 'DA',
        askedAt: minutes(-50).toISOString(),
        updatedAt: minutes(-50).toISOString(),
        deleteAfter: new Date(minutes(-50).getTime() + 180 * DAY_MS).toISOString(),
      });
      expect(queue.requests[2]).toMatchObject({ status: 'ACCEPTED', language: 'PL' });
      expect(queue.requests[3]).toMatchObject({ contactKind: 'PHONE', contact: byPhone.contact });

      // Who read which entry, and when; nothing of what it says.
      const trail = (await audited(groupA1.id)).slice(auditedBefore);
      expect(trail).toEqual(queue.requests.map((request) => ({ user_id: users.adminA.id, join_request_id: request.id, action: 'VIEWED', at: TEST_NOW })));
      const raw = await rows<{ row: string }>(`SELECT t::text AS row FROM personal_data_access t`);
      for (const secret of [first.alias, first.contact, 'søster']) expect(raw.map(({ row }) => row).join('\n')).not.toContain(secret);

      // The unit's admin works it too; their reading is theirs in the audit.
      expect((await queueOf('unitAdminA1', groupA1.id)).requests).toHaveLength(5);
      expect((await audited(groupA1.id)).slice(auditedBefore + 5).map((row) => row.user_id)).toEqual(Array.from({ length: 5 }, () => users.unitAdminA1.id));
    });

    it('is there for nobody else: another unit’s admin, another organisation’s, a platform admin and an editor of the group are refused, and audit nothing', async () => {
      const { groupA1 } = fixture.tenants;
      await setUp(groupA1.id, { enrolment: 'FORMING', forming_minimum: 4 });
      const planted = await plant(groupA1.id);
      const auditedBefore = (await audited(groupA1.id)).length;
      for (const person of ['unitAdminA2', 'adminB', 'platformAdmin'] as const) {
        const response = await as(person, QUEUE, { groupId: groupA1.id });
        expect({ person, code: codeOf(response), data: response.data }).toEqual({ person, code: 'NOT_FOUND', data: null });
      }
      // The group's own editor edits its page, not the people who asked to join it.
      const editor = await as('editorA1', QUEUE, { groupId: groupA1.id });
      expect({ code: codeOf(editor), message: editor.errors?.[0]?.message }).toEqual({ code: 'FORBIDDEN', message: translate('en', 'error.FORBIDDEN') });
      expect(JSON.stringify(editor)).not.toContain(planted.alias);
      // The same answer for a group that does not exist, and for an id that is none.
      expect(codeOf(await as('adminB', QUEUE, { groupId: randomUUID() }))).toBe('NOT_FOUND');
      expect(codeOf(await as('adminA', QUEUE, { groupId: 'not-an-id' }))).toBe('NOT_FOUND');
      expect(await audited(groupA1.id)).toHaveLength(auditedBefore);
    });
  });

  describe('changing an entry', () => {
    it('sets the status and a note: sealed at rest, a new version, its time kept from now, audited as CHANGED', async () => {
      const { groupA1, organisationA, users } = fixture.tenants;
      await setUp(groupA1.id, { enrolment: 'FORMING', forming_minimum: 4 });
      const planted = await plant(groupA1.id, { askedAt: minutes(-60) });
      fixture.api.setNow(minutes(5));
      const note = remember('Ringet 3/12: kommer til intro i januar.\nRinger igen.');
      const changed = await as<{ changeJoinRequest: QueueEntry }>('unitAdminA1', CHANGE, { input: { id: planted.id, version: 1, status: 'CONTACTED', note: `  ${note}  ` } });
      expect(changed.errors).toBeUndefined();
      const retention = (await rows<{ request_retention_days: number }>(`SELECT request_retention_days FROM organisations WHERE id = $1`, [organisationA.id]))[0]?.request_retention_days as number;
      expect(changed.data?.changeJoinRequest).toEqual({
        id: planted.id,
        version: 2,
        status: 'CONTACTED',
        note,
        updatedAt: minutes(5).toISOString(),
        deleteAfter: new Date(minutes(5).getTime() + retention * DAY_MS).toISOString(),
      });
      const [stored] = await rows<{ note_sealed: string; row: string }>(`SELECT note_sealed, t::text AS row FROM join_requests t WHERE id = $1`, [planted.id]);
      expect(stored?.row).not.toContain('Ringet');
      expect(fixture.api.keys.open(stored?.note_sealed as string, sealedPlace('join_requests', 'note_sealed', planted.id))).toBe(note);
      const [trail] = (await audited(groupA1.id)).slice(-1);
      expect(trail).toEqual({ user_id: users.unitAdminA1.id, join_request_id: planted.id, action: 'CHANGED', at: minutes(5) });

      // A blank note removes it; a change from an old version is refused and changes nothing.
      const stale = await as('adminA', CHANGE, { input: { id: planted.id, version: 1, status: 'DECLINED' } });
      expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', values: { version: 2 } });
      const cleared = await as<{ changeJoinRequest: QueueEntry }>('adminA', CHANGE, { input: { id: planted.id, version: 2, note: ' ' } });
      expect(cleared.data?.changeJoinRequest).toMatchObject({ version: 3, status: 'CONTACTED', note: null });
    });

    it('refuses a note too long or with control characters at the field, in the admin’s language, and changes nothing', async () => {
      const { groupA1 } = fixture.tenants;
      await setUp(groupA1.id, { enrolment: 'FORMING', forming_minimum: 4 });
      const planted = await plant(groupA1.id);
      const before = await rows(`SELECT * FROM join_requests WHERE id = $1`, [planted.id]);
      const tooLong = await as('adminA', CHANGE, { input: { id: planted.id, version: 1, status: 'CONTACTED', note: 'x'.repeat(JOINING_LIMITS.noteMaxLength + 1) } }, 'da');
      expect(tooLong.errors?.[0]?.extensions).toMatchObject({
        code: 'INVALID_INPUT',
        problems: [{ field: 'note', code: 'NOTE_TOO_LONG', values: { max: JOINING_LIMITS.noteMaxLength }, message: translate('da', 'error.NOTE_TOO_LONG', { max: JOINING_LIMITS.noteMaxLength }) }],
      });
      const control = await as('adminA', CHANGE, { input: { id: planted.id, version: 1, note: 'Ringet\u001b[31m' } }, 'pl');
      expect(control.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', problems: [{ field: 'note', code: 'NOTE_INVALID', message: translate('pl', 'error.NOTE_INVALID') }] });
      expect(await rows(`SELECT * FROM join_requests WHERE id = $1`, [planted.id])).toEqual(before);
    });

    it('is refused to everyone but the group’s admins, who are told it is not there', async () => {
      const { groupA1 } = fixture.tenants;
      await setUp(groupA1.id, { enrolment: 'FORMING', forming_minimum: 4 });
      const planted = await plant(groupA1.id);
      const before = await rows(`SELECT * FROM join_requests WHERE id = $1`, [planted.id]);
      for (const person of ['unitAdminA2', 'adminB', 'platformAdmin'] as const) {
        expect({ person, change: codeOf(await as(person, CHANGE, { input: { id: planted.id, version: 1, status: 'ACCEPTED', note: 'Taken over' } })) }).toEqual({ person, change: 'NOT_FOUND' });
        expect({ person, delete: codeOf(await as(person, DELETE, { input: { id: planted.id, version: 1 } })) }).toEqual({ person, delete: 'NOT_FOUND' });
      }
      expect(codeOf(await as('editorA1', CHANGE, { input: { id: planted.id, version: 1, status: 'DECLINED' } }))).toBe('FORBIDDEN');
      expect(await rows(`SELECT * FROM join_requests WHERE id = $1`, [planted.id])).toEqual(before);
    });
  });

  describe('capacity', () => {
    it('accepts exactly as many as the group’s size when 50 accepts arrive at once; the others are told it is full', async () => {
      const group = await groupOfA(0);
      const size = 6;
      await setUp(group.id, { enrolment: 'FORMING', forming_minimum: 4, size_max: size });
      const planted: { id: string }[] = [];
      for (let index = 0; index < 50; index++) planted.push(await plant(group.id, { askedAt: minutes(-100 + index) }));
      const answers = await Promise.all(planted.map(({ id }) => as('adminA', CHANGE, { input: { id, version: 1, status: 'ACCEPTED' } }, 'sv')));
      const codes = answers.map((answer) => codeOf(answer) ?? 'ACCEPTED');
      expect(codes.filter((code) => code === 'ACCEPTED')).toHaveLength(size);
      expect(codes.filter((code) => code === 'GROUP_FULL')).toHaveLength(50 - size);
      expect(answers.find((answer) => answer.errors)?.errors?.[0]?.message).toBe(translate('sv', 'error.GROUP_FULL'));
      const [{ count }] = (await rows<{ count: number }>(`SELECT count(*)::int AS count FROM join_requests WHERE group_id = $1 AND status = 'ACCEPTED'`, [group.id])) as [{ count: number }];
      expect(count).toBe(size);
      // A refused accept changed nothing, its audit included.
      const refusedIds = planted.filter((_, index) => codes[index] === 'GROUP_FULL').map(({ id }) => id);
      expect(await rows(`SELECT id FROM join_requests WHERE id = ANY ($1::uuid[]) AND version <> 1`, [refusedIds])).toEqual([]);
      expect(await rows(`SELECT id FROM personal_data_access WHERE join_request_id = ANY ($1::uuid[])`, [refusedIds])).toEqual([]);
    });

    it('counts down the places left through the group’s write path, gives a place back when someone is no longer accepted, and refuses at none left', async () => {
      const group = await groupOfA(1);
      await setUp(group.id, { enrolment: 'OPEN_AFTER_INTAKE', size_max: 10, places_left: 2 });
      const [a, b, c] = [await plant(group.id, { kind: 'INTAKE' }), await plant(group.id, { kind: 'INTAKE' }), await plant(group.id, { kind: 'INTAKE' })] as const;
      const placesLeft = async () => (await fixture.api.dataSource.manager.findOneByOrFail(GroupEntity, { id: group.id })).placesLeft;
      const before = await fixture.api.dataSource.manager.findOneByOrFail(GroupEntity, { id: group.id });
      expect(codeOf(await as('adminA', CHANGE, { input: { id: a.id, version: 1, status: 'ACCEPTED' } }))).toBeUndefined();
      expect(codeOf(await as('adminA', CHANGE, { input: { id: b.id, version: 1, status: 'ACCEPTED' } }))).toBeUndefined();
      expect(await placesLeft()).toBe(0);
      expect(codeOf(await as('adminA', CHANGE, { input: { id: c.id, version: 1, status: 'ACCEPTED' } }))).toBe('GROUP_FULL');
      // Declining someone accepted frees their place, which the next one takes.
      expect(codeOf(await as('adminA', CHANGE, { input: { id: a.id, version: 2, status: 'DECLINED' } }))).toBeUndefined();
      expect(await placesLeft()).toBe(1);
      expect(codeOf(await as('adminA', CHANGE, { input: { id: c.id, version: 1, status: 'ACCEPTED' } }))).toBeUndefined();
      expect(await placesLeft()).toBe(0);
      // Each change of the places is the group's own: a new version, in its history, by the admin.
      const after = await fixture.api.dataSource.manager.findOneByOrFail(GroupEntity, { id: group.id });
      expect(after.version).toBe(before.version + 4);
      const history = await as<{ editableGroup: { history: { by: string; fields: { field: string; old: unknown; new: unknown }[] }[] } }>(
        'adminA',
        `query ($id: ID!) { editableGroup(id: $id) { history { by fields { field old new } } } }`,
        { id: group.id },
      );
      expect(history.data?.editableGroup.history[0]).toEqual({ by: 'Person adminA', fields: [{ field: 'placesLeft', old: 1, new: 0 }] });

      // However an accepted person's request goes, their place is free again: deleted by an admin, withdrawn by them, erased.
      expect(codeOf(await as('adminA', DELETE, { input: { id: b.id, version: 2 } }))).toBeUndefined();
      expect(await placesLeft()).toBe(1);
      const token = `withdraw-${randomUUID()}`;
      await rows(`UPDATE join_requests SET access_token_hash = $2 WHERE id = $1`, [c.id, hashToken(token)]);
      expect((await fixture.api.query(`mutation ($token: String!) { withdrawJoinRequest(token: $token) }`, { token })).errors).toBeUndefined();
      expect(await placesLeft()).toBe(2);
      const d = await plant(group.id, { kind: 'INTAKE', status: 'ACCEPTED' });
      const erased = await as('adminA', `mutation ($slug: String!, $contact: String!) { eraseDataSubject(organisationSlug: $slug, contact: $contact) }`, { slug: fixture.tenants.organisationA.slug, contact: d.contact });
      expect(erased.errors).toBeUndefined();
      expect(await placesLeft()).toBe(3);
      // A request declined, or still new, frees nothing when it goes.
      expect(codeOf(await as('adminA', DELETE, { input: { id: a.id, version: 3 } }))).toBeUndefined();
      expect(await placesLeft()).toBe(3);
    });
  });

  describe('deleting an entry', () => {
    it('deletes it at once from its version, and the audit keeps that it was deleted, by whom, for which group', async () => {
      const { groupA1, users, organisationA } = fixture.tenants;
      await setUp(groupA1.id, { enrolment: 'FORMING', forming_minimum: 4 });
      const planted = await plant(groupA1.id);
      expect(codeOf(await as('adminA', DELETE, { input: { id: planted.id, version: 2 } }))).toBe('CONFLICT');
      expect(await as('unitAdminA1', DELETE, { input: { id: planted.id, version: 1 } })).toEqual({ status: 200, data: { deleteJoinRequest: true } });
      expect(await rows(`SELECT id FROM join_requests WHERE id = $1`, [planted.id])).toEqual([]);
      expect(await rows(`SELECT user_id, action FROM personal_data_access WHERE join_request_id = $1`, [planted.id])).toEqual([{ user_id: users.unitAdminA1.id, action: 'DELETED' }]);
      const trail = await as<{ personalDataAccess: AuditEntry[] }>('adminA', AUDIT, { slug: organisationA.slug });
      expect(trail.data?.personalDataAccess.find((entry) => entry.joinRequestId === planted.id)).toEqual({
        at: TEST_NOW.toISOString(),
        action: 'DELETED',
        joinRequestId: planted.id,
        by: 'Person unitAdminA1',
        groupName: expect.any(String),
      });
      expect(codeOf(await as('unitAdminA1', DELETE, { input: { id: planted.id, version: 1 } }))).toBe('NOT_FOUND');
    });
  });

  describe('exporting', () => {
    it('gives the queue as CSV a spreadsheet opens safely, headed in the admin’s language, and audits each entry as EXPORTED', async () => {
      const { groupA1, users } = fixture.tenants;
      await setUp(groupA1.id, { enrolment: 'FORMING', forming_minimum: 4 });
      const formula = await plant(groupA1.id, { askedAt: minutes(-20), message: '=HYPERLINK("http://evil.example","klik"), "citat"\nlinje to' });
      const byPhone = await plant(groupA1.id, { askedAt: minutes(-10), contactKind: 'PHONE' });
      const auditedBefore = (await audited(groupA1.id)).length;
      const response = await as<{ exportJoinQueue: string }>('adminA', EXPORT, { groupId: groupA1.id }, 'da');
      expect(response.errors).toBeUndefined();
      const csv = response.data?.exportJoinQueue as string;
      const header = ['askedAt', 'kind', 'status', 'alias', 'contactKind', 'contact', 'language', 'message', 'note', 'updatedAt', 'deleteAfter'].map(
        (column) => `"${translate('da', `joinQueueExport.${column}` as 'joinQueueExport.askedAt')}"`,
      );
      // In words and in Danish time (the group is in Denmark), as the admin reads the queue page.
      const local = (at: Date) => localDateTimeOf(at, 'Europe/Copenhagen');
      const deleteAfter = (at: Date) => local(new Date(at.getTime() + 180 * DAY_MS));
      expect(local(minutes(-20))).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(csv).toBe(
        `\uFEFF${header.join(',')}\r\n` +
          `"${local(minutes(-20))}","Venteliste","Ny","${formula.alias}","E-mail","${formula.contact}","dansk","'=HYPERLINK(""http://evil.example"",""klik""), ""citat""\nlinje to","","${local(minutes(-20))}","${deleteAfter(minutes(-20))}"\r\n` +
          `"${local(minutes(-10))}","Venteliste","Ny","${byPhone.alias}","Telefon","'${byPhone.contact}","dansk","","","${local(minutes(-10))}","${deleteAfter(minutes(-10))}"\r\n`,
      );
      expect((await audited(groupA1.id)).slice(auditedBefore)).toEqual(
        [formula, byPhone].map((request) => ({ user_id: users.adminA.id, join_request_id: request.id, action: 'EXPORTED', at: TEST_NOW })),
      );
      expect(codeOf(await as('unitAdminA2', EXPORT, { groupId: groupA1.id }))).toBe('NOT_FOUND');
      expect((await audited(groupA1.id)).slice(auditedBefore)).toHaveLength(2);
    });
  });

  describe('the audit', () => {
    it('shows the organisation’s admins who did what with which entry, newest first, a page at a time, and nobody else', async () => {
      const { groupA1, organisationA } = fixture.tenants;
      await setUp(groupA1.id, { enrolment: 'FORMING', forming_minimum: 4 });
      const planted = [await plant(groupA1.id, { askedAt: minutes(-3) }), await plant(groupA1.id, { askedAt: minutes(-2) }), await plant(groupA1.id, { askedAt: minutes(-1) })];
      fixture.api.setNow(minutes(30));
      await queueOf('unitAdminA1', groupA1.id);
      fixture.api.setNow(minutes(31));
      await as('adminA', CHANGE, { input: { id: planted[1]?.id, version: 1, status: 'CONTACTED' } });
      const first = await as<{ personalDataAccess: AuditEntry[] }>('adminA', AUDIT, { slug: organisationA.slug, first: 2 });
      expect(first.errors).toBeUndefined();
      const groupName = (await queueOf('adminA', groupA1.id)).groupName;
      // The change, then the three entries read at one instant: a page does not end inside an instant.
      expect(first.data?.personalDataAccess.slice(0, 4)).toEqual([
        { at: minutes(31).toISOString(), action: 'CHANGED', joinRequestId: planted[1]?.id, by: 'Person adminA', groupName: expect.any(String) },
        ...[...planted].reverse().map((request) => ({ at: minutes(30).toISOString(), action: 'VIEWED', joinRequestId: request.id, by: 'Person unitAdminA1', groupName })),
      ]);
      expect(first.data?.personalDataAccess).toHaveLength(4);
      const next = await as<{ personalDataAccess: AuditEntry[] }>('adminA', AUDIT, { slug: organisationA.slug, first: 50, before: minutes(30).toISOString() });
      expect(next.data?.personalDataAccess.every((entry) => new Date(entry.at) < minutes(30))).toBe(true);

      for (const person of ['unitAdminA1', 'adminB', 'editorA1'] as const) {
        const refused = await as(person, AUDIT, { slug: organisationA.slug });
        expect({ person, code: codeOf(refused), data: refused.data }).toEqual({ person, code: 'FORBIDDEN', data: null });
      }
      expect(codeOf(await as('adminA', AUDIT, { slug: organisationA.slug, first: 51 }))).toBe('PAGE_SIZE_OUT_OF_RANGE');
    });
  });

  describe('what people are told', () => {
    it('mails an accepted person in their language once it is committed, without the note or the message; a phone number no mail (it gets a text: sms.api.spec.ts)', async () => {
      const { groupA1 } = fixture.tenants;
      await setUp(groupA1.id, { enrolment: 'FORMING', forming_minimum: 4 });
      const byMail = await plant(groupA1.id, { language: 'sv', message: 'Jag har varit nykter i två veckor.' });
      const byPhone = await plant(groupA1.id, { contactKind: 'PHONE', contact: remember(TEST_VISITORS_ABROAD.sweden.phone) });
      const note = remember('Har fått plats fra januar');
      // Accepted together with a change that fails: the whole request is rolled back, and no mail goes.
      const both = await as(
        'adminA',
        `mutation ($accept: ChangeJoinRequestInput!, $bad: ChangeJoinRequestInput!) { a: changeJoinRequest(input: $accept) { status } b: changeJoinRequest(input: $bad) { status } }`,
        { accept: { id: byMail.id, version: 1, status: 'ACCEPTED', note }, bad: { id: byPhone.id, version: 9, status: 'ACCEPTED' } },
      );
      expect(codeOf(both)).toBe('CONFLICT');
      expect(await rows(`SELECT status, version FROM join_requests WHERE id = $1`, [byMail.id])).toEqual([{ status: 'NEW', version: 1 }]);

      expect(codeOf(await as('adminA', CHANGE, { input: { id: byMail.id, version: 1, status: 'ACCEPTED', note } }))).toBeUndefined();
      expect(codeOf(await as('adminA', CHANGE, { input: { id: byPhone.id, version: 1, status: 'ACCEPTED' } }))).toBeUndefined();
      const subject = translate('sv', 'mail.joinAccepted.subject', { group: (await queueOf('adminA', groupA1.id)).groupName });
      const mail = await fixture.api.mail.waitForMessage({ to: byMail.contact, subject });
      expect(mail.text).toContain(fixture.tenants.organisationA.name);
      for (const secret of [note, 'nykter', byMail.alias]) expect(mail.subject + mail.text).not.toContain(secret);
      expect(fixture.api.mail.messages().filter((message) => message.to.includes(byMail.contact))).toHaveLength(1);
      expect(fixture.api.mail.messages().filter((message) => message.channel === 'mail' && message.to.some((to) => to.includes('+46')))).toEqual([]);
    });

    /** The group as its editor edits it. */
    const editableOf = async (groupId: string) =>
      (await as<{ editableGroup: { id: string; version: number; fields: Record<string, unknown> } }>('editorA1', EDITABLE, { id: groupId })).data?.editableGroup as { id: string; version: number; fields: Record<string, unknown> };
    /** Saves the group's enrolment (and places) as its editor; returns its new version. */
    const setEnrolment = async (groupId: string, enrolment: string, placesLeft: number | null = null) => {
      const group = await editableOf(groupId);
      const saved = await as<{ updateGroup: { version: number } }>('editorA1', UPDATE_GROUP, { input: { id: group.id, version: group.version, fields: { ...group.fields, enrolment, placesLeft } } });
      expect(codeOf(saved)).toBeUndefined();
    };
    /** How many waiting-list notices were queued for the group, and how many of them have not run yet. */
    const noticesOf = async (groupId: string) =>
      (
        await rows<{ queued: number; pending: number }>(
          `SELECT count(*)::int AS queued, (count(*) FILTER (WHERE state < 'completed'))::int AS pending FROM pgboss.job WHERE name = 'waiting-list-notice' AND data->>'groupId' = $1`,
          [groupId],
        )
      )[0] ?? { queued: 0, pending: 0 };
    /** Waits until `queued` notices of the group have been queued (once a change has committed, after its answer) and every one has run, its delay over. */
    const noticesRun = async (groupId: string, queued: number) => {
      const deadline = Date.now() + (NOTICE_DELAY_SECONDS + 10) * 1000;
      for (;;) {
        const notices = await noticesOf(groupId);
        if (notices.queued >= queued && notices.pending === 0) return;
        if (Date.now() > deadline) throw new Error(`the waiting-list notices did not run: ${JSON.stringify(notices)}, ${queued} expected`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };
    const mailsTo = (contact: string) => fixture.api.mail.messages().filter((message) => message.to.includes(contact));

    it('mails those waiting, neither declined nor accepted, in their language a while after an editor opens the group, though the editor may not read the queue', async () => {
      const { groupA1 } = fixture.tenants;
      await setUp(groupA1.id, { enrolment: 'FULL', waiting_list: true, size_max: 8, places_left: 0 });
      // The ones not to be told first: had they been mailed, their mails would have come before the others.
      const declined = await plant(groupA1.id, { status: 'DECLINED', askedAt: minutes(-50) });
      const accepted = await plant(groupA1.id, { status: 'ACCEPTED', askedAt: minutes(-40) });
      await plant(groupA1.id, { contactKind: 'PHONE', askedAt: minutes(-30) });
      const danish = await plant(groupA1.id, { language: 'da', askedAt: minutes(-20) });
      const polish = await plant(groupA1.id, { language: 'pl', askedAt: minutes(-10) });
      const group = await editableOf(groupA1.id);
      // Still full: nobody is told.
      expect(codeOf(await as('editorA1', UPDATE_GROUP, { input: { id: group.id, version: group.version, fields: { ...group.fields, contactName: 'Hanne' } } }))).toBeUndefined();
      const openedAt = Date.now();
      await setEnrolment(groupA1.id, 'OPEN', 3);

      const { name } = await fixture.api.dataSource.manager.findOneByOrFail(GroupEntity, { id: groupA1.id });
      const nameIn = (language: Language) => pickText(name, language, 'da')?.text as string;
      const danishMail = await fixture.api.mail.waitForMessage({ to: danish.contact, subject: translate('da', 'mail.groupOpened.subject') });
      expect(Date.now() - openedAt).toBeGreaterThanOrEqual((NOTICE_DELAY_SECONDS - 1) * 1000);
      await fixture.api.mail.waitForMessage({ to: polish.contact, subject: translate('pl', 'mail.groupOpened.subject') });
      expect(danishMail.text).toContain(nameIn('da'));
      expect(danishMail.text).toContain(fixture.tenants.organisationA.name);
      expect(mailsTo(declined.contact)).toEqual([]);
      expect(mailsTo(accepted.contact)).toEqual([]);
      expect(mailsTo(danish.contact)).toHaveLength(1);
      // The queue held the group's id and nothing else.
      expect(await rows(`SELECT data FROM pgboss.job WHERE name = 'waiting-list-notice' AND data->>'groupId' = $1`, [groupA1.id])).toEqual([{ data: { groupId: groupA1.id } }]);

      // Opened again after a while full: those still waiting hear of it again; a second save while open tells nobody twice.
      await setEnrolment(groupA1.id, 'FULL', 0);
      await noticesRun(groupA1.id, 2);
      await setEnrolment(groupA1.id, 'OPEN', 2);
      await setEnrolment(groupA1.id, 'OPEN_AFTER_INTAKE', 2);
      await noticesRun(groupA1.id, 3);
      expect((await noticesOf(groupA1.id)).queued).toBe(3);
      expect(mailsTo(danish.contact)).toHaveLength(2);
      expect(mailsTo(polish.contact)).toHaveLength(2);
    });

    it('tells nobody of an opening undone before its notice runs', async () => {
      const { groupA1 } = fixture.tenants;
      await setUp(groupA1.id, { enrolment: 'CLOSED', waiting_list: true });
      const waiting = await plant(groupA1.id, { language: 'sv' });
      const { queued } = await noticesOf(groupA1.id);
      await setEnrolment(groupA1.id, 'OPEN', 3);
      await setEnrolment(groupA1.id, 'CLOSED');
      await noticesRun(groupA1.id, queued + 2);
      expect((await noticesOf(groupA1.id)).queued).toBe(queued + 2);
      expect(mailsTo(waiting.contact)).toEqual([]);
    });

    it('tells those waiting when their group is archived, with the day their request is deleted by, and the queue shows that day', async () => {
      const { groupA1 } = fixture.tenants;
      await setUp(groupA1.id, { enrolment: 'FULL', waiting_list: true, size_max: 8, places_left: 0 });
      const danish = await plant(groupA1.id, { language: 'da' });
      const byPhone = await plant(groupA1.id, { contactKind: 'PHONE', language: 'nb' });
      const group = await editableOf(groupA1.id);
      expect(codeOf(await as('adminA', ARCHIVE_GROUP, { input: { id: group.id, version: group.version } }))).toBeUndefined();

      // The group ended now, on the API's clock: its requests go RETENTION.afterGroupEndsDays later (25 December), sooner than their own 180 days.
      const expected = new Date(TEST_NOW.getTime() + RETENTION.afterGroupEndsDays * DAY_MS);
      const mail = await fixture.api.mail.waitForMessage({ to: danish.contact, subject: translate('da', 'mail.groupEnded.subject') });
      expect(mail.text).toContain('senest 25. december 2026');
      expect(mail.text).toContain(fixture.tenants.organisationA.name);
      const text = await fixture.api.mail.waitForMessage({ to: byPhone.contact });
      expect(text.text).toBe(translate('nb', 'sms.groupEnded', { deletedOn: '25. desember 2026' }));

      const queue = await queueOf('adminA', groupA1.id);
      expect(queue.requests.map((request) => request.deleteAfter)).toEqual([expected.toISOString(), expected.toISOString()]);

      // What those waiting were told is the job's alone: the organisation's admin, as PostgreSQL sees them, may not even read it.
      expect(await rows(`SELECT told FROM waiting_list_notices WHERE group_id = $1`, [groupA1.id])).toEqual([{ told: 'ENDED' }]);
      const runner = fixture.api.dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        await runner.query(`SELECT set_config('app.user_id', $1, true), set_config('app.organisation_ids', $2, true)`, [fixture.tenants.users.adminA.id, fixture.tenants.organisationA.id]);
        await runner.query(`SET LOCAL ROLE ${APP_ROLE}`);
        await expect(runner.query(`SELECT count(*) FROM waiting_list_notices`)).rejects.toThrow(/permission denied/);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });

    it('tells the admins of the organisation and the unit, once, when asking to join brings a forming group to its minimum', async () => {
      const { groupA2 } = fixture.tenants;
      await setUp(groupA2.id, { enrolment: 'FORMING', forming_minimum: 2 });
      await plant(groupA2.id, { status: 'DECLINED' });
      const { slug, name } = await fixture.api.dataSource.manager.findOneByOrFail(GroupEntity, { id: groupA2.id });
      let visitor = 0;
      const ask = async () => {
        visitor++;
        const who = nextVisitor();
        fixture.api.setNow(TEST_NOW);
        const form = await fixture.api.query<{ joinForm: { formToken: string } }>(`query ($slug: String!) { joinForm(groupSlug: $slug) { formToken } }`, { slug });
        fixture.api.setNow(minutes(1));
        const input = {
          groupSlug: slug,
          kind: 'WAITING_LIST',
          alias: remember(who.name),
          contactKind: 'EMAIL',
          contact: remember(who.email),
          consentVersion: CONSENT_VERSION,
          language: 'DA',
          idempotencyKey: randomUUID(),
          formToken: form.data?.joinForm.formToken,
          website: '',
        };
        const answer = await fixture.api.query(`mutation ($input: AskToJoinInput!) { askToJoin(input: $input) { received } }`, { input }, { 'x-forwarded-for': `198.51.100.${visitor}` });
        expect(answer.errors).toBeUndefined();
        // Its confirmation comes after any mail the same request sent before it.
        await fixture.api.mail.waitForMessage({ to: input.contact });
      };
      // The tenants' admins read English.
      const group = pickText(name, 'en', 'da')?.text as string;
      const subject = translate('en', 'mail.formingReached.subject', { group });
      const toAdmins = () => fixture.api.mail.messages().filter((message) => message.subject === subject);

      await ask();
      expect(toAdmins()).toEqual([]);
      await ask();
      const told = await fixture.api.mail.waitForMessage({ to: tenantEmail('unitAdminA2'), subject });
      // Straight to the group's queue of requests, where they are.
      const link = `${TEST_DASHBOARD_URL}/#/groups/${groupA2.id}/requests`;
      expect(told.links).toEqual([link]);
      expect(told.text).toContain(translate('en', 'mail.formingReached.body', { group, minimum: 2, link }));
      await fixture.api.mail.waitForMessage({ to: tenantEmail('adminA'), subject });
      await ask();
      // The organisation's admin and the unit's, not the other unit's or the group's editor; and not again past the minimum.
      expect(toAdmins().map((message) => message.to).sort()).toEqual([[tenantEmail('adminA')], [tenantEmail('unitAdminA2')]]);
      for (const message of toAdmins()) for (const secret of secrets) expect(message.text).not.toContain(secret);
    });
  });

  describe('how long requests are kept', () => {
    it('lets the organisation’s admins set it within bounds, and moves every request’s deletion date at once', async () => {
      const { groupA1, organisationA } = fixture.tenants;
      await setUp(groupA1.id, { enrolment: 'FORMING', forming_minimum: 4 });
      const planted = await plant(groupA1.id, { askedAt: minutes(-60 * 24) });
      const UPDATE = `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { requestRetentionDays version } }`;
      const current = async () => (await rows<{ version: number; request_retention_days: number }>(`SELECT version, request_retention_days FROM organisations WHERE id = $1`, [organisationA.id]))[0] as { version: number; request_retention_days: number };

      const tooShort = await as('adminA', UPDATE, { input: { id: organisationA.id, version: (await current()).version, requestRetentionDays: RETENTION.requestMinDays - 1 } }, 'nb');
      expect(tooShort.errors?.[0]).toMatchObject({
        message: translate('nb', 'error.NUMBER_OUT_OF_RANGE', { min: RETENTION.requestMinDays, max: RETENTION.requestMaxDays }),
        extensions: { code: 'NUMBER_OUT_OF_RANGE', fields: ['requestRetentionDays'] },
      });
      expect(codeOf(await as('adminA', UPDATE, { input: { id: organisationA.id, version: (await current()).version, requestRetentionDays: RETENTION.requestMaxDays + 1 } }))).toBe('NUMBER_OUT_OF_RANGE');
      // The organisation is the controller: not even a platform admin sets it for them.
      expect(codeOf(await as('platformAdmin', UPDATE, { input: { id: organisationA.id, version: (await current()).version, requestRetentionDays: 60 } }))).toBe('FORBIDDEN');

      const saved = await as<{ updateOrganisation: { requestRetentionDays: number } }>('adminA', UPDATE, { input: { id: organisationA.id, version: (await current()).version, requestRetentionDays: 60 } });
      expect(saved.data?.updateOrganisation.requestRetentionDays).toBe(60);
      const [stored] = await rows<{ delete_after: Date }>(`SELECT delete_after FROM join_requests WHERE id = $1`, [planted.id]);
      expect(stored?.delete_after).toEqual(new Date(minutes(-60 * 24).getTime() + 60 * DAY_MS));
      const history = await as<{ organisation: { history: { fields: { field: string; summary: string }[] }[] } }>('adminA', `query ($slug: String!) { organisation(slug: $slug) { history { fields { field summary } } } }`, { slug: organisationA.slug });
      expect(history.data?.organisation.history[0]?.fields).toEqual([{ field: 'requestRetentionDays', summary: expect.stringMatching(/^changed the retention time of requests \(days\) from “\d+” to “60”$/) }]);
      await as('adminA', UPDATE, { input: { id: organisationA.id, version: (await current()).version, requestRetentionDays: RETENTION.requestDefaultDays } });
    });
  });

  describe('after everything above', () => {
    it('the log holds none of the names, addresses, phone numbers, messages or notes', () => {
      const text = output.text();
      expect(secrets.size).toBeGreaterThan(50);
      for (const secret of secrets) expect({ secret, logged: text.includes(secret) }).toEqual({ secret, logged: false });
    });
  });
});
