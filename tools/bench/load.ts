/**
 * Loads generated groups into a migrated, empty database with bulk SQL: reference rows and
 * groups through `INSERT … SELECT FROM unnest(…)` in batches, meetings through one
 * `INSERT … SELECT` joining each group to the expansion of its schedule. Secondary indexes are
 * dropped before and rebuilt after (with the definitions the migrations gave them), foreign-key
 * triggers are off during the load (the generator keeps the references right; checked after).
 */
import type { Client } from 'pg';
import type { Api, ColumnOf } from './api';
import { GroupMaker, Random, buildWorld, type GeneratedGroup, type Venue, type World } from './generate';

export interface LoadReport {
  groups: number;
  venues: number;
  organisations: number;
  municipalities: number;
  meetings: number;
  distinctSchedules: number;
  /** Seconds per step. */
  timings: Record<string, number>;
  /** Bytes on disk, tables with their indexes. */
  sizes: Record<string, number>;
}

const BATCH = 5_000;

const seconds = (start: number) => Math.round((performance.now() - start) / 100) / 10;

async function insertVenues(client: Client, venues: Venue[]): Promise<void> {
  if (venues.length === 0) return;
  await client.query(
    `INSERT INTO venues (id, organisation_id, name, street, postal_code, town, latitude, longitude, accessibility, transport_notes)
     SELECT id, organisation_id, name, street, postal_code, town, latitude, longitude, string_to_array(accessibility, ','), transport_notes
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[], $9::text[], $10::jsonb[])
       AS v(id, organisation_id, name, street, postal_code, town, latitude, longitude, accessibility, transport_notes)`,
    [
      venues.map((venue) => venue.id),
      venues.map((venue) => venue.organisationId),
      venues.map((venue) => venue.name),
      venues.map((venue) => venue.street),
      venues.map((venue) => venue.postalCode),
      venues.map((venue) => venue.town),
      venues.map((venue) => venue.latitude),
      venues.map((venue) => venue.longitude),
      venues.map((venue) => venue.accessibility.join(',')),
      venues.map((venue) => JSON.stringify(venue.transportNotes)),
    ],
  );
}

type GroupColumn = [string, string, (group: GeneratedGroup, searchText: string) => unknown];

/** A generated group's value of one of the fields editors set, as its column's type takes it. */
function fieldValue(group: GeneratedGroup, field: string, type: ColumnOf['type']): unknown {
  const value = field === 'venueId' ? (group.venue?.id ?? null) : field === 'municipalityId' ? (group.municipality?.id ?? null) : field === 'unitId' ? null : group[field as keyof GeneratedGroup];
  if (value === null || value === undefined) return null;
  if (type === 'jsonb') return JSON.stringify(value);
  if (type === 'list') return (value as string[]).join(',');
  return value;
}

/**
 * The columns of the groups table, in the order of the unnest below: the fields editors set, mapped
 * as the API's write path maps them (GROUP_COLUMNS), and what the API derives or the load fixes.
 */
function groupColumns(api: Api): GroupColumn[] {
  return [
    ['id', 'uuid', (g) => g.id],
    ['organisation_id', 'uuid', (g) => g.organisation.id],
    ...Object.entries(api.GROUP_COLUMNS).map(([field, { column, type }]): GroupColumn => [column, type, (g) => fieldValue(g, field, type)]),
    // The migrations' trigger sets it on every write; triggers are off during the load.
    ['country', 'text', (g) => g.municipality?.country ?? g.organisation.country],
    ['next_meeting_at', 'timestamptz', (g) => g.nextMeetingAt],
    ['is_demo', 'bool', () => true],
    ['search_text', 'text', (_g, searchText) => searchText],
  ];
}

const groupInsert = (columns: GroupColumn[]) => `INSERT INTO groups (${columns.map(([name]) => name).join(', ')})
  SELECT ${columns.map(([name, type]) => (type === 'list' ? `string_to_array(${name}, ',')` : name)).join(', ')}
  FROM unnest(${columns.map(([, type], index) => `$${index + 1}::${type === 'list' ? 'text' : type}[]`).join(', ')})
    AS g(${columns.map(([name]) => name).join(', ')})`;

