import type { GroupFields } from '@groupfinder/domain';
import { withTenants, type TenantPerson } from '../../testing/tenants';
import { GroupEntity } from '../group.entity';
import { MeetingEntity } from '../../meetings/meeting.entity';

type Problem = { field: string; code: string; message: string };
type Editable = { id: string; version: number; archivedAt: string | null; fields: GroupFields };

const FIELDS = `fields {
  slug unitId venueId municipalityId name description practicalNotes intakeText topics audience ageBand ageMin ageMax format
  onlineJoinUrl onlineJoinOnRequest languages method promises facilitatorCount starterMeetings
  schedule { timeZone start durationMinutes rrule exdates rdates moves { from to } pauses { from until reason } }
  enrolment formingMinimum sizeMin sizeMax placesLeft waitingList pausedUntil contactName contactPhone contactEmail contactUrl }`;
const EDITABLE = `query ($id: ID!) { editableGroup(id: $id) { id version archivedAt ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateGroupInput!) { updateGroup(input: $input) { id version ${FIELDS} } }`;
const CREATE = `mutation ($input: CreateGroupInput!) { createGroup(input: $input) { id version ${FIELDS} } }`;
const PUBLIC = `query ($slug: String!) { group(slug: $slug) { name { text } nextMeetings(first: 3) { start status } } }`;
const SEARCH = `query ($text: String!) { groups(filter: { text: $text }, first: 50) { edges { node { slug } } } }`;

