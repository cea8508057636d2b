import {
  AGE_BANDS,
  AGE_BAND_CODES,
  AUDIENCES,
  ENROLMENT_STATES,
  FORMATS,
  LANGUAGES,
  LIMITS,
  TIMES_OF_DAY,
  TOPIC_CODES,
  WEEKDAYS,
  audiencesServing,
  isoWeekdayNumber,
  KEY_WORD_MARK,
  searchWords,
  SHORT_WORD_MAX_LENGTH,
  topicWithSubtopics,
  type Country,
  type Language,
} from '@groupfinder/domain';
import { distance } from 'fastest-levenshtein';
import { LRUCache } from 'lru-cache';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { DatabaseUnavailable } from '../database/unavailable';
import { decodeCursor, encodeCursor } from '../kernel/connection';
import { AppError } from '../kernel/errors';
import { logger } from '../kernel/logger';
import type { EmbedScope } from '../embeds/embed-access';
import type { PlaceService } from '../places/place.service';
import { GroupEntity } from './group.entity';
import { loadGroups, loadGroupsOfPage } from './group-rows';
import type { ShownGroup } from './group.type';
import { groupNotFound, invalidCursor } from './group.errors';
import { GroupSort, WideningKind, type GroupFilter } from './groups.args';

const log = logger('groups');

export interface GroupHit {
  group: ShownGroup;
  cursor: string;
  /** Kilometres from the point searched near; null without one, or for an online group. */
  distanceKm: number | null;
}

export interface GroupPage {
  hits: GroupHit[];
  hasNextPage: boolean;
  /** Counted only when asked for, up to LIMITS.countMax + 1. */
  count: () => Promise<number>;
  /** Counted only when asked for, only the dimensions asked for; null when not counted in time (FacetsOptions). */
  facets: (dimensions: readonly FacetDimension[]) => Promise<Facets | null>;
  /** Counted only when asked for: how the search could find more (WIDENINGS), those that would. */
  widenings: () => Promise<Widening[]>;
}

export interface Widening {
  kind: WideningKind;
  /** How many groups the widened search finds, up to LIMITS.countMax + 1. */
  count: number;
}

type Filter = Partial<GroupFilter>;

/** Where a place typed by someone reading this language most likely is; English says nothing. */
const COUNTRY_OF_LANGUAGE: Partial<Record<Language, Country>> = { da: 'DK', sv: 'SE', nb: 'NO', pl: 'PL' };

/**
 * How a search could find more, each the filter widened one way, or null when it is not narrowed
 * that way: look in the neighbouring municipalities or online too, or leave out the words, a filter,
 * or every filter (but the place and the words) when more than one is set.
 */
const WIDENINGS: Record<WideningKind, (filter: Filter) => Filter | null> = {
  NEIGHBOURS: (f) => (f.municipalityCode && !f.includeNeighbours ? { ...f, includeNeighbours: true } : null),
  ONLINE: (f) => ((f.municipalityCode || f.place || f.near) && !f.includeOnline ? { ...f, includeOnline: true } : null),
  DISTANCE: (f) => ((f.place?.trim() || f.near) && (f.radiusKm ?? LIMITS.radiusDefaultKm) < LIMITS.radiusWidenedKm ? { ...f, radiusKm: LIMITS.radiusWidenedKm } : null),
  PLACE: (f) => (f.place?.trim() || f.near ? { ...f, place: null, near: null, radiusKm: null } : null),
  TEXT: (f) => (f.text?.trim() ? { ...f, text: null } : null),
  FILTERS: (f) => (FILTER_WIDENINGS.filter((kind) => WIDENINGS[kind](f)).length > 1 ? FILTER_WIDENINGS.reduce((widened, kind) => WIDENINGS[kind](widened) ?? widened, f) : null),
  TOPICS: (f) => (f.topics?.length ? { ...f, topics: null } : null),
  AUDIENCE: (f) => (f.audience ? { ...f, audience: null } : null),
  AGE: (f) => (f.age != null || f.ageBands?.length ? { ...f, age: null, ageBands: null } : null),
  FORMATS: (f) => (f.formats?.length ? { ...f, formats: null } : null),
  METHODS: (f) => (f.methods?.length ? { ...f, methods: null } : null),
  LANGUAGES: (f) => (f.languages?.length ? { ...f, languages: null } : null),
  ENROLMENT: (f) => (f.enrolment?.length ? { ...f, enrolment: null } : null),
  ACCESSIBILITY: (f) => (f.accessibility?.length ? { ...f, accessibility: null } : null),
  WHEN: (f) => (f.weekdays?.length || f.timesOfDay?.length || f.startsWithinDays ? { ...f, weekdays: null, timesOfDay: null, startsWithinDays: null } : null),
};
const FILTER_WIDENINGS: readonly WideningKind[] = [
  WideningKind.TOPICS,
  WideningKind.AUDIENCE,
  WideningKind.AGE,
  WideningKind.FORMATS,
  WideningKind.METHODS,
  WideningKind.LANGUAGES,
  WideningKind.ENROLMENT,
  WideningKind.ACCESSIBILITY,
  WideningKind.WHEN,
];

