import { randomUUID } from 'node:crypto';
import { startTestApi, type TestApi } from '../testing/test-api';
import { GroupService } from './group.service';

/*
 * Paging by distance over HTTP, against an order computed here from the coordinates inserted.
 *
 * A page sorted by DISTANCE first looks only at the groups of the 250 venues nearest the point
 * (a GiST nearest-neighbour scan) and searches the whole radius when those hold too few matches
 * for the page. Around a point in northern Sweden, far from every demo venue, this file puts
 * about 400 venues within 30 km, several of them on the very same spot (ties in distance, broken
 * by slug) — one such spot straddling the 250th nearest venue — and about 500 groups with slugs in
 * no relation to their distance; a few online groups besides. Every page must be the next slice of
 * the expected order, whichever way the API found it; which way that was is watched too, so the
 * test knows that it has seen both.
 */

const CENTRE = { latitude: 68.0, longitude: 20.0 };
/** earthdistance's earth(): the radius of its sphere, in metres. */
const EARTH = 6_378_168;
/** How many venues the fast path looks at (NEAREST_VENUES in group.service.ts). */
const NEAREST_VENUES = 250;
const PAGE = 7;
/** Within it about 180 venues, all among the 250 nearest; the whole radius of the fast path's first pages. */
const NARROW_KM = 20;
/** Within it about 350 venues: paging crosses the 250 nearest. */
const WIDE_KM = 28;
const SPREAD_KM = 30;
/** Ranks (from 0) of venues all on one spot, across the 250th: the fast path must take them all or none. */
const BOUNDARY = { from: NEAREST_VENUES - 6, to: NEAREST_VENUES + 5 };
const VENUE_COUNT = 400;
/** The copies take every column of this group but their id, slug, venue, municipality, topics, format and languages. */
const ORIGINAL = 'demo-sorggruppe-oslo';

interface Site {
  latitude: number;
  longitude: number;
  /** The straight-line distance through the earth: what the API sorts by (venues.location <-> point). */
  chord: number;
  /** Metres along the surface (earth_distance): what the radius and distanceKm are in. */
  metres: number;
}

interface VenueRow extends Site {
  id: string;
  name: string;
  /** Its place in the order of distance from CENTRE, from 0. */
  rank: number;
}

interface GroupRow {
  slug: string;
  venue: VenueRow | null;
  topics: string[];
  format: 'IN_PERSON' | 'ONLINE';
  languages: string[];
}

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; distanceKm: number | null; node: { slug: string; format: string; venue: { name: string } | null } }[];
}

const GROUPS = /* GraphQL */ `
  query Nearest($filter: GroupFilter, $first: Int!, $after: String, $locale: Language) {
    groups(filter: $filter, sort: DISTANCE, first: $first, after: $after, locale: $locale) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor distanceKm node { slug format venue { name } } }
    }
  }
`;

/** The same numbers every run (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** ll_to_earth: the point on earthdistance's sphere, in metres. */
function earthPoint(latitude: number, longitude: number): [number, number, number] {
  const [lat, lon] = [radians(latitude), radians(longitude)];
  return [EARTH * Math.cos(lat) * Math.cos(lon), EARTH * Math.cos(lat) * Math.sin(lon), EARTH * Math.sin(lat)];
}

function site(latitude: number, longitude: number): Site {
  const [a, b] = [earthPoint(latitude, longitude), earthPoint(CENTRE.latitude, CENTRE.longitude)];
  const chord = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
  return { latitude, longitude, chord, metres: 2 * EARTH * Math.asin(chord / (2 * EARTH)) };
}

/** The point `metres` from CENTRE along the surface at `bearing` (radians), to six decimals. */
function destination(metres: number, bearing: number): Site {
  const [lat1, lon1, angle] = [radians(CENTRE.latitude), radians(CENTRE.longitude), metres / EARTH];
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(bearing));
  const lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(lat1), Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));
  const round = (value: number) => Math.round(((value * 180) / Math.PI) * 1e6) / 1e6;
  return site(round(lat2), round(lon2));
}

