import { loadDemoDataIfEmpty } from '../database/demo-data';
import { TEST_NOW, startTestDatabase, type TestDatabase } from '../testing/test-api';
import { GroupEntity } from './group.entity';
import { loadGroups, loadGroupsOfPage } from './group-rows';
import { SHOWN_COLUMNS, type ShownGroup } from './group.type';

/*
 * The groups a search shows are loaded by SQL made once and mapped by hand (group-rows.ts), not by
 * TypeORM's query builder: every group of the demo data must come out as the query builder loads
 * it, in the columns Group shows, with the organisation, venue and municipality whole (the same
 * classes, dates, arrays and missing relations).
 */

let db: TestDatabase;

beforeAll(async () => {
  db = await startTestDatabase();
  await loadDemoDataIfEmpty(db.dataSource, TEST_NOW, { accounts: false });
  // An archived organisation, so that a timestamp is compared too.
  await db.dataSource.query(`UPDATE organisations SET archived_at = $1 WHERE slug = (SELECT min(slug) FROM organisations)`, [TEST_NOW]);
});

afterAll(async () => {
  await db?.stop();
});

const byId = (a: ShownGroup, b: ShownGroup) => a.id.localeCompare(b.id);

/** What the query builder loads, in the columns a search shows. */
async function throughQueryBuilder(where: string, parameters: Record<string, unknown>): Promise<ShownGroup[]> {
  const entities = await db.dataSource
    .getRepository(GroupEntity)
    .createQueryBuilder('g')
    .innerJoinAndSelect('g.organisation', 'o')
    .leftJoinAndSelect('g.venue', 'v')
    .leftJoinAndSelect('g.municipality', 'm')
    .where(where, parameters)
    .getMany();
  return entities.map((entity) => {
    const { organisation, venue, municipality } = entity;
    return { ...Object.fromEntries(SHOWN_COLUMNS.map((column) => [column, entity[column]])), organisation, venue, municipality } as ShownGroup;
  });
}

describe('loadGroups', () => {
  it('loads every group as the query builder does, in the columns shown', async () => {
    const expected = (await throughQueryBuilder('TRUE', {})).sort(byId);
    const loaded = (await loadGroups(db.dataSource.manager, 'TRUE', [])).sort(byId);

    expect(loaded).toStrictEqual(expected);
    // What the comparison covers: every kind of value and relation the demo data holds.
    expect(loaded.length).toBeGreaterThan(10);
    expect(loaded.filter((group) => group.venue === null).length).toBeGreaterThan(0);
    expect(loaded.filter((group) => group.municipality === null).length).toBeGreaterThan(0);
    expect(loaded.filter((group) => group.pausedUntil !== null).length).toBeGreaterThan(0);
    expect(loaded.filter((group) => group.organisation?.archivedAt != null).length).toBeGreaterThan(0);
    expect(Object.keys(loaded[0] ?? {}).sort()).toEqual([...SHOWN_COLUMNS, 'organisation', 'venue', 'municipality'].sort());
  });

  it('loads the groups asked for by id and by slug', async () => {
    const all = await throughQueryBuilder('TRUE', {});
    const ids = all.slice(0, 3).map((group) => group.id);
    const [someone] = all;

    expect((await loadGroups(db.dataSource.manager, '"g"."id" = ANY($1)', [ids])).sort(byId)).toStrictEqual(all.filter((group) => ids.includes(group.id)).sort(byId));
    expect(await loadGroups(db.dataSource.manager, '"g"."slug" = $1', [someone?.slug])).toStrictEqual([someone]);
    expect(await loadGroups(db.dataSource.manager, '"g"."slug" = $1', ['no-such-group'])).toStrictEqual([]);
  });

  it("loads a page's rows with their groups, in the page's order", async () => {
    const lastThree = (await throughQueryBuilder('TRUE', {})).sort((a, b) => (a.slug < b.slug ? 1 : -1)).slice(0, 3);
    const hits = await loadGroupsOfPage<{ id: string; page_slug: string }>(
      db.dataSource.manager,
      'SELECT g.id, g.slug AS page_slug FROM groups g WHERE g.slug > $1 ORDER BY g.slug COLLATE "C" DESC LIMIT 3',
      [''],
      'page.page_slug COLLATE "C" DESC',
    );

    expect(hits.map(({ group }) => group)).toStrictEqual(lastThree);
    expect(hits.map(({ row }) => row.page_slug)).toEqual(lastThree.map((group) => group.slug));
  });
});