export interface GroupSearch {
  filter?: GroupFilter | null;
  /** Only the groups of one organisation (its page in the dashboard). */
  organisationId?: string;
  /** Only what the embed the request is made through shows (embeds/embed-access.ts). */
  embed?: EmbedScope | null;
  sort?: GroupSort | null;
  first: number;
  after?: string | null;
  /** The caller's language: online groups "in the visitor's language". */
  locale: Language;
  /** The present that "coming" meetings are counted from: the request's clock, never the database's now(). */
  now: Date;
}

/** One value of a filter and how many groups the same search finds with it. */
export interface FacetCount<T extends string = string> {
  value: T;
  count: number;
}

export const FACET_DIMENSIONS = ['topics', 'audience', 'ageBands', 'formats', 'languages', 'enrolment', 'weekdays'] as const;
export type FacetDimension = (typeof FACET_DIMENSIONS)[number];
export type Facets = Partial<Record<FacetDimension, FacetCount[]>>;

interface Location {
  latitude: number;
  longitude: number;
  radiusKm: number;
}

/** What the filter names, looked up once per search: the point to search near, the municipalities. */
interface Scope {
  location: Location | null;
  /** The municipality asked for and, when asked, its neighbours; null without a municipality. */
  municipalityIds: string[] | null;
  /** Only groups at the NEAREST_VENUES venues nearest the point: the first try of a page by distance. */
  nearestOnly?: boolean;
  /** Words of the text that no group has, each with the spellings groups have that it is closest to ("mityng": "miting"). */
  respelt?: ReadonlyMap<string, Spelling[]>;
}

/** One SQL condition; one of a facet dimension is left out when that dimension is counted. */
interface Condition {
  sql: string;
  dimension?: FacetDimension;
  /** What stays of it when its dimension is counted. */
  withoutOwn?: string;
}

type Query = SelectQueryBuilder<GroupEntity>;

/** A row of a page: the id and what it is sorted by. */
interface PageRow {
  id: string;
  slug: string;
  next_meeting_at: Date | null;
  distance?: number | null;
  nearest?: number | null;
  relevance?: number;
}

/** A row of a page with its group. */
interface PageHit {
  row: PageRow;
  group: ShownGroup;
}

/** The columns of a page's rows a sort orders by. */
type SortColumn = 'nearest' | 'next_meeting_at' | 'relevance' | 'slug';

/**
 * What each sort orders by in turn, each ascending, the slug last to break ties: in the page's query
 * (orderBy) and on its rows once more as they are read with their groups (PAGE_ORDER).
 */
const SORT_COLUMNS: Record<GroupSort, readonly SortColumn[]> = {
  [GroupSort.DISTANCE]: ['nearest', 'slug'],
  [GroupSort.NEXT_MEETING]: ['next_meeting_at', 'slug'],
  [GroupSort.RELEVANCE]: ['relevance', 'next_meeting_at', 'slug'],
  [GroupSort.NAME]: ['slug'],
};

/** Online groups (no distance) and groups without a coming meeting come last. */
const NULLS_LAST = new Set<SortColumn>(['nearest', 'next_meeting_at']);

/** Each sort's order on a page's rows, as loadGroupsOfPage reads them with their groups. */
const PAGE_ORDER = Object.fromEntries(
  Object.entries(SORT_COLUMNS).map(([sort, columns]) => [sort, columns.map((column) => `page.${column} ASC${NULLS_LAST.has(column) ? ' NULLS LAST' : ''}`).join(', ')]),
) as Record<GroupSort, string>;

/** What a cursor holds (see cursorKey), or null when it is not one of ours. */
function readCursor(after: string): unknown[] | null {
  const decoded = decodeCursor(after);
  try {
    const key: unknown = decoded === null ? null : JSON.parse(decoded);
    return Array.isArray(key) ? key : null;
  } catch {
    return null;
  }
}

/** The cursor is past every group with a venue (online groups come last by distance). */
function afterGroupsWithoutVenue(after: string | null | undefined): boolean {
  const key = after == null ? null : readCursor(after);
  return key !== null && key[0] === GroupSort.DISTANCE && key[1] === null;
}

/** An instant as a cursor holds it (Date.toISOString). */
function isCursorInstant(value: unknown): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) && !Number.isNaN(Date.parse(value));
}

/**
 * Rows after a cursor's value (bound as `:afterValue`) of `column`, nulls last, then its slug
 * (`:afterSlug`). Anyone can write a cursor: a value PostgreSQL could not cast is refused.
 */
function afterKey(query: Query, column: string, cast: string, value: unknown, valid: (value: unknown) => boolean): string {
  if (value === null) return `(${column} IS NULL AND g.slug > :afterSlug)`;
  if (!valid(value)) throw invalidCursor();
  query.setParameter('afterValue', value);
  const literal = `CAST(:afterValue AS ${cast})`;
  return `(${column} > ${literal} OR (${column} = ${literal} AND g.slug > :afterSlug) OR ${column} IS NULL)`;
}

