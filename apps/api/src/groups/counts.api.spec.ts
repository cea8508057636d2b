import { LANGUAGES, LIMITS, WEEKDAYS } from '@groupfinder/domain';
import type { DataSource } from 'typeorm';
import { MeetingService } from '../meetings/meeting.service';
import { TEST_NOW, startTestApi, type TestApi } from '../testing/test-api';

/** The counts of a search, and a whole page of it to count by hand. */
interface Counted {
  totalCount: number;
  totalCountCapped: boolean;
  pageInfo: { hasNextPage: boolean };
  edges: { node: { slug: string } }[];
}

type FacetCounts = { value: string; count: number }[];

const COUNT = /* GraphQL */ `
  query Count($filter: GroupFilter) {
    groups(filter: $filter, first: 50) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage }
      edges { node { slug } }
    }
  }
`;

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: TEST_NOW });
});

afterAll(async () => {
  await api.stop();
});

async function data<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await api.query<T>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data as T;
}

async function count(filter: Record<string, unknown> = {}): Promise<Counted> {
  return (await data<{ groups: Counted }>(COUNT, { filter })).groups;
}

/** The counts of one facet dimension of a search, selected alone (and answered alone). */
async function facet(filter: Record<string, unknown>, dimension: 'weekdays' | 'languages'): Promise<FacetCounts> {
  const query = `query ($filter: GroupFilter) { groups(filter: $filter, first: 1) { facets { ${dimension} { value count } } } }`;
  const { facets } = (await data<{ groups: { facets: Partial<Record<string, FacetCounts>> } }>(query, { filter })).groups;
  expect(Object.keys(facets)).toEqual([dimension]);
  return facets[dimension] ?? [];
}

/** For each value, the totalCount of the search `filterOf(value)`: what its facet count should be, found by another route. */
async function countsBy(values: readonly string[], filterOf: (value: string) => Record<string, unknown>): Promise<FacetCounts> {
  const counts: FacetCounts = [];
  for (const value of values) counts.push({ value, count: (await count(filterOf(value))).totalCount });
  return counts;
}

/**
 * Copies the group `slug` straight into the table `copies` times, as `${prefix}-1`, `${prefix}-2`, …:
 * every column the original's but the id and slug and what the database fills in (the
 * trigger-kept country, the timestamps). Their meetings are not expanded. Returns the new ids.
 */