/** Editors keep their groups through one write path: validated at each field, never overwriting each other, with derived values and history kept in the same transaction. */
describe('editing groups', () => {
  const fixture = withTenants();
  const as = <T = Record<string, unknown>>(person: TenantPerson, query: string, variables?: Record<string, unknown>, locale = 'en') =>
    fixture.api.query<T>(query, variables, { cookie: fixture.tenants.cookies[person], 'accept-language': locale });
  const load = async (person: TenantPerson, id: string): Promise<Editable> => {
    const response = await as<{ editableGroup: Editable }>(person, EDITABLE, { id });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.editableGroup;
  };
  const stored = (id: string) => fixture.api.dataSource.manager.findOneByOrFail(GroupEntity, { id });
  const update = (person: TenantPerson, group: Editable, change: Partial<Record<keyof GroupFields, unknown>>, locale = 'en') =>
    as<{ updateGroup: Editable }>(person, UPDATE, { input: { id: group.id, version: group.version, fields: { ...group.fields, ...change } } }, locale);
  const slugsFound = async (text: string) =>
    ((await fixture.api.query<{ groups: { edges: { node: { slug: string } }[] } }>(SEARCH, { text })).data?.groups.edges ?? []).map((edge) => edge.node.slug);

  it('saves an editor’s change of texts and schedule: the finder shows it at once, with its meetings', async () => {
    const { groupA1 } = fixture.tenants;
    const group = await load('editorA1', groupA1.id);
    const schedule = { timeZone: 'Europe/Copenhagen', start: '2026-12-01T18:30', durationMinutes: 90, rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', exdates: [], rdates: [], moves: [], pauses: [] };
    const saved = await update('editorA1', group, { name: { da: 'Tirsdagsgruppen Kvaspeborg', sv: 'Tisdagsgruppen Kvaspeborg' }, schedule });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.updateGroup).toMatchObject({ version: group.version + 1, fields: { name: { da: 'Tirsdagsgruppen Kvaspeborg', sv: 'Tisdagsgruppen Kvaspeborg' }, schedule } });
    const shown = await fixture.api.query<{ group: { name: { text: string }; nextMeetings: { start: string }[] } }>(PUBLIC, { slug: group.fields.slug }, { 'accept-language': 'sv' });
    expect(shown.data?.group.name.text).toBe('Tisdagsgruppen Kvaspeborg');
    expect(shown.data?.group.nextMeetings.map((meeting) => meeting.start)).toEqual(['2026-12-01T18:30:00+01:00', '2026-12-15T18:30:00+01:00', '2026-12-29T18:30:00+01:00']);
    expect(await slugsFound('kvaspeborg')).toEqual([group.fields.slug]);
    expect((await stored(group.id)).nextMeetingAt).toEqual(new Date('2026-12-01T17:30:00Z'));
    const meetings = await fixture.api.dataSource.manager.count(MeetingEntity, { where: { groupId: group.id } });
    expect(meetings).toBeGreaterThanOrEqual(6);
  });

  it('refuses every problem at its field, in the editor’s language, and changes nothing', async () => {
    const { groupA1 } = fixture.tenants;
    const group = await load('editorA1', groupA1.id);
    const before = await stored(group.id);
    const response = await update(
      'editorA1',
      group,
      {
        slug: 'Not A Slug',
        name: { da: '  ' },
        topics: [],
        ageMin: 30,
        ageMax: 20,
        sizeMin: 8,
        sizeMax: 4,
        contactEmail: 'not-an-address',
        schedule: { timeZone: 'Europe/Atlantis', start: '2026-12-01T18:30', durationMinutes: 90, rrule: 'FREQ=SOMETIMES', exdates: [], rdates: [], moves: [], pauses: [] },
      },
      'da',
    );
    const error = response.errors?.[0];
    expect(error?.extensions.code).toBe('INVALID_INPUT');
    const problems = error?.extensions['problems'] as Problem[];
    expect(problems.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: 'slug', code: 'INVALID_SLUG' },
      { field: 'name', code: 'NAME_REQUIRED' },
      { field: 'topics', code: 'TOPICS_REQUIRED' },
      { field: 'ageMax', code: 'AGE_RANGE_INVALID' },
      { field: 'sizeMax', code: 'SIZE_RANGE_INVALID' },
      { field: 'contactEmail', code: 'EMAIL_INVALID' },
      { field: 'schedule.timeZone', code: 'TIME_ZONE_UNKNOWN' },
      { field: 'schedule.rrule', code: 'RRULE_UNPARSABLE' },
    ]);
    expect(problems.find((problem) => problem.field === 'name')?.message).toBe('Skriv navnet på mindst ét sprog.');
    expect(await stored(group.id)).toEqual(before);
  });

  it('leaves exactly one of 20 concurrent saves from the same version applied, and 19 told of the conflict', async () => {
    const { groupA2 } = fixture.tenants;
    const group = await load('unitAdminA2', groupA2.id);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) => update('unitAdminA2', group, { contactName: `Kontakt ${index}` })),
    );
    const applied = responses.filter((response) => response.data?.updateGroup);
    const conflicts = responses.filter((response) => response.errors?.[0]?.extensions.code === 'CONFLICT');
    expect([applied.length, conflicts.length]).toEqual([1, 19]);
    const after = await stored(group.id);
    expect(after.version).toBe(group.version + 1);
    expect(after.contactName).toBe(applied[0]?.data?.updateGroup.fields.contactName);
  });

  it('opens a group only to its editors: another unit’s admin and another organisation’s are told it is not there', async () => {
    const { groupA1 } = fixture.tenants;
    for (const person of ['unitAdminA2', 'adminB'] as const) {
      const response = await as(person, EDITABLE, { id: groupA1.id });
      expect(response.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
    expect((await load('adminA', groupA1.id)).id).toBe(groupA1.id);
  });

  it('creates a group in a unit, which the finder shows and which its unit’s admin archives and restores', async () => {
    const { organisationA, unitA1 } = fixture.tenants;
    const template = await load('adminA', fixture.tenants.groupA1.id);
    const fields = { ...template.fields, slug: 'tenant-test-new-grief-group', unitId: unitA1.id, name: { da: 'Ny sorggruppe Ørnevej' }, schedule: null, enrolment: 'FORMING' };
    const created = await as<{ createGroup: Editable }>('unitAdminA1', CREATE, { input: { organisationId: organisationA.id, fields } });
    expect(created.errors).toBeUndefined();
    const group = created.data?.createGroup as Editable;
    expect(group.version).toBe(1);
    expect(await slugsFound('ornevej')).toEqual(['tenant-test-new-grief-group']);
    // Its creation is in its history and cannot be reverted (there is nothing to put back): archiving is how it goes.
    const history = await as<{ editableGroup: { history: { id: string; version: number }[] } }>('unitAdminA1', `query ($id: ID!) { editableGroup(id: $id) { history { id version } } }`, { id: group.id });
    const creation = history.data?.editableGroup.history.find((change) => change.version === 1);
    const undoCreation = await as('unitAdminA1', `mutation ($input: RevertChangeInput!) { revertChange(input: $input) }`, { input: { changeId: creation?.id } });
    expect(undoCreation.errors?.[0]).toMatchObject({ message: 'Creating it cannot be undone; archive it instead.', extensions: { code: 'REVERT_CREATION' } });
    expect((await load('unitAdminA1', group.id)).version).toBe(1);
    const elsewhere = await as('unitAdminA2', CREATE, { input: { organisationId: organisationA.id, fields: { ...fields, slug: 'tenant-test-other' } } });
    expect((elsewhere.errors?.[0]?.extensions['problems'] as Problem[]).map((problem) => problem.field)).toEqual(['unitId']);

    const archived = await as<{ archiveGroup: Editable }>('unitAdminA1', `mutation ($input: EditInput!) { archiveGroup(input: $input) { version archivedAt } }`, { input: { id: group.id, version: 1 } });
    expect(archived.data?.archiveGroup.archivedAt).not.toBeNull();
    expect(await slugsFound('ornevej')).toEqual([]);
    expect((await fixture.api.query(PUBLIC, { slug: 'tenant-test-new-grief-group' })).errors?.[0]?.extensions.code).toBe('GROUP_NOT_FOUND');
    const editWhileArchived = await update('unitAdminA1', { ...group, version: 2 }, { contactName: 'Anna' });
    expect(editWhileArchived.errors?.[0]?.extensions.code).toBe('ARCHIVED');
    await as('unitAdminA1', `mutation ($input: EditInput!) { restoreGroup(input: $input) { version } }`, { input: { id: group.id, version: 2 } });
    expect(await slugsFound('ornevej')).toEqual(['tenant-test-new-grief-group']);
  });

  it('says every kind of field’s change in plain words, and a revert puts every one back as it was', async () => {
    const { groupA2, organisationA } = fixture.tenants;
    const group = await load('adminA', groupA2.id);
    const created = await as<{ createVenue: { id: string } }>('adminA', `mutation ($input: CreateVenueInput!) { createVenue(input: $input) { id } }`, {
      input: { organisationId: organisationA.id, fields: { name: 'Ørnehuset', street: 'Ørnevej 1', postalCode: '2400', town: 'København NV', latitude: null, longitude: null, accessibility: [], transportNotes: {} } },
    });
    const schedule = { timeZone: 'Europe/Copenhagen', start: '2026-12-03T19:00', durationMinutes: 120, rrule: 'FREQ=WEEKLY;BYDAY=TH', exdates: [], rdates: [], moves: [], pauses: [] };
    const first = await update('adminA', group, { schedule, format: 'IN_PERSON' });
    expect(first.errors).toBeUndefined();
    const base = first.data?.updateGroup as Editable;
    const change = {
      name: { ...base.fields.name, sv: 'Sorggruppen på svenska' },
      topics: ['GRIEF', 'LONELINESS'],
      audience: 'RELATIVES',
      sizeMax: 9,
      onlineJoinOnRequest: !base.fields.onlineJoinOnRequest,
      waitingList: !base.fields.waitingList,
      contactName: 'Birthe',
      pausedUntil: '2027-01-16',
      venueId: created.data?.createVenue.id,
      schedule: { ...schedule, start: '2026-12-03T18:30', exdates: ['2026-12-24T18:30'], pauses: [{ from: '2027-07-01', until: '2027-08-08', reason: { da: 'Sommerferie' } }] },
    };
    const saved = await update('adminA', base, change);
    expect(saved.errors).toBeUndefined();
    type Changes = { editableGroup: { history: { id: string; fields: { field: string; summary: string }[] }[] } };
    const history = await as<Changes>('adminA', `query ($id: ID!) { editableGroup(id: $id) { history { id fields { field summary } } } }`, { id: group.id });
    const [latest] = history.data?.editableGroup.history ?? [];
    expect(Object.fromEntries(latest?.fields.map((field) => [field.field, field.summary]) ?? [])).toEqual({
      name: 'added the name in Swedish: “Sorggruppen på svenska”',
      topics: expect.stringMatching(/^changed the topics from “.+” to “Grief, Loneliness”$/),
      audience: expect.stringMatching(/^changed the audience from “.+” to “Relatives”$/),
      sizeMax: expect.stringMatching(/^changed the largest size from “.+” to “9”$/),
      onlineJoinOnRequest: `changed the link on request from “${base.fields.onlineJoinOnRequest ? 'yes' : 'no'}” to “${base.fields.onlineJoinOnRequest ? 'no' : 'yes'}”`,
      waitingList: `changed the waiting list from “${base.fields.waitingList ? 'yes' : 'no'}” to “${base.fields.waitingList ? 'no' : 'yes'}”`,
      contactName: expect.stringMatching(/^changed the contact name from “.+” to “Birthe”$/),
      // A date in words, not as the API stores it.
      pausedUntil: expect.stringMatching(/ “16 January 2027”$/),
      venueId: expect.stringMatching(/^changed the venue from “.+” to “Ørnehuset”$/),
      schedule: expect.stringMatching(/^changed the schedule from “.*19:00.*” to “.*18:30.*”; cancelled the meeting on 24 December 2026 18:30; added a break: .+$/),
    });

    const reverted = await as('adminA', `mutation ($input: RevertChangeInput!) { revertChange(input: $input) }`, { input: { changeId: latest?.id } });
    expect(reverted.errors).toBeUndefined();
    const after = await load('adminA', group.id);
    expect(after.fields).toEqual(base.fields);
    expect(after.version).toBe(base.version + 2);
  });

  it('cancels one meeting: the finder lists it cancelled, and a later change to the schedule keeps a revert of the cancellation from undoing it silently', async () => {
    const { groupA1 } = fixture.tenants;
    const group = await load('editorA1', groupA1.id);
    const schedule = group.fields.schedule as NonNullable<GroupFields['schedule']>;
    const cancelled = await update('editorA1', group, { schedule: { ...schedule, exdates: ['2026-12-15T18:30'] } }, 'da');
    expect(cancelled.errors).toBeUndefined();
    const shown = await fixture.api.query<{ group: { nextMeetings: { start: string; status: string }[] } }>(PUBLIC, { slug: group.fields.slug });
    expect(shown.data?.group.nextMeetings).toEqual([
      { start: '2026-12-01T18:30:00+01:00', status: 'SCHEDULED' },
      { start: '2026-12-15T18:30:00+01:00', status: 'CANCELLED' },
      { start: '2026-12-29T18:30:00+01:00', status: 'SCHEDULED' },
    ]);
    const history = await as<{ editableGroup: { history: { id: string; fields: { summary: string }[] }[] } }>('editorA1', `query ($id: ID!) { editableGroup(id: $id) { history { id fields { summary } } } }`, { id: group.id }, 'da');
    const [cancellation] = history.data?.editableGroup.history ?? [];
    expect(cancellation?.fields[0]?.summary).toBe('aflyste mødet 15. december 2026 18:30');
    const current = await load('editorA1', group.id);
    await update('editorA1', current, { schedule: { ...(current.fields.schedule as NonNullable<GroupFields['schedule']>), durationMinutes: 60 } });
    const refused = await as('adminA', `mutation ($input: RevertChangeInput!) { revertChange(input: $input) }`, { input: { changeId: cancellation?.id } });
    expect(refused.errors?.[0]?.extensions.code).toBe('REVERT_SUPERSEDED');
  });

  it('cancels Christmas Eve of the real Søborg Thursday group: the finder lists 24 December cancelled and 31 December held', async () => {
    const soborg = await fixture.api.dataSource.manager.findOneByOrFail(GroupEntity, { slug: 'smart-recovery-soborg-torsdag' });
    const group = await load('platformAdmin', soborg.id);
    const schedule = group.fields.schedule as NonNullable<GroupFields['schedule']>;
    const saved = await update('platformAdmin', group, { schedule: { ...schedule, exdates: [...schedule.exdates, '2026-12-24T19:00'] } });
    expect(saved.errors).toBeUndefined();
    const shown = await fixture.api.query<{ group: { nextMeetings: { start: string; status: string }[] } }>(
      `query { group(slug: "smart-recovery-soborg-torsdag") { nextMeetings(first: 6) { start status } } }`,
    );
    expect(shown.data?.group.nextMeetings).toEqual([
      { start: '2026-11-26T19:00:00+01:00', status: 'SCHEDULED' },
      { start: '2026-12-03T19:00:00+01:00', status: 'SCHEDULED' },
      { start: '2026-12-10T19:00:00+01:00', status: 'SCHEDULED' },
      { start: '2026-12-17T19:00:00+01:00', status: 'SCHEDULED' },
      { start: '2026-12-24T19:00:00+01:00', status: 'CANCELLED' },
      { start: '2026-12-31T19:00:00+01:00', status: 'SCHEDULED' },
    ]);
  });

  describe('refuses each rule at its field, changing nothing', () => {
    const schedule = { timeZone: 'Europe/Copenhagen', start: '2026-12-01T18:30', durationMinutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=TU', exdates: [], rdates: [], moves: [], pauses: [] };
    const RULES: [string, (t: typeof fixture.tenants) => Partial<Record<keyof GroupFields, unknown>>, string, string][] = [
      ['a slug that is not one', () => ({ slug: 'Sorg Gruppe' }), 'slug', 'INVALID_SLUG'],
      ['a slug too long', () => ({ slug: 'a'.repeat(81) }), 'slug', 'INVALID_SLUG'],
      ['a slug another group has', (t) => ({ slug: t.groupB.slug }), 'slug', 'SLUG_TAKEN'],
      ['no name in any language', () => ({ name: { da: '' } }), 'name', 'NAME_REQUIRED'],
      ['a name too long', () => ({ name: { da: 'x'.repeat(201) } }), 'name.da', 'NAME_INVALID'],
      ['a text in an unknown language', () => ({ description: { xx: 'Hej' } }), 'description', 'TEXT_INVALID'],
      ['a text too long', () => ({ practicalNotes: { sv: 'x'.repeat(4001) } }), 'practicalNotes.sv', 'TEXT_TOO_LONG'],
      ['no topic', () => ({ topics: [] }), 'topics', 'TOPICS_REQUIRED'],
      ['no language spoken', () => ({ languages: [] }), 'languages', 'LANGUAGES_REQUIRED'],
      ['an age over 120', () => ({ ageMax: 121 }), 'ageMax', 'AGE_OUT_OF_RANGE'],
      ['ages the wrong way round', () => ({ ageMin: 40, ageMax: 30 }), 'ageMax', 'AGE_RANGE_INVALID'],
      ['sizes the wrong way round', () => ({ sizeMin: 10, sizeMax: 5 }), 'sizeMax', 'SIZE_RANGE_INVALID'],
      ['more places left than the size', () => ({ sizeMin: null, sizeMax: 6, placesLeft: 7 }), 'placesLeft', 'PLACES_LEFT_OVER_SIZE'],
      ['too many facilitators', () => ({ facilitatorCount: 21 }), 'facilitatorCount', 'NUMBER_OUT_OF_RANGE'],
      ['no starter meetings', () => ({ starterMeetings: 0 }), 'starterMeetings', 'NUMBER_OUT_OF_RANGE'],
      ['a forming minimum of none', () => ({ formingMinimum: 0 }), 'formingMinimum', 'NUMBER_OUT_OF_RANGE'],
      ['a youth group without a facilitator', () => ({ ageBand: 'YOUTH', facilitatorCount: 0 }), 'facilitatorCount', 'CHILDREN_NEED_FACILITATORS'],
      ['a venue for an online group', () => ({ format: 'ONLINE' }), 'venueId', 'VENUE_NOT_FOR_ONLINE'],
      ['another organisation’s venue', (t) => ({ venueId: t.groupB.venueId }), 'venueId', 'VENUE_INVALID'],
      ['a unit of another organisation', () => ({ unitId: '00000000-0000-4000-8000-000000000000' }), 'unitId', 'UNIT_INVALID'],
      ['an unknown municipality', () => ({ municipalityId: 'not-a-municipality' }), 'municipalityId', 'MUNICIPALITY_INVALID'],
      ['an online link that is no web address', () => ({ onlineJoinUrl: 'zoom meeting 123' }), 'onlineJoinUrl', 'WEBSITE_INVALID'],
      ['a contact page that is no web address', () => ({ contactUrl: 'www' }), 'contactUrl', 'WEBSITE_INVALID'],
      ['a phone number with letters', () => ({ contactPhone: 'call me' }), 'contactPhone', 'PHONE_INVALID'],
      ['an e-mail address without @', () => ({ contactEmail: 'kontakt.example.org' }), 'contactEmail', 'EMAIL_INVALID'],
      ['a contact name too long', () => ({ contactName: 'x'.repeat(301) }), 'contactName', 'LINE_INVALID'],
      ['a pause date that is none', () => ({ pausedUntil: '2027-13-01' }), 'pausedUntil', 'DATE_INVALID'],
      ['an unknown time zone', () => ({ schedule: { ...schedule, timeZone: 'Mars/Olympus' } }), 'schedule.timeZone', 'TIME_ZONE_UNKNOWN'],
      ['a start off the rule', () => ({ schedule: { ...schedule, start: '2026-12-02T18:30' } }), 'schedule.start', 'START_NOT_ON_PATTERN'],
      ['a start in the daylight-saving gap', () => ({ schedule: { ...schedule, start: '2027-03-28T02:30', rrule: null } }), 'schedule.start', 'START_IN_DST_GAP'],
      ['a rule that cannot be read', () => ({ schedule: { ...schedule, rrule: 'EVERY TUESDAY' } }), 'schedule.rrule', 'RRULE_UNPARSABLE'],
      ['a cancelled meeting that is none', () => ({ schedule: { ...schedule, exdates: ['2026-12-02T18:30'] } }), 'schedule.exdates[0]', 'EXDATE_NOT_AN_OCCURRENCE'],
      ['a break ending before it starts', () => ({ schedule: { ...schedule, pauses: [{ from: '2027-07-10', until: '2027-07-01', reason: {} }] } }), 'schedule.pauses[0]', 'PAUSE_ENDS_BEFORE_START'],
      ['a meeting of no length', () => ({ schedule: { ...schedule, durationMinutes: 0 } }), 'schedule.durationMinutes', 'DURATION_OUT_OF_RANGE'],
    ];

    it.each(RULES)('%s', async (_rule, change, field, code) => {
      const group = await load('adminA', fixture.tenants.groupA2.id);
      const before = await fixture.api.dataSource.query(`SELECT g.*, (SELECT count(*) FROM changes c WHERE c.entity_id = g.id) AS changes FROM groups g WHERE g.id = $1`, [group.id]);
      const response = await update('adminA', group, { schedule, format: 'IN_PERSON', ...change(fixture.tenants) }, 'sv');
      const problems = response.errors?.[0]?.extensions['problems'] as Problem[] | undefined;
      expect(problems?.map((problem) => ({ field: problem.field, code: problem.code }))).toEqual([{ field, code }]);
      expect(problems?.[0]?.message).toMatch(/\S/);
      expect(await fixture.api.dataSource.query(`SELECT g.*, (SELECT count(*) FROM changes c WHERE c.entity_id = g.id) AS changes FROM groups g WHERE g.id = $1`, [group.id])).toEqual(before);
    });
  });
});