/** What a row's cursor holds: the sort, the row's sort values, its slug last (the tie-break). */
function cursorKey(sort: GroupSort, row: PageRow): unknown[] {
  if (sort === GroupSort.DISTANCE) return [sort, row.nearest == null ? null : Number(row.nearest), row.slug];
  if (sort === GroupSort.NEXT_MEETING) return [sort, row.next_meeting_at?.toISOString() ?? null, row.slug];
  if (sort === GroupSort.RELEVANCE) return [sort, Number(row.relevance), row.next_meeting_at?.toISOString() ?? null, row.slug];
  return [sort, row.slug];
}

const POINT = 'll_to_earth(:nearLatitude, :nearLongitude)';
/**
 * A page by distance first looks at the groups of this many venues nearest the point (a GiST
 * nearest-neighbour scan, as fast at 500,000 groups as at 5,000); only when they hold too few
 * matches does it search the whole radius.
 */
const NEAREST_VENUES = 250;
/** Metres along the earth's surface, for people. */
const DISTANCE = `earth_distance(v.location, ${POINT})`;
/** The straight-line distance: the same order as DISTANCE, and what the GiST index finds nearest first. */
const NEAREST_KEY = `(v.location <-> ${POINT})`;

/** Binds values under unique names, as one query may hold several fragments alike. */
class Params {
  private count = 0;
  private boundNow: string | undefined;
  constructor(
    private readonly query: Query,
    private readonly present: Date,
  ) {}
  bind(value: unknown): string {
    const name = `p${this.count++}`;
    this.query.setParameter(name, value);
    return `:${name}`;
  }
  /** The search's present as a timestamptz, bound once. */
  get now(): string {
    return (this.boundNow ??= `CAST(${this.bind(this.present.toISOString())} AS timestamptz)`);
  }
}

/** A spelling groups have of a word no group has, and how many letters apart the two are. */
interface Spelling {
  spelling: string;
  letters: number;
}

/** Shorter words are not respelt: too many words are a letter apart. */
const RESPELT_MIN_LENGTH = 4;
/** How alike (pg_trgm's word_similarity) a group's text must be to be looked through for spellings of a word no group has. */
const RESPELT_CANDIDATE_SIMILARITY = 0.3;

/**
 * The words of a search text that no group has anywhere (looked up by the trigram index), each
 * with the spellings the groups have one or two letters away (Levenshtein: one for words up to
 * seven letters, two beyond), compared with the start of each word, since what is typed may be
 * the start of a longer word ("skilsmise" → "skilsmiss" of "skilsmissegruppe"). A typo or another
 * spelling ("mityng" for "miting") finds the group; a word some group has keeps its exact meaning.
 */
async function respelt(db: EntityManager, text: string | null | undefined): Promise<ReadonlyMap<string, Spelling[]>> {
  const spellings = new Map<string, Spelling[]>();
  for (const word of searchWords(text ?? '')) {
    if (word.length < RESPELT_MIN_LENGTH) continue;
    const [exact] = (await db.query(`SELECT EXISTS (SELECT 1 FROM groups g WHERE g.archived_at IS NULL AND g.search_text LIKE $1) AS found`, [`%${word}%`])) as { found: boolean }[];
    if (exact?.found) continue;
    // The operator, not the function, so that the trigram index finds the candidates; its threshold for this transaction only.
    const rows = (await db.query(
      `SELECT g.search_text FROM (SELECT set_config('pg_trgm.word_similarity_threshold', $2, true)) AS threshold, groups g
        WHERE g.archived_at IS NULL AND $1 <% g.search_text LIMIT 200`,
      [word, String(RESPELT_CANDIDATE_SIMILARITY)],
    )) as { search_text: string }[];
    const allowed = word.length > 7 ? 2 : 1;
    const found = new Map<string, number>();
    for (const candidate of new Set(rows.flatMap((row) => row.search_text.split(' ')))) {
      const plain = candidate.replace(KEY_WORD_MARK, '');
      for (const length of [word.length - 1, word.length, word.length + 1]) {
        const start = plain.slice(0, length);
        const letters = distance(word, start);
        if (start.length === length && letters <= allowed) found.set(start, letters);
      }
    }
    if (found.size > 0) spellings.set(word, [...found].map(([spelling, letters]) => ({ spelling, letters })));
  }
  return spellings;
}

/**
 * How far a group is from the closest match of the search's words, 0 the closest: per word, 0
 * when one of its key words (name, place, topics) begins with the word and 1 when only other text
 * has it, plus 2 for each letter a respelling changed ("mityng" finding "miting" as a name: 2);
 * summed over the words. Every row of a search matches each word somehow (its conditions).
 */
function relevance(p: Params, words: readonly string[], spellings: ReadonlyMap<string, Spelling[]> | undefined): string {
  // Without words every group is as relevant as any other: the next meeting decides (a bare 0 would be read as a column position).
  if (words.length === 0) return 'CAST(0 AS integer)';
  const perWord = words.map((word) => {
    const spelt = spellings?.get(word) ?? [{ spelling: word, letters: 0 }];
    const ranks = spelt
      .flatMap(({ spelling, letters }) => [
        { rank: 2 * letters, pattern: `% ${KEY_WORD_MARK}${spelling}%` },
        { rank: 2 * letters + 1, pattern: `%${spelling}%` },
      ])
      .sort((a, b) => a.rank - b.rank);
    return `CASE ${ranks.map(({ rank, pattern }) => `WHEN g.search_text LIKE ${p.bind(pattern)} THEN ${rank}`).join(' ')} ELSE ${ranks.at(-1)?.rank ?? 0} END`;
  });
  return `(${perWord.join(' + ')})`;
}