/**
 * The venues, nearest first: distinct spots at least 2 m apart in distance from CENTRE, none
 * within 100 m of a radius searched; some spots hold several venues, among them the spot of the
 * 250th nearest, so that "the 250 nearest" ends in a tie (FETCH FIRST … WITH TIES).
 */
function makeVenues(next: () => number): VenueRow[] {
  const sites: Site[] = [];
  let venues = 0;
  const counts: number[] = [];
  while (venues < VENUE_COUNT) {
    const candidate = destination(Math.max(300, SPREAD_KM * 1000 * Math.sqrt(next())), next() * 2 * Math.PI);
    const nearBoundary = [NARROW_KM, WIDE_KM].some((km) => Math.abs(candidate.metres - km * 1000) < 100);
    if (nearBoundary || sites.some((other) => Math.abs(other.metres - candidate.metres) < 2)) continue;
    sites.push(candidate);
    // One spot in twelve holds two to four venues.
    const count = next() < 1 / 12 ? 2 + Math.floor(next() * 3) : 1;
    counts.push(count);
    venues += count;
  }
  const order = sites.map((_, index) => index).sort((a, b) => (sites[a] as Site).chord - (sites[b] as Site).chord);
  const rows: VenueRow[] = [];
  for (const index of order) {
    let count = counts[index] as number;
    // The spot holding the 245th nearest venue holds every one up to the 256th: more than a page
    // of groups on each side of the 250th, all as near as one another.
    if (rows.length <= BOUNDARY.from && rows.length + count > BOUNDARY.from) count = Math.max(count, BOUNDARY.to + 1 - rows.length);
    for (let copy = 0; copy < count; copy++) {
      rows.push({ ...(sites[index] as Site), id: randomUUID(), name: `Nearest test venue ${rows.length}`, rank: rows.length });
    }
  }
  return rows;
}

/** Slugs in no relation to distance: a common prefix and eight random lower-case letters and digits (in the same order in JavaScript and SQL). */
function makeSlugs(next: () => number, count: number): string[] {
  const slugs = new Set<string>();
  while (slugs.size < count) {
    let token = '';
    for (let i = 0; i < 8; i++) token += 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(next() * 36)];
    slugs.add(`nearest-${token}`);
  }
  return [...slugs];
}

/**
 * One group per venue and a second at every fourth: most about grief, one venue in nine about
 * loneliness only, and at every 40th venue by distance one about divorce only (the rare topic);
 * two about grief at each venue of the spot across the 250th nearest.
 * Online groups besides: ten about grief in Swedish (more than a page, so that some page starts
 * after one of them), one in Norwegian, one about loneliness.
 */
function makeGroups(next: () => number, venues: VenueRow[]): GroupRow[] {
  const slugs = makeSlugs(next, venues.length * 2 + 12);
  const groups: GroupRow[] = [];
  const add = (venue: VenueRow | null, topics: string[], languages = ['sv']) =>
    groups.push({ slug: slugs[groups.length] as string, venue, topics, format: venue ? 'IN_PERSON' : 'ONLINE', languages });
  const boundary = (venues[NEAREST_VENUES - 1] as VenueRow).chord;
  for (const venue of venues) {
    if (venue.chord === boundary) {
      add(venue, ['GRIEF']);
      add(venue, ['GRIEF']);
      continue;
    }
    add(venue, venue.rank % 40 === 0 ? ['DIVORCE'] : venue.rank % 9 === 4 ? ['LONELINESS'] : ['GRIEF']);
    if (venue.rank % 4 === 1) add(venue, ['GRIEF']);
  }
  for (let i = 0; i < 8; i++) add(null, ['GRIEF']);
  add(null, ['GRIEF', 'LONELINESS'], ['sv', 'en']);
  add(null, ['GRIEF'], ['en', 'sv']);
  add(null, ['GRIEF'], ['nb']);
  add(null, ['LONELINESS']);
  return groups;
}