async function copyGroup(dataSource: DataSource, slug: string, prefix: string, copies: number): Promise<string[]> {
  const rows: { column_name: string }[] = await dataSource.query(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'groups' AND is_generated = 'NEVER'
        AND column_name NOT IN ('id', 'slug', 'country', 'created_at', 'updated_at')`,
  );
  const columns = rows.map((row) => `"${row.column_name}"`);
  const inserted: { id: string }[] = await dataSource.query(
    `INSERT INTO groups (id, slug, ${columns.join(', ')})
     SELECT gen_random_uuid(), $2 || '-' || n, ${columns.map((column) => `g.${column}`).join(', ')}
       FROM groups g, generate_series(1, $3::int) AS n
      WHERE g.slug = $1
     RETURNING id`,
    [slug, prefix, copies],
  );
  expect(inserted).toHaveLength(copies);
  return inserted.map((row) => row.id);
}

const deleteCopies = (prefix: string) => api.dataSource.query(`DELETE FROM groups WHERE slug LIKE $1`, [`${prefix}-%`]);

describe(`counting up to ${LIMITS.countMax}`, () => {
  const PREFIX = 'copy-of-soborg-mandag';
  let before: Counted;

  beforeAll(async () => {
    before = await count({ text: 'Søborg' });
    await copyGroup(api.dataSource, 'smart-recovery-soborg-mandag', PREFIX, LIMITS.countMax + 1);
  });

  afterAll(() => deleteCopies(PREFIX));

  it(`says ${LIMITS.countMax} and capped when more groups match`, async () => {
    expect(before).toMatchObject({ totalCount: 2, totalCountCapped: false });
    expect(await count({ text: 'Søborg' })).toMatchObject({ totalCount: LIMITS.countMax, totalCountCapped: true });
    expect(await count()).toMatchObject({ totalCount: LIMITS.countMax, totalCountCapped: true });
  });

  it('counts a narrow search exactly, as many as its one page holds', async () => {
    const totals: number[] = [];
    for (const filter of [{ country: 'SE' }, { text: 'Søborg torsdag' }, { text: 'Søborg', country: 'PL' }]) {
      const narrow = await count(filter);
      expect(narrow.pageInfo.hasNextPage).toBe(false);
      expect(narrow).toMatchObject({ totalCount: narrow.edges.length, totalCountCapped: false });
      totals.push(narrow.totalCount);
    }
    expect(totals[0]).toBeGreaterThan(0);
    expect(totals.slice(1)).toEqual([1, 0]);
  });

  it(`is not capped at exactly ${LIMITS.countMax}`, async () => {
    const extra = before.totalCount + 1;
    await api.dataSource.query(`DELETE FROM groups WHERE slug IN (SELECT slug FROM groups WHERE slug LIKE $1 ORDER BY slug LIMIT $2)`, [`${PREFIX}-%`, extra]);
    expect(await count({ text: 'Søborg' })).toMatchObject({ totalCount: LIMITS.countMax, totalCountCapped: false });
  });
});

describe('weekday counts with a time of day', () => {
  const EVENING = { weekdays: ['MONDAY'], timesOfDay: ['EVENING'] };

  /** Per weekday, by the filters rather than the facet: groups with a meeting on it in the evening. */
  const eveningsByFilter = () => countsBy(WEEKDAYS, (value) => ({ weekdays: [value], timesOfDay: ['EVENING'] }));

  it('counts for each weekday only the groups meeting on it in the evening', async () => {
    const expected = await eveningsByFilter();
    expect(await facet(EVENING, 'weekdays')).toEqual(expected);
    // Not what the weekdays alone would give: some groups meet on those days, but not in the evening.
    expect(await countsBy(WEEKDAYS, (value) => ({ weekdays: [value] }))).not.toEqual(expected);
    expect(expected.some(({ count }) => count > 0)).toBe(true);
  });

  describe('a group meeting on Monday mornings, with one extra meeting on a Wednesday evening', () => {
    const PREFIX = 'mornings-and-one-evening';

    afterAll(() => deleteCopies(PREFIX));

    it('counts for Wednesday in the evening and not for Monday: weekday and time of day of the same meeting', async () => {
      const before = await facet(EVENING, 'weekdays');
      const [id] = await copyGroup(api.dataSource, 'smart-recovery-soborg-mandag', PREFIX, 1);
      // The coming Wednesday by the API's clock (a week on, when that day is one), at 19:00 where the group meets.
      const wednesday = new Date(TEST_NOW.getTime() + (((3 - TEST_NOW.getUTCDay() + 6) % 7) + 1) * 86_400_000).toISOString().slice(0, 10);
      const [copy]: { schedule: Record<string, unknown> }[] = await api.dataSource.query(`SELECT schedule FROM groups WHERE id = $1`, [id]);
      const mornings = { ...copy?.schedule, start: '2026-01-05T10:00', rrule: 'FREQ=WEEKLY;BYDAY=MO', rdates: [`${wednesday}T19:00`] };
      await api.dataSource.query(`UPDATE groups SET schedule = $2 WHERE id = $1`, [id, JSON.stringify(mornings)]);
      await new MeetingService(api.dataSource).refresh([id as string], TEST_NOW);

      const after = await facet(EVENING, 'weekdays');
      const change = after.map(({ value, count }, index) => ({ value, count: count - (before[index]?.count ?? 0) }));
      expect(change).toEqual(WEEKDAYS.map((value) => ({ value, count: value === 'WEDNESDAY' ? 1 : 0 })));
      expect(after).toEqual(await eveningsByFilter());
      // It does meet on Mondays, just not in the evening.
      expect((await count({ weekdays: ['MONDAY'], timesOfDay: ['MORNING'] })).edges.map((edge) => edge.node.slug)).toContain(`${PREFIX}-1`);
    });
  });
});

describe('language counts alone', () => {
  it.each([{}, { country: 'DK' }, { topics: ['ADDICTION'] }, { country: 'PL', languages: ['PL'] }, { timesOfDay: ['EVENING'] }])(
    'are, for %j, how many the same search finds with each language',
    async (filter) => {
      const languages = await facet(filter, 'languages');
      const expected = await countsBy(
        LANGUAGES.map((language) => language.toUpperCase()),
        (value) => ({ ...filter, languages: [value] }),
      );
      expect(languages).toEqual(expected);
      expect(expected.some(({ count }) => count > 0)).toBe(true);
    },
  );
});