/** A coming meeting that is not cancelled and meets all `conditions` (on `mt`). */
function meetingExists(p: Params, conditions: string[]): string {
  return `EXISTS (SELECT 1 FROM meetings mt WHERE mt.group_id = g.id AND mt.status <> 'CANCELLED' AND mt.starts_at > ${p.now} AND ${conditions.join(' AND ')})`;
}

/** The SQL that tells whether a row of the search has one value of a facet dimension. `meeting`: the search's own meeting conditions. */
const FACET_VALUES: Record<FacetDimension, { values: readonly string[]; condition: (p: Params, value: string, meeting: string[]) => string }> = {
  topics: { values: TOPIC_CODES, condition: (p, value) => `g.topics && CAST(${p.bind(topicWithSubtopics(value as never))} AS text[])` },
  audience: { values: AUDIENCES, condition: (p, value) => `g.audience = ANY(${p.bind(audiencesServing(value as never))})` },
  ageBands: { values: AGE_BAND_CODES, condition: (p, value) => `g.age_band = ${p.bind(value)}` },
  formats: { values: FORMATS, condition: (p, value) => `g.format = ${p.bind(value)}` },
  languages: { values: LANGUAGES, condition: (p, value) => `${p.bind(value)} = ANY(g.languages)` },
  enrolment: { values: ENROLMENT_STATES, condition: (p, value) => `g.enrolment = ${p.bind(value)}` },
  weekdays: {
    values: WEEKDAYS,
    condition: (p, value, meeting) => meetingExists(p, [`mt.local_weekday = ${p.bind(isoWeekdayNumber(value as never))}`, ...meeting]),
  },
};

/** How public searches get their facets. */
export interface FacetsOptions {
  /**
   * How long a public search waits for its facets (FACETS_WAIT_MS), counted in a transaction of
   * their own that goes on after the answer and keeps them for the next asker while counts are kept
   * (countCacheSeconds): a search through a large share of 500,000 groups takes seconds to count.
   * Null: counted in the request's own transaction however long they take (the embedded PGlite has
   * one session, and small data).
   */
  waitMs: number | null;
  /** Runs `work` in an anonymous transaction of its own, with a long statement timeout. */
  separately?: <T>(work: (db: EntityManager) => Promise<T>) => Promise<T>;
}

/** How long facets counted separately may take: nobody waits for them, but they hold a connection. */
export const FACETS_STATEMENT_TIMEOUT_MS = 30_000;

/** How long the municipalities a code names are kept (GroupService.municipalities). */
const MUNICIPALITIES_SECONDS = 5 * 60;

/** Facets counted separately at once per process, at most: each may read a large share of the groups. */
const FACETS_AT_ONCE = 2;

/** A search's facets were not counted: too many others were being counted. */
class FacetsBusy extends Error {}

/** What `promise` gives within `milliseconds`, else null (also when it fails: facets are not worth failing a search for). */
function within<T>(promise: Promise<T>, milliseconds: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), milliseconds);
  });
  const settled = promise.catch((error: unknown) => {
    // An unavailable database is logged where it is found; the error's text might quote what a visitor typed.
    if (!(error instanceof FacetsBusy) && !(error instanceof DatabaseUnavailable)) log.error('facets could not be counted', { error: error instanceof Error ? error.name : typeof error });
    return null;
  });
  // A timer even for 0 ms: facets already counted (settled a microtask from now) come before it.
  return Promise.race([settled, late]).finally(() => clearTimeout(timer));
}

export class GroupService {
  /** Counts and facets per search, while fresh; none when countCacheSeconds is 0. */
  private readonly counts: LRUCache<string, Promise<unknown>> | null;
  private readonly facetsOptions: FacetsOptions;
  private facetsCounting = 0;
  /** The municipalities a code names (with its neighbours when asked), while fresh: a municipality added or given neighbours is searched within MUNICIPALITIES_SECONDS. */
  private readonly municipalityIds = new LRUCache<string, { id: string; country: Country }[]>({ max: 5_000, ttl: MUNICIPALITIES_SECONDS * 1000 });

  constructor(
    private readonly places: PlaceService,
    options: { countCacheSeconds: number; facets?: FacetsOptions },
  ) {
    this.counts = options.countCacheSeconds > 0 ? new LRUCache({ max: 2_000, ttl: options.countCacheSeconds * 1000 }) : null;
    this.facetsOptions = options.facets ?? { waitMs: null };
  }