const next = random(20260213);
const venues = makeVenues(next);
const groups = makeGroups(next, venues);
/** The venues the fast path looks at: the 250 nearest and any as near as the 250th. */
const nearest = new Set(venues.filter((venue) => venue.chord <= (venues[NEAREST_VENUES - 1] as VenueRow).chord).map((venue) => venue.id));

interface Search {
  topic: string;
  radiusKm: number;
  includeOnline: boolean;
}

const compareSlugs = (a: GroupRow, b: GroupRow) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** What the search should find, in order: by distance, then slug; online groups (in Swedish, the locale) last by slug. */
function expected({ topic, radiusKm, includeOnline }: Search): GroupRow[] {
  const matching = groups.filter((group) => group.topics.includes(topic));
  const near = matching
    .filter((group) => group.venue && group.venue.metres <= radiusKm * 1000)
    .sort((a, b) => (a.venue as VenueRow).chord - (b.venue as VenueRow).chord || compareSlugs(a, b));
  const online = includeOnline ? matching.filter((group) => !group.venue && group.languages.includes('sv')).sort(compareSlugs) : [];
  return [...near, ...online];
}

/**
 * How the page starting at `offset` of `all` should be found: from the 250 nearest venues when
 * they hold more than a page of the matches still to come; else over the whole radius, after
 * trying the nearest first — unless the cursor is already among the online groups.
 */
function expectedPath(all: GroupRow[], offset: number): string {
  if (offset > 0 && !(all[offset - 1] as GroupRow).venue) return 'radius';
  const fromNearest = all.slice(offset).filter((group) => group.venue && nearest.has(group.venue.id)).length;
  return fromNearest > PAGE ? 'nearest' : 'nearest,radius';
}

let api: TestApi;
/** The pageRows calls of the request under way: 'nearest' for the fast path's, 'radius' for the whole radius's. */
let calls: string[] = [];

