import { setTimeout as delay } from 'node:timers/promises';
import { PlaceService } from '../places/place.service';
import { inUnitOfWork } from '../server/unit-of-work';
import { PATIENT_TIMEOUTS } from '../database/unavailable';
import { TEST_NOW, startTestApi, type TestApi } from '../testing/test-api';
import { GroupService, type Facets } from './group.service';

type FacetCounts = { value: string; count: number }[];
interface Searched {
  totalCount: number;
  edges: { node: { slug: string } }[];
  facets: { topics: FacetCounts; languages: FacetCounts } | null;
}

const SEARCH = /* GraphQL */ `
  query ($filter: GroupFilter) {
    groups(filter: $filter, first: 5, locale: DA) {
      totalCount
      edges { node { slug } }
      facets { topics { value count } languages { value count } }
    }
  }
`;

/**
 * As production runs on PostgreSQL (FACETS_WAIT_MS): a public search does not wait for facets
 * that take long to count; they are counted meanwhile and kept for the next asker. Waiting 0 ms
 * makes every first ask one that is not counted in time, whatever the machine's speed.
 */
describe('facets counted beside the search', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ now: TEST_NOW, countCacheSeconds: 60, facetsWaitMs: 0 });
  });
  afterAll(async () => {
    await api.stop();
  });

  const search = async (filter: Record<string, unknown>) => {
    const response = await api.query<{ groups: Searched }>(SEARCH, { filter });
    expect(response.errors).toBeUndefined();
    return (response.data as { groups: Searched }).groups;
  };

  /** Asks again until the facets are there (at most 10 s), as a visitor refining the search would. */
  const searchUntilCounted = async (filter: Record<string, unknown>) => {
    for (let tries = 0; tries < 200; tries++) {
      const found = await search(filter);
      if (found.facets) return found;
      await delay(50);
    }
    throw new Error(`the facets of ${JSON.stringify(filter)} were never counted`);
  };

  /** The same facets counted in a transaction the way a search without a wait does, as GraphQL names their values. */
  const countedInFull = async (filter: Record<string, unknown>): Promise<Record<'topics' | 'languages', FacetCounts>> => {
    const facets: Facets | null = await inUnitOfWork(api.dataSource, PATIENT_TIMEOUTS, async (db) => {
      const page = await new GroupService(new PlaceService(), { countCacheSeconds: 0 }).search(db, { filter: { includeNeighbours: false, includeOnline: false, ...filter }, first: 5, locale: 'da', now: TEST_NOW });
      return page.facets(['topics', 'languages']);
    });
    const named = (counts: FacetCounts = []) => counts.map(({ value, count }) => ({ value: value.toUpperCase(), count }));
    return { topics: named(facets?.topics), languages: named(facets?.languages) };
  };
  const countsOf = (counts: FacetCounts = []) => counts.map(({ value, count }) => ({ value, count }));

  it('answers with the groups at once and facets null, then with the facets counted in full', async () => {
    const filter = { country: 'DK' };
    const first = await search(filter);
    expect(first.facets).toBeNull();
    expect(first.totalCount).toBeGreaterThan(0);
    expect(first.edges.length).toBeGreaterThan(0);

    const later = await searchUntilCounted(filter);
    expect(later.edges).toEqual(first.edges);
    const expected = await countedInFull(filter);
    expect(countsOf(later.facets?.topics)).toEqual(expected.topics);
    expect(countsOf(later.facets?.languages)).toEqual(expected.languages);
    expect(later.facets?.topics.some(({ count }) => count > 0)).toBe(true);
  });

  it('counts only a few searches at once, and counts the others when they are asked again', async () => {
    // Searches nobody made before in this file.
    const filters = ['DK', 'SE', 'NO', 'PL'].flatMap((country) => [{ country, includeOnline: true }, { country, startsWithinDays: 30 }]);
    const answers = await Promise.all(filters.map(search));
    expect(answers.map((answer) => answer.facets)).toEqual(filters.map(() => null));
    for (const filter of filters) {
      const counted = await searchUntilCounted(filter);
      expect(countsOf(counted.facets?.languages)).toEqual((await countedInFull(filter)).languages);
    }
  });
});