  /**
   * Where to search: near a point as given or a town or postcode the visitor typed, and in the
   * municipality asked for (with its neighbours when asked) and the one the visitor named, both.
   */
  private async where(db: EntityManager, filter: GroupFilter, embed: EmbedScope | null | undefined, locale: Language): Promise<Scope> {
    const radiusKm = filter.radiusKm ?? LIMITS.radiusDefaultKm;
    if (filter.near && filter.place) throw new AppError('CONFLICTING_LOCATION');
    // A distance from nowhere would be quietly ignored: said instead.
    if (filter.radiusKm != null && !filter.near && !filter.place?.trim()) throw new AppError('RADIUS_NEEDS_LOCATION');
    const municipalities = await this.municipalities(db, filter);
    const asked = municipalities && municipalities.map((municipality) => municipality.id);
    if (filter.near) return { location: { ...filter.near, radiusKm }, municipalityIds: asked };
    if (!filter.place?.trim()) return { location: null, municipalityIds: asked };
    // A postcode or town is looked up in the country asked for, else the embed's, else the municipality's,
    // else the one whose language the caller reads: "2860" on a Danish page is Søborg, not Hov in Norway.
    const countries = new Set(municipalities?.map((municipality) => municipality.country));
    const municipalityCountry = countries.size === 1 ? [...countries][0] : undefined;
    const place = await this.places.resolveSearchPlace(db, filter.place, filter.country ?? embed?.country ?? municipalityCountry ?? COUNTRY_OF_LANGUAGE[locale]);
    if (!place) throw new AppError('PLACE_NOT_FOUND', { place: filter.place.trim() });
    if ('point' in place) return { location: { latitude: place.point.latitude, longitude: place.point.longitude, radiusKm }, municipalityIds: asked };
    const named = place.municipality.id;
    return { location: null, municipalityIds: asked ? asked.filter((id) => id === named) : [named] };
  }

  /**
   * Looked up first, so that the search itself can walk an index by municipality id; with the country
   * each lies in. Kept a while: the same few codes are asked for all day (an embed's municipality).
   */
  private async municipalities(db: EntityManager, filter: GroupFilter): Promise<{ id: string; country: Country }[] | null> {
    if (!filter.municipalityCode) return null;
    const key = JSON.stringify([filter.municipalityCode, filter.country ?? null, Boolean(filter.includeNeighbours)]);
    const known = this.municipalityIds.get(key);
    if (known) return known;
    const country = filter.country ? 'AND m.country = $2' : '';
    const neighbours = filter.includeNeighbours
      ? `UNION SELECT n.neighbour_id, m.country FROM municipality_neighbours n JOIN municipalities m ON m.id = n.municipality_id WHERE m.code = $1 ${country}`
      : '';
    const found = (await db.query(`SELECT m.id, m.country FROM municipalities m WHERE m.code = $1 ${country} ${neighbours}`, filter.country ? [filter.municipalityCode, filter.country] : [filter.municipalityCode])) as {
      id: string;
      country: Country;
    }[];
    this.municipalityIds.set(key, found);
    return found;
  }

  /**
   * Every condition of the search, each filter dimension's own marked (facets count a dimension
   * with its own filter left out). All filtering happens in SQL, with indexes: GIN on topics and
   * languages, trigram on the folded search text, GiST on venue locations, btree on meeting times.
   */
  private conditions(query: Query, p: Params, search: GroupSearch, { location, municipalityIds, nearestOnly, respelt: spellings }: Scope): Condition[] {
    const filter = search.filter ?? ({} as GroupFilter);
    const conditions: Condition[] = [];
    const add = (sql: string, dimension?: FacetDimension, withoutOwn?: string) => conditions.push({ sql, dimension, withoutOwn });
    add('g.archived_at IS NULL');
    if (search.organisationId) add(`g.organisation_id = ${p.bind(search.organisationId)}`);
    if (search.embed) add(embedCondition(search.embed, (value) => p.bind(value)));

    const online = filter.includeOnline ? ` OR (g.format = 'ONLINE' AND ${p.bind(search.locale)} = ANY(g.languages))` : '';
    // A municipality lies in one country: saying so again would only mislead the planner's estimates.
    if (filter.country && (!municipalityIds || online)) add(`g.country = ${p.bind(filter.country)}`);
    if (municipalityIds) add(`(g.municipality_id = ANY(CAST(${p.bind(municipalityIds)} AS uuid[]))${online})`);
    if (location) {
      query.setParameters({ nearLatitude: location.latitude, nearLongitude: location.longitude });
      const radius = p.bind(location.radiusKm * 1000);
      if (nearestOnly) {
        // Online groups come after every group with a venue: not on a page of the nearest.
        add(
          `(v.location IS NOT NULL AND ${DISTANCE} <= ${radius} AND v.id IN (
             SELECT nv.id FROM venues nv WHERE nv.location IS NOT NULL ORDER BY nv.location <-> ${POINT} FETCH FIRST ${NEAREST_VENUES} ROWS WITH TIES))`,
        );
      } else {
        add(`((v.location IS NOT NULL AND earth_box(${POINT}, ${radius}) @> v.location AND ${DISTANCE} <= ${radius})${online})`);
      }
    }

    if (filter.topics?.length) add(`g.topics && CAST(${p.bind([...new Set(filter.topics.flatMap(topicWithSubtopics))])} AS text[])`, 'topics');
    if (filter.audience) add(`g.audience = ANY(${p.bind(audiencesServing(filter.audience))})`, 'audience');
    if (filter.ageBands?.length) add(`g.age_band = ANY(${p.bind(filter.ageBands)})`, 'ageBands');
    if (filter.age != null) {
      const age = p.bind(filter.age);
      const bands = AGE_BANDS.filter((band) => band.minAge <= (filter.age as number) && (band.maxAge ?? 200) >= (filter.age as number)).map((band) => band.code);
      add(
        `(CASE WHEN g.age_min IS NOT NULL OR g.age_max IS NOT NULL THEN ${age} BETWEEN COALESCE(g.age_min, 0) AND COALESCE(g.age_max, 200)
               ELSE g.age_band IS NULL OR g.age_band = ANY(${p.bind(bands)}) END)`,
      );
    }
    if (filter.formats?.length) add(`g.format = ANY(${p.bind(filter.formats)})`, 'formats');
    if (filter.methods?.length) add(`g.method = ANY(${p.bind(filter.methods)})`);
    if (filter.languages?.length) add(`g.languages && CAST(${p.bind(filter.languages)} AS text[])`, 'languages');
    if (filter.enrolment?.length) add(`g.enrolment = ANY(${p.bind(filter.enrolment)})`, 'enrolment');
    if (filter.accessibility?.length) add(`v.accessibility @> CAST(${p.bind(filter.accessibility)} AS text[])`);

    // Weekday and time of day hold for the same meeting.
    const meeting = this.meetingConditions(p, filter);
    if (filter.weekdays?.length) {
      const weekday = `mt.local_weekday = ANY(${p.bind(filter.weekdays.map(isoWeekdayNumber))})`;
      add(meetingExists(p, [weekday, ...meeting]), 'weekdays', meeting.length > 0 ? meetingExists(p, meeting) : undefined);
    } else if (meeting.length > 0) {
      add(meetingExists(p, meeting));
    }

    for (const word of searchWords(filter.text ?? '')) {
      const spelt = spellings?.get(word);
      if (spelt) {
        add(`g.search_text LIKE ANY(CAST(${p.bind(spelt.map((each) => `%${each.spelling}%`))} AS text[]))`);
      } else {
        // Short words ("aa") match whole key words (a name, a place, a topic); longer ones anywhere, like a prefix typed so far.
        add(`g.search_text LIKE ${p.bind(word.length <= SHORT_WORD_MAX_LENGTH ? `% ${KEY_WORD_MARK}${word} %` : `%${word}%`)}`);
      }
    }
    return conditions;
  }