beforeAll(async () => {
  api = await startTestApi();
  const [original]: { organisation_id: string }[] = await api.dataSource.query(`SELECT organisation_id FROM groups WHERE slug = $1`, [ORIGINAL]);
  expect(original).toBeDefined();
  await api.dataSource.query(
    `INSERT INTO venues (id, organisation_id, name, street, postal_code, town, latitude, longitude)
     SELECT n.id, $1, n.name, 'Testvägen 1', '981 00', 'Testby', n.latitude, n.longitude
       FROM jsonb_to_recordset($2::jsonb) AS n(id uuid, name text, latitude float8, longitude float8)`,
    [original?.organisation_id, JSON.stringify(venues.map(({ id, name, latitude, longitude }) => ({ id, name, latitude, longitude })))],
  );
  const rows: { column_name: string }[] = await api.dataSource.query(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'groups' AND is_generated = 'NEVER'
        AND column_name NOT IN ('id', 'slug', 'venue_id', 'municipality_id', 'topics', 'format', 'languages', 'country', 'created_at', 'updated_at')`,
  );
  const columns = rows.map((row) => `"${row.column_name}"`);
  const inserted: { id: string }[] = await api.dataSource.query(
    `INSERT INTO groups (id, slug, venue_id, municipality_id, topics, format, languages, ${columns.join(', ')})
     SELECT gen_random_uuid(), n.slug, n.venue_id, NULL, string_to_array(n.topics, ','), n.format, string_to_array(n.languages, ','),
            ${columns.map((column) => `g.${column}`).join(', ')}
       FROM groups g, jsonb_to_recordset($2::jsonb) AS n(slug text, venue_id uuid, topics text, format text, languages text)
      WHERE g.slug = $1
     RETURNING id`,
    [
      ORIGINAL,
      JSON.stringify(
        groups.map((group) => ({
          slug: group.slug,
          venue_id: group.venue?.id ?? null,
          topics: group.topics.join(','),
          format: group.format,
          languages: group.languages.join(','),
        })),
      ),
    ],
  );
  expect(inserted).toHaveLength(groups.length);

  // Watch which way each page is found (pageRows is private: reached through the prototype).
  const prototype = GroupService.prototype as unknown as { pageRows: (db: unknown, scope: { nearestOnly?: boolean }, ...rest: unknown[]) => Promise<unknown[]> };
  const pageRows = prototype.pageRows;
  jest.spyOn(prototype, 'pageRows').mockImplementation(function (this: unknown, db, scope, ...rest) {
    calls.push(scope.nearestOnly ? 'nearest' : 'radius');
    return pageRows.call(this, db, scope, ...rest);
  });
});

afterAll(async () => {
  jest.restoreAllMocks();
  await api?.stop();
});

async function page(filter: Record<string, unknown>, after: string | null): Promise<{ groups: Connection; path: string }> {
  calls = [];
  const response = await api.query<{ groups: Connection }>(GROUPS, { filter, first: PAGE, after, locale: 'SV' });
  expect(response.errors).toBeUndefined();
  return { groups: response.data?.groups as Connection, path: calls.join() };
}

/** Every page of the search, by endCursor, until hasNextPage is false, each checked against the expected slice. */
async function pageThrough(search: Search): Promise<{ paths: string[]; all: GroupRow[] }> {
  const all = expected(search);
  const filter = { near: CENTRE, radiusKm: search.radiusKm, topics: [search.topic], includeOnline: search.includeOnline };
  const slugs: string[] = [];
  const distances: (number | null)[] = [];
  const paths: string[] = [];
  const expectedPaths: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages <= Math.ceil(all.length / PAGE); pages++) {
    expectedPaths.push(expectedPath(all, slugs.length));
    const { groups: found, path } = await page(filter, after);
    const slice = all.slice(slugs.length, slugs.length + PAGE);
    expect({ offset: slugs.length, slugs: found.edges.map((edge) => edge.node.slug) }).toEqual({ offset: slugs.length, slugs: slice.map((group) => group.slug) });
    expect(found.totalCount).toBe(all.length);
    found.edges.forEach((edge, index) => {
      const group = slice[index] as GroupRow;
      expect(edge.node.venue?.name ?? null).toBe(group.venue?.name ?? null);
      if (group.venue) {
        // Rounded to 100 m.
        expect(edge.distanceKm).not.toBeNull();
        expect(Math.abs((edge.distanceKm as number) - group.venue.metres / 1000)).toBeLessThanOrEqual(0.05 + 1e-9);
      } else {
        expect(edge.distanceKm).toBeNull();
        expect(edge.node.format).toBe('ONLINE');
      }
    });
    slugs.push(...found.edges.map((edge) => edge.node.slug));
    distances.push(...found.edges.map((edge) => edge.distanceKm));
    paths.push(path);
    expect(found.pageInfo.hasNextPage).toBe(slugs.length < all.length);
    if (!found.pageInfo.hasNextPage) break;
    expect(found.pageInfo.endCursor).toBe(found.edges.at(-1)?.cursor);
    after = found.pageInfo.endCursor;
  }
  expect(slugs).toEqual(all.map((group) => group.slug));
  expect(new Set(slugs).size).toBe(slugs.length);
  // Non-decreasing, the online groups' null last.
  const known = distances.filter((distance) => distance !== null);
  expect(known).toEqual([...known].sort((a, b) => a - b));
  expect(distances.slice(known.length).every((distance) => distance === null)).toBe(true);
  expect(paths).toEqual(expectedPaths);
  return { paths, all };
}

describe('the venues and groups put in around 68° N, 20° E', () => {
  it('are the only venues within 100 km, at the distances computed here', async () => {
    const found: { name: string; metres: number }[] = await api.dataSource.query(
      `SELECT name, earth_distance(location, ll_to_earth($1, $2)) AS metres FROM venues WHERE earth_distance(location, ll_to_earth($1, $2)) < 100000`,
      [CENTRE.latitude, CENTRE.longitude],
    );
    expect(found).toHaveLength(venues.length);
    const byName = new Map(venues.map((venue) => [venue.name, venue]));
    for (const row of found) expect(Math.abs(Number(row.metres) - (byName.get(row.name) as VenueRow).metres)).toBeLessThan(0.01);
  });

  it('hold what the searches need: ties, the 250 nearest ending in one, both radii crossing the spread', () => {
    const within = (km: number) => venues.filter((venue) => venue.metres <= km * 1000).length;
    expect(within(NARROW_KM)).toBeGreaterThan(PAGE * 10);
    expect(within(NARROW_KM)).toBeLessThan(NEAREST_VENUES);
    expect(within(WIDE_KM)).toBeGreaterThan(NEAREST_VENUES + 50);
    expect(within(WIDE_KM)).toBeLessThan(venues.length);
    // The 245th to the 256th nearest venues share one spot.
    expect(nearest.size).toBeGreaterThan(BOUNDARY.to);
    expect((venues[BOUNDARY.from] as VenueRow).chord).toBe((venues[BOUNDARY.to] as VenueRow).chord);
    expect((venues[BOUNDARY.to] as VenueRow).metres).toBeLessThan(WIDE_KM * 1000);
    const spots = new Map<number, number>();
    for (const venue of venues) spots.set(venue.chord, (spots.get(venue.chord) ?? 0) + 1);
    expect([...spots.values()].filter((count) => count > 1).length).toBeGreaterThan(10);
    // Slugs do not follow distance.
    const slugs = expected({ topic: 'GRIEF', radiusKm: WIDE_KM, includeOnline: false }).map((group) => group.slug);
    expect(slugs).not.toEqual([...slugs].sort());
  });
});

describe(`paging by distance, ${PAGE} at a time, to the end`, () => {
  it(`finds every group about grief within ${NARROW_KM} km in order, the first pages from the 250 nearest venues`, async () => {
    const { paths, all } = await pageThrough({ topic: 'GRIEF', radiusKm: NARROW_KM, includeOnline: false });
    expect(all.length).toBeGreaterThan(PAGE * 10);
    expect(paths[0]).toBe('nearest');
    expect(paths.filter((path) => path === 'nearest').length).toBeGreaterThan(5);
    expect(paths.at(-1)).toBe('nearest,radius');
  });

  it.each([NARROW_KM, WIDE_KM])('finds the few groups about divorce within %d km in order, over the whole radius', async (radiusKm) => {
    const { paths, all } = await pageThrough({ topic: 'DIVORCE', radiusKm, includeOnline: false });
    expect(all.length).toBeGreaterThan(radiusKm === WIDE_KM ? PAGE : 2);
    expect(all.length).toBeLessThan(groups.filter((group) => group.topics.includes('DIVORCE')).length);
    expect(paths.every((path) => path === 'nearest,radius')).toBe(true);
  });

  it(`adds the online groups in the caller's language after every group with a venue, by slug`, async () => {
    const { paths, all } = await pageThrough({ topic: 'GRIEF', radiusKm: NARROW_KM, includeOnline: true });
    const online = all.filter((group) => !group.venue);
    expect(online).toHaveLength(10);
    expect(online.map((group) => group.slug)).toEqual(online.map((group) => group.slug).sort());
    expect(paths[0]).toBe('nearest');
    expect(paths).toContain('radius');
  });

  it.each([false, true])(
    `finds every group about grief within ${WIDE_KM} km, more venues than the 250 nearest (online too: %s)`,
    async (includeOnline) => {
      const { paths, all } = await pageThrough({ topic: 'GRIEF', radiusKm: WIDE_KM, includeOnline });
      const venuesFound = new Set(all.flatMap((group) => (group.venue ? [group.venue.id] : [])));
      expect([...venuesFound].filter((id) => !nearest.has(id)).length).toBeGreaterThan(50);
      const firstFallback = paths.indexOf('nearest,radius');
      expect(firstFallback).toBeGreaterThan(5);
      // The pages after the 250 nearest are found over the whole radius, well before the end.
      expect(paths.length - firstFallback).toBeGreaterThan(5);
    },
  );
});