/** `searchTexts`: the API's own searchTextOf of each group (which has its organisation, venue and municipality "loaded"). */
async function insertGroups(client: Client, columns: GroupColumn[], groups: GeneratedGroup[], searchTexts: string[]): Promise<void> {
  await client.query(
    groupInsert(columns),
    columns.map(([, , value]) => groups.map((group, index) => value(group, searchTexts[index] as string))),
  );
}

async function insertReferenceRows(client: Client, world: World): Promise<void> {
  const { municipalities, neighbours } = world.places;
  await client.query(
    `INSERT INTO municipalities (id, country, code, name) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])`,
    [municipalities.map((m) => m.id), municipalities.map((m) => m.country), municipalities.map((m) => m.code), municipalities.map((m) => m.name)],
  );
  await client.query(`INSERT INTO municipality_neighbours (municipality_id, neighbour_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
    neighbours.map(([a]) => a),
    neighbours.map(([, b]) => b),
  ]);
  const organisations = world.organisations;
  await client.query(
    `INSERT INTO organisations (id, slug, name, country, default_language, website, phone, email, is_demo)
     SELECT *, true FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])`,
    [
      organisations.map((o) => o.id),
      organisations.map((o) => o.slug),
      organisations.map((o) => o.name),
      organisations.map((o) => o.country),
      organisations.map((o) => o.defaultLanguage),
      organisations.map((o) => o.website),
      organisations.map((o) => o.phone),
      organisations.map((o) => o.email),
    ],
  );
}

/** The expansion of every schedule in the pool, keyed by the schedule's jsonb as stored on the groups. */
async function insertExpansions(client: Client, api: Api, world: World): Promise<void> {
  const rows: { schedule: string; start: string; end: string; weekday: number; minute: number; status: string }[] = [];
  for (const pooled of Object.values(world.pool).flat()) {
    const schedule = JSON.stringify(pooled.schedule);
    for (const meeting of pooled.meetings) {
      const slot = api.localSlot(meeting);
      rows.push({ schedule, start: meeting.start, end: meeting.end, weekday: slot.localWeekday, minute: slot.localMinute, status: meeting.status });
    }
  }
  await client.query(`DROP TABLE IF EXISTS bench_expansion`);
  await client.query(
    `CREATE UNLOGGED TABLE bench_expansion (schedule jsonb NOT NULL, starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL,
       local_weekday smallint NOT NULL, local_minute smallint NOT NULL, status text NOT NULL)`,
  );
  await client.query(`INSERT INTO bench_expansion SELECT * FROM unnest($1::jsonb[], $2::timestamptz[], $3::timestamptz[], $4::int2[], $5::int2[], $6::text[])`, [
    rows.map((row) => row.schedule),
    rows.map((row) => row.start),
    rows.map((row) => row.end),
    rows.map((row) => row.weekday),
    rows.map((row) => row.minute),
    rows.map((row) => row.status),
  ]);
  await client.query(`ANALYZE bench_expansion`);
}

export async function loadBenchData(client: Client, api: Api, size: number, now: Date, embedded: boolean, log: (line: string) => void): Promise<LoadReport> {
  const timings: Record<string, number> = {};
  let step = performance.now();
  await client.query(`SET session_replication_role = replica`);
  await client.query(`SET maintenance_work_mem = '${embedded ? '256MB' : '1GB'}'`);
  await client.query(`SET work_mem = '${embedded ? '64MB' : '512MB'}'`);

  // Secondary indexes, as the migrations made them: dropped now, rebuilt after the load.
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
     WHERE t.relname IN ('groups', 'venues', 'meetings') AND t.relnamespace = 'public'::regnamespace
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
  );
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);

  const random = new Random(20261123);
  const world = buildWorld(random, size, now);
  const distinctSchedules = Object.values(world.pool).reduce((sum, list) => sum + list.length, 0);
  timings['generate reference data and expand schedules'] = seconds(step);

  step = performance.now();
  await insertReferenceRows(client, world);
  const maker = new GroupMaker(random, world, now);
  const columns = groupColumns(api);
  let venues = 0;
  // One batch in the database while the next is generated: the generator and PostgreSQL each have a core.
  let inFlight: Promise<void> = Promise.resolve();
  for (let done = 0; done < size; ) {
    const batch: GeneratedGroup[] = [];
    for (; batch.length < BATCH && done < size; done++) batch.push(maker.next());
    const newVenues = maker.takeNewVenues();
    venues += newVenues.length;
    const searchTexts = batch.map((group) => api.searchTextOf(group));
    await inFlight;
    inFlight = insertVenues(client, newVenues).then(() => insertGroups(client, columns, batch, searchTexts));
    if (done % 50_000 === 0 || done === size) log(`groups ${done.toLocaleString('en')} / ${size.toLocaleString('en')}`);
  }
  await inFlight;
  timings['insert organisations, venues, groups'] = seconds(step);

  step = performance.now();
  await insertExpansions(client, api, world);
  const inserted = await client.query(
    `INSERT INTO meetings (group_id, starts_at, ends_at, local_weekday, local_minute, status)
     SELECT g.id, e.starts_at, e.ends_at, e.local_weekday, e.local_minute, e.status
     FROM groups g JOIN bench_expansion e ON e.schedule = g.schedule
     ORDER BY g.id, e.starts_at`,
  );
  await client.query(`DROP TABLE bench_expansion`);
  // The meetings are a full expansion from `now`: the daily roll-forward goes on from its end.
  await client.query(`UPDATE meetings_horizon SET expanded_until = $1`, [new Date(now.getTime() + api.MEETING_HORIZON_DAYS * 24 * 60 * 60 * 1000)]);
  await client.query(`RESET session_replication_role`);
  timings['insert meetings (INSERT … SELECT)'] = seconds(step);
  log(`meetings ${(inserted.rowCount ?? 0).toLocaleString('en')}`);

  step = performance.now();
  for (const index of indexes) await client.query(index.definition);
  timings['rebuild indexes'] = seconds(step);

  step = performance.now();
  const { rows: broken } = await client.query<{ count: string }>(
    `SELECT (SELECT count(*) FROM groups g LEFT JOIN organisations o ON o.id = g.organisation_id WHERE o.id IS NULL)
          + (SELECT count(*) FROM groups g LEFT JOIN venues v ON v.id = g.venue_id WHERE g.venue_id IS NOT NULL AND v.id IS NULL)
          + (SELECT count(*) FROM groups g LEFT JOIN municipalities m ON m.id = g.municipality_id WHERE g.municipality_id IS NOT NULL AND m.id IS NULL)
          + (SELECT count(*) FROM venues v LEFT JOIN organisations o ON o.id = v.organisation_id WHERE o.id IS NULL) AS count`,
  );
  if (Number(broken[0]?.count) !== 0) throw new Error(`${broken[0]?.count} rows refer to nothing: the generator is wrong`);
  await client.query(`RESET work_mem`);
  await client.query(`VACUUM ANALYZE organisations, municipalities, municipality_neighbours, venues, groups, meetings, places`);
  await client.query(`RESET maintenance_work_mem`);
  timings['check references, VACUUM ANALYZE'] = seconds(step);

  const { rows: sizeRows } = await client.query<{ name: string; bytes: string }>(
    `SELECT relname AS name, pg_total_relation_size(oid) AS bytes FROM pg_class WHERE relname IN ('groups', 'venues', 'meetings') AND relkind = 'r'`,
  );
  return {
    groups: size,
    venues,
    organisations: world.organisations.length,
    municipalities: world.places.municipalities.length,
    meetings: inserted.rowCount ?? 0,
    distinctSchedules,
    timings,
    sizes: Object.fromEntries(sizeRows.map((row) => [row.name, Number(row.bytes)])),
  };
}