  /** The conditions on a meeting of the group: time of day, starting soon. */
  private meetingConditions(p: Params, filter: GroupFilter): string[] {
    const conditions: string[] = [];
    if (filter.timesOfDay?.length) {
      const parts = TIMES_OF_DAY.filter((part) => filter.timesOfDay?.includes(part.code));
      conditions.push(`(${parts.map((part) => `mt.local_minute >= ${p.bind(part.fromMinute)} AND mt.local_minute < ${p.bind(part.toMinute)}`).join(' OR ')})`);
    }
    if (filter.startsWithinDays) conditions.push(`mt.starts_at < ${p.now} + make_interval(days => ${p.bind(filter.startsWithinDays)})`);
    return conditions;
  }

  /**
   * The search's rows, as ids: every condition, or with the `counted` dimensions' own filters left
   * out. Joins only what a condition needs, so that PostgreSQL walks an index of groups and stops.
   */
  private filtered(db: EntityManager, search: GroupSearch, scope: Scope, counted: readonly FacetDimension[] = []): { query: Query; p: Params; left: Condition[] } {
    const query = db.getRepository(GroupEntity).createQueryBuilder('g').select('g.id', 'id');
    if (scope.location || search.filter?.accessibility?.length) query.leftJoin('g.venue', 'v');
    const p = new Params(query, search.now);
    const left: Condition[] = [];
    for (const condition of this.conditions(query, p, search, scope)) {
      if (condition.dimension && counted.includes(condition.dimension)) {
        left.push(condition);
        if (condition.withoutOwn) query.andWhere(condition.withoutOwn);
      } else {
        query.andWhere(condition.sql);
      }
    }
    return { query, p, left };
  }

  /** Groups matching every filter given, in a stable order, a page at a time. */
  async search(db: EntityManager, search: GroupSearch): Promise<GroupPage> {
    const filter = search.filter ?? ({} as GroupFilter);
    let scope = await this.where(db, filter, search.embed, search.locale);
    const sort = search.sort ?? (scope.location ? GroupSort.DISTANCE : searchWords(filter.text ?? '').length > 0 ? GroupSort.RELEVANCE : GroupSort.NEXT_MEETING);
    if (sort === GroupSort.DISTANCE && !scope.location) throw new AppError('DISTANCE_NEEDS_LOCATION');

    let rows = await this.rowsOfPage(db, scope, search, sort);
    // A word no group has finds nothing (words must all match): only then is it worth respelling.
    if (rows.length === 0) {
      const spellings = await respelt(db, filter.text);
      if (spellings.size > 0) {
        scope = { ...scope, respelt: spellings };
        rows = await this.rowsOfPage(db, scope, search, sort);
      }
    }
    const hits = rows.slice(0, search.first).map(({ row, group }) => {
      const distance = row.distance == null ? null : Number(row.distance);
      return { group, cursor: encodeCursor(JSON.stringify(cursorKey(sort, row))), distanceKm: distance === null ? null : Math.round(distance / 100) / 10 };
    });
    // Counts and facets are the same for every page and sort: kept a while per search (public searches only).
    const cacheKey = search.organisationId ? null : JSON.stringify([search.filter ?? {}, search.locale, search.embed?.key ?? null]);
    return {
      hits,
      hasNextPage: rows.length > search.first,
      count: () => this.cached(cacheKey, 'count', () => this.count(db, this.filtered(db, search, scope).query)),
      facets: (dimensions) => this.facetsOf(db, search, scope, dimensions, cacheKey),
      widenings: () => this.cached(cacheKey, 'widenings', () => this.widenings(db, search, scope)),
    };
  }

  /**
   * Each way the search could be widened that finds groups, with how many; one count each, one
   * after another. Only neighbours change where it searches; the rest are conditions of its scope.
   */
  private async widenings(db: EntityManager, search: GroupSearch, scope: Scope): Promise<Widening[]> {
    const found: Widening[] = [];
    for (const kind of Object.values(WideningKind)) {
      const filter = WIDENINGS[kind](search.filter ?? {}) as GroupFilter | null;
      if (!filter) continue;
      // These change where it looks: the scope is worked out anew for the widened filter.
      const whereChanges = kind === WideningKind.NEIGHBOURS || kind === WideningKind.DISTANCE || kind === WideningKind.PLACE;
      const widenedScope = whereChanges ? { ...(await this.where(db, filter, search.embed, search.locale)), respelt: scope.respelt } : scope;
      const count = await this.count(db, this.filtered(db, { ...search, filter }, widenedScope).query);
      if (count > 0) found.push({ kind, count });
    }
    return found;
  }

  /** The rows of the page asked for: by distance, first among the nearest venues only, which is enough unless the page goes past them. */
  private async rowsOfPage(db: EntityManager, scope: Scope, search: GroupSearch, sort: GroupSort): Promise<PageHit[]> {
    const fromNearest = sort === GroupSort.DISTANCE && !afterGroupsWithoutVenue(search.after) ? await this.pageRows(db, { ...scope, nearestOnly: true }, search, sort) : [];
    return fromNearest.length > search.first ? fromNearest : this.pageRows(db, scope, search, sort);
  }

  /**
   * The ids and sort values of one page and one more row (to tell whether another page follows), with
   * their groups as they are shown: the page is found first, then its groups by key (a few lookups,
   * not a join of every match), in one statement.
   */
  private async pageRows(db: EntityManager, scope: Scope, search: GroupSearch, sort: GroupSort): Promise<PageHit[]> {
    const { query, p } = this.filtered(db, search, scope);
    query.addSelect('g.slug', 'slug').addSelect('g.next_meeting_at', 'next_meeting_at');
    if (scope.location) query.addSelect(DISTANCE, 'distance').addSelect(NEAREST_KEY, 'nearest');
    const rank = sort === GroupSort.RELEVANCE ? relevance(p, searchWords(search.filter?.text ?? ''), scope.respelt) : null;
    if (rank) query.addSelect(rank, 'relevance');
    this.orderBy(query, sort, rank);
    if (search.after != null) this.seek(query, sort, search.after, rank);
    const [sql, parameters] = query.limit(search.first + 1).getQueryAndParameters();
    return loadGroupsOfPage<PageRow>(db, sql, parameters, PAGE_ORDER[sort]);
  }

  /**
   * A public search's facets, while they are kept, counted separately and waited for a bounded
   * time (FacetsOptions); any other's in the request's transaction.
   */
  private facetsOf(db: EntityManager, search: GroupSearch, scope: Scope, dimensions: readonly FacetDimension[], cacheKey: string | null): Promise<Facets | null> {
    const { waitMs, separately } = this.facetsOptions;
    if (cacheKey === null || waitMs === null || !separately) return this.cached(cacheKey, dimensions.join(), () => this.facets(db, search, scope, dimensions));
    const counting = this.cached(cacheKey, dimensions.join(), async () => {
      if (this.facetsCounting >= FACETS_AT_ONCE) throw new FacetsBusy();
      this.facetsCounting++;
      try {
        return await separately((own) => this.facets(own, search, scope, dimensions));
      } finally {
        this.facetsCounting--;
      }
    });
    return within(counting, waitMs);
  }

  /** The same answer for the same search for a while; concurrent askers share one query. */
  private cached<T>(key: string | null, part: string, compute: () => Promise<T>): Promise<T> {
    if (!this.counts || key === null) return compute();
    const entry = `${part}|${key}`;
    const found = this.counts.get(entry) as Promise<T> | undefined;
    if (found) return found;
    const computing = compute();
    this.counts.set(entry, computing);
    computing.catch(() => this.counts?.delete(entry));
    return computing;
  }

  /** How many rows the query finds, counting no further than LIMITS.countMax + 1: a count of all can cost a scan of all. */
  private async count(db: EntityManager, query: Query): Promise<number> {
    const [sql, parameters] = query.select('1').orderBy().limit(LIMITS.countMax + 1).getQueryAndParameters();
    const [row] = (await db.query(`SELECT count(*)::int AS count FROM (${sql}) matches`, parameters)) as { count: number }[];
    return row?.count ?? 0;
  }

  /** `rank`: the search's relevance expression, when sorting by it. */
  private orderBy(query: Query, sort: GroupSort, rank: string | null): void {
    const expressions: Record<SortColumn, string | null> = { nearest: NEAREST_KEY, next_meeting_at: 'g.next_meeting_at', relevance: rank, slug: 'g.slug' };
    SORT_COLUMNS[sort].forEach((column, index) => {
      const expression = expressions[column];
      if (expression === null) throw new Error(`A page sorted by ${sort} needs its ${column}`);
      const nulls = NULLS_LAST.has(column) ? 'NULLS LAST' : undefined;
      if (index === 0) query.orderBy(expression, 'ASC', nulls);
      else query.addOrderBy(expression, 'ASC', nulls);
    });
  }

  /** Keyset pagination: only rows after the cursor's, in the same order. */
  private seek(query: Query, sort: GroupSort, after: string, rank: string | null): void {
    const key = readCursor(after);
    if (key === null || key[0] !== sort || typeof key.at(-1) !== 'string') throw invalidCursor();
    query.setParameter('afterSlug', key.at(-1));
    if (sort === GroupSort.NAME) {
      query.andWhere('g.slug > :afterSlug');
    } else if (sort === GroupSort.DISTANCE) {
      query.andWhere(afterKey(query, NEAREST_KEY, 'float8', key[1], (value) => typeof value === 'number' && Number.isFinite(value)));
    } else if (sort === GroupSort.NEXT_MEETING) {
      query.andWhere(afterKey(query, 'g.next_meeting_at', 'timestamptz', key[1], isCursorInstant));
    } else {
      const afterRank = key[1];
      if (!rank || key.length !== 4 || !Number.isSafeInteger(afterRank)) throw invalidCursor();
      query.andWhere(`(${rank} > :afterRank OR (${rank} = :afterRank AND ${afterKey(query, 'g.next_meeting_at', 'timestamptz', key[2], isCursorInstant)}))`, { afterRank });
    }
  }

  /**
   * How many groups the same search finds per value of each dimension asked for, with that
   * dimension's own filter left out: one scan, a FILTER per value.
   */
  private async facets(db: EntityManager, search: GroupSearch, scope: Scope, dimensions: readonly FacetDimension[]): Promise<Facets> {
    if (dimensions.length === 0) return {};
    const filter = search.filter ?? ({} as GroupFilter);
    const { query, p, left } = this.filtered(db, search, scope, dimensions);
    const meeting = this.meetingConditions(p, filter);
    const selections: string[] = [];
    for (const dimension of dimensions) {
      const others = left.filter((condition) => condition.dimension !== dimension).map((condition) => condition.sql);
      FACET_VALUES[dimension].values.forEach((value, index) => {
        const where = [FACET_VALUES[dimension].condition(p, value, meeting), ...others].join(' AND ');
        selections.push(`count(*) FILTER (WHERE ${where}) AS "${dimension}_${index}"`);
      });
    }
    const row = ((await query.select(selections.join(', ')).getRawOne()) ?? {}) as Record<string, string | number>;
    return Object.fromEntries(
      dimensions.map((dimension) => [
        dimension,
        FACET_VALUES[dimension].values.map((value, index) => ({ value, count: Number(row[`${dimension}_${index}`] ?? 0) })),
      ]),
    );
  }

  bySlug(db: EntityManager, slug: string, embed?: EmbedScope | null): Promise<ShownGroup> {
    return groupBySlug(db, slug, embed);
  }
}

/** The groups an embed shows, as one SQL condition on `g`; `bind` makes a parameter of a value. */
export function embedCondition(embed: EmbedScope, bind: (value: unknown) => string): string {
  const municipalities = `g.municipality_id = ANY(CAST(${bind(embed.municipalityIds)} AS uuid[]))`;
  const online = embed.onlineLanguages ? ` OR (g.format = 'ONLINE' AND g.languages && CAST(${bind(embed.onlineLanguages)} AS text[]))` : '';
  const topics = embed.topics ? ` AND g.topics && CAST(${bind(embed.topics)} AS text[])` : '';
  const organisations = embed.organisationIds ? ` AND g.organisation_id = ANY(CAST(${bind(embed.organisationIds)} AS uuid[]))` : '';
  return `((${municipalities}${online})${topics}${organisations})`;
}

/** The group the public sees by this slug, as a condition on `g` with its parameters: not archived, and shown by the embed (if any). */
export function publicGroupBySlug(slug: string, embed?: EmbedScope | null): { where: string; parameters: unknown[] } {
  const parameters: unknown[] = [slug];
  const inEmbed = embed ? ` AND ${embedCondition(embed, (value) => `$${parameters.push(value)}`)}` : '';
  return { where: `g.slug = $1 AND g.archived_at IS NULL${inEmbed}`, parameters };
}

/** A group as the public sees it, by its slug (not archived ones, nor one its embed does not show); GROUP_NOT_FOUND otherwise. */
export async function groupBySlug(db: EntityManager, slug: string, embed?: EmbedScope | null): Promise<ShownGroup> {
  const { where, parameters } = publicGroupBySlug(slug, embed);
  const [group] = await loadGroups(db, where, parameters);
  if (!group) throw groupNotFound();
  return group;
}
