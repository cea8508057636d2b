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
  searchWords,
  topicWithSubtopics,
  type Language,
} from '@groupfinder/domain';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor } from '../server/connection';
import { AppError } from '../server/errors';
import type { PlaceService } from '../places/place.service';
import { GroupEntity } from './group.entity';
import { groupNotFound, invalidCursor } from './group.errors';
import { GroupSort, type GroupFilter } from './groups.args';

export interface GroupHit {
  group: GroupEntity;
  cursor: string;
  /** Kilometres from the point searched near; null without one, or for an online group. */
  distanceKm: number | null;
}

export interface GroupPage {
  hits: GroupHit[];
  hasNextPage: boolean;
  /** Counted only when asked for. */
  totalCount: () => Promise<number>;
}

export interface GroupSearch {
  filter?: GroupFilter | null;
  /** Only the groups of one organisation (its page in the dashboard). */
  organisationId?: string;
  sort?: GroupSort | null;
  first: number;
  after?: string | null;
  /** The caller's language: online groups "in the visitor's language". */
  locale: Language;
}

/** One value of a filter and how many groups the same search finds with it. */
export interface FacetCount<T extends string = string> {
  value: T;
  count: number;
}

export type FacetDimension = 'topics' | 'audience' | 'ageBands' | 'formats' | 'languages' | 'enrolment' | 'weekdays';
export type Facets = Record<FacetDimension, FacetCount[]>;

interface Location {
  latitude: number;
  longitude: number;
  radiusKm: number;
}

type Query = SelectQueryBuilder<GroupEntity>;

const EARTH_POINT = 'll_to_earth(v.latitude, v.longitude)';
const DISTANCE = `earth_distance(${EARTH_POINT}, ll_to_earth(:nearLatitude, :nearLongitude))`;

/** Binds values under unique names, as one query may hold several fragments alike. */
class Params {
  private count = 0;
  constructor(private readonly query: Query) {}
  bind(value: unknown): string {
    const name = `p${this.count++}`;
    this.query.setParameter(name, value);
    return `:${name}`;
  }
}

export class GroupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly places: PlaceService,
  ) {}

  private base(): Query {
    return this.dataSource
      .getRepository(GroupEntity)
      .createQueryBuilder('g')
      .innerJoinAndSelect('g.organisation', 'o')
      .leftJoinAndSelect('g.venue', 'v')
      .leftJoinAndSelect('g.municipality', 'm');
  }

  /** Where to search near: a point as given, or the place the visitor typed. */
  private async location(filter: GroupFilter): Promise<Location | null> {
    const radiusKm = filter.radiusKm ?? LIMITS.radiusDefaultKm;
    if (filter.near && filter.place) throw new AppError('CONFLICTING_LOCATION');
    if (filter.near) return { ...filter.near, radiusKm };
    if (!filter.place?.trim()) return null;
    const place = await this.places.resolvePlace(filter.place, filter.country ?? undefined);
    if (!place) throw new AppError('PLACE_NOT_FOUND', { place: filter.place.trim() });
    return { latitude: place.latitude, longitude: place.longitude, radiusKm };
  }

  /**
   * Adds every filter but `except` (facets count a dimension with its own filter left out).
   * All filtering happens in SQL, with indexes: GIN on topics and languages, trigram on the
   * folded search text, GiST on venue locations, btree on meeting times.
   */
  private applyFilter(query: Query, p: Params, search: GroupSearch, location: Location | null, except?: FacetDimension): void {
    const filter = search.filter ?? ({} as GroupFilter);
    if (search.organisationId) query.andWhere(`g.organisation_id = ${p.bind(search.organisationId)}`);
    if (filter.country) query.andWhere(`COALESCE(m.country, o.country) = ${p.bind(filter.country)}`);

    const online = filter.includeOnline ? ` OR (g.format = 'ONLINE' AND ${p.bind(search.locale)} = ANY(g.languages))` : '';
    if (filter.municipalityCode) {
      const code = p.bind(filter.municipalityCode);
      const country = filter.country ? ` AND m2.country = ${p.bind(filter.country)}` : '';
      const neighbours = filter.includeNeighbours
        ? ` UNION SELECT n.neighbour_id FROM municipality_neighbours n JOIN municipalities m2 ON m2.id = n.municipality_id WHERE m2.code = ${code}${country}`
        : '';
      query.andWhere(`(g.municipality_id IN (SELECT m2.id FROM municipalities m2 WHERE m2.code = ${code}${country}${neighbours})${online})`);
    }
    if (location) {
      query.setParameters({ nearLatitude: location.latitude, nearLongitude: location.longitude });
      const radius = p.bind(location.radiusKm * 1000);
      query.andWhere(
        `((v.latitude IS NOT NULL AND earth_box(ll_to_earth(:nearLatitude, :nearLongitude), ${radius}) @> ${EARTH_POINT} AND ${DISTANCE} <= ${radius})${online})`,
      );
    }

    if (filter.topics?.length && except !== 'topics') {
      query.andWhere(`g.topics && CAST(${p.bind([...new Set(filter.topics.flatMap(topicWithSubtopics))])} AS text[])`);
    }
    if (filter.audience && except !== 'audience') query.andWhere(`g.audience = ANY(${p.bind(audiencesServing(filter.audience))})`);
    if (filter.ageBands?.length && except !== 'ageBands') query.andWhere(`g.age_band = ANY(${p.bind(filter.ageBands)})`);
    if (filter.age != null) {
      const age = p.bind(filter.age);
      const bands = AGE_BANDS.filter((band) => band.minAge <= (filter.age as number) && (band.maxAge ?? 200) >= (filter.age as number)).map((band) => band.code);
      query.andWhere(
        `(CASE WHEN g.age_min IS NOT NULL OR g.age_max IS NOT NULL THEN ${age} BETWEEN COALESCE(g.age_min, 0) AND COALESCE(g.age_max, 200)
               ELSE g.age_band IS NULL OR g.age_band = ANY(${p.bind(bands)}) END)`,
      );
    }
    if (filter.formats?.length && except !== 'formats') query.andWhere(`g.format = ANY(${p.bind(filter.formats)})`);
    if (filter.methods?.length) query.andWhere(`g.method = ANY(${p.bind(filter.methods)})`);
    if (filter.languages?.length && except !== 'languages') query.andWhere(`g.languages && CAST(${p.bind(filter.languages)} AS text[])`);
    if (filter.enrolment?.length && except !== 'enrolment') query.andWhere(`g.enrolment = ANY(${p.bind(filter.enrolment)})`);
    if (filter.accessibility?.length) query.andWhere(`v.accessibility @> CAST(${p.bind(filter.accessibility)} AS text[])`);

    const meetingConditions: string[] = [];
    if (filter.weekdays?.length && except !== 'weekdays') meetingConditions.push(`mt.local_weekday = ANY(${p.bind(filter.weekdays.map(isoWeekdayNumber))})`);
    if (filter.timesOfDay?.length) {
      const parts = TIMES_OF_DAY.filter((part) => filter.timesOfDay?.includes(part.code));
      meetingConditions.push(`(${parts.map((part) => `mt.local_minute >= ${p.bind(part.fromMinute)} AND mt.local_minute < ${p.bind(part.toMinute)}`).join(' OR ')})`);
    }
    if (filter.startsWithinDays) meetingConditions.push(`mt.starts_at < now() + make_interval(days => ${p.bind(filter.startsWithinDays)})`);
    if (meetingConditions.length > 0) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM meetings mt WHERE mt.group_id = g.id AND mt.status <> 'CANCELLED' AND mt.starts_at > now() AND ${meetingConditions.join(' AND ')})`,
      );
    }

    for (const word of searchWords(filter.text ?? '')) {
      // Short words ("aa", "na") match whole words; longer ones anywhere, like a prefix typed so far.
      query.andWhere(`g.search_text LIKE ${p.bind(word.length <= 2 ? `% ${word} %` : `%${word}%`)}`);
    }
  }

  /** Groups matching every filter given, in a stable order, a page at a time. */
  async search(search: GroupSearch): Promise<GroupPage> {
    const filter = search.filter ?? ({} as GroupFilter);
    const location = await this.location(filter);
    const sort = search.sort ?? (location ? GroupSort.DISTANCE : GroupSort.NEXT_MEETING);
    if (sort === GroupSort.DISTANCE && !location) throw new AppError('DISTANCE_NEEDS_LOCATION');

    const query = this.base();
    this.applyFilter(query, new Params(query), search, location);
    const counted = query.clone();
    const key = this.sortKey(query, sort, location);
    if (search.after != null) this.seek(query, sort, search.after);
    const { entities, raw } = await query.limit(search.first + 1).getRawAndEntities<Record<string, unknown>>();
    const hits = entities.slice(0, search.first).map((group, index) => {
      const row = raw.find((candidate) => candidate['g_id'] === group.id) ?? raw[index] ?? {};
      const distance = location && row['distance'] != null ? Number(row['distance']) : null;
      return { group, cursor: encodeCursor(JSON.stringify(key(group, distance))), distanceKm: distance === null ? null : Math.round(distance / 100) / 10 };
    });
    return { hits, hasNextPage: entities.length > search.first, totalCount: () => counted.getCount() };
  }

  /** Orders the query; returns what a row's cursor holds. */
  private sortKey(query: Query, sort: GroupSort, location: Location | null): (group: GroupEntity, distance: number | null) => unknown[] {
    if (sort === GroupSort.DISTANCE && location) {
      query.addSelect(`CASE WHEN v.latitude IS NULL THEN NULL ELSE ${DISTANCE} END`, 'distance');
      query.orderBy('distance', 'ASC', 'NULLS LAST').addOrderBy('g.slug', 'ASC');
      return (group, distance) => [sort, distance, group.slug];
    }
    if (sort === GroupSort.NEXT_MEETING) {
      if (location) query.addSelect(`CASE WHEN v.latitude IS NULL THEN NULL ELSE ${DISTANCE} END`, 'distance');
      query.orderBy('g.next_meeting_at', 'ASC', 'NULLS LAST').addOrderBy('g.slug', 'ASC');
      return (group) => [sort, group.nextMeetingAt?.toISOString() ?? null, group.slug];
    }
    if (location) query.addSelect(`CASE WHEN v.latitude IS NULL THEN NULL ELSE ${DISTANCE} END`, 'distance');
    query.orderBy('g.slug', 'ASC');
    return (group) => [sort, group.slug];
  }

  /** Keyset pagination: only rows after the cursor's, in the same order. */
  private seek(query: Query, sort: GroupSort, after: string): void {
    const decoded = decodeCursor(after);
    let key: unknown;
    try {
      key = decoded === null ? null : JSON.parse(decoded);
    } catch {
      key = null;
    }
    if (!Array.isArray(key) || key[0] !== sort || typeof key.at(-1) !== 'string') throw invalidCursor();
    const slug = key.at(-1) as string;
    const value = key[1] as unknown;
    if (sort === GroupSort.NAME) {
      query.andWhere('g.slug > :afterSlug', { afterSlug: slug });
      return;
    }
    const column = sort === GroupSort.DISTANCE ? `(CASE WHEN v.latitude IS NULL THEN NULL ELSE ${DISTANCE} END)` : 'g.next_meeting_at';
    if (value === null) {
      query.andWhere(`${column} IS NULL AND g.slug > :afterSlug`, { afterSlug: slug });
      return;
    }
    if (typeof value !== (sort === GroupSort.DISTANCE ? 'number' : 'string')) throw invalidCursor();
    const cast = sort === GroupSort.DISTANCE ? 'float8' : 'timestamptz';
    query.andWhere(`(${column} > CAST(:afterValue AS ${cast}) OR (${column} = CAST(:afterValue AS ${cast}) AND g.slug > :afterSlug) OR ${column} IS NULL)`, {
      afterValue: value,
      afterSlug: slug,
    });
  }

  /** For each filter dimension, how many groups the same search finds per value, that dimension's own filter left out. */
  async facets(search: GroupSearch): Promise<Facets> {
    const location = await this.location(search.filter ?? ({} as GroupFilter));
    const count = async (dimension: FacetDimension, values: readonly string[], condition: (p: Params, value: string) => string) => {
      const query = this.base();
      const p = new Params(query);
      this.applyFilter(query, p, search, location, dimension);
      query.select(values.map((value, index) => `count(*) FILTER (WHERE ${condition(p, value)}) AS "c${index}"`).join(', '));
      const row = ((await query.getRawOne()) ?? {}) as Record<string, string | number>;
      return values.map((value, index) => ({ value, count: Number(row[`c${index}`] ?? 0) }));
    };
    const [topics, audience, ageBands, formats, languages, enrolment, weekdays] = await Promise.all([
      count('topics', TOPIC_CODES, (p, value) => `g.topics && CAST(${p.bind(topicWithSubtopics(value as never))} AS text[])`),
      count('audience', AUDIENCES, (p, value) => `g.audience = ANY(${p.bind(audiencesServing(value as never))})`),
      count('ageBands', AGE_BAND_CODES, (p, value) => `g.age_band = ${p.bind(value)}`),
      count('formats', FORMATS, (p, value) => `g.format = ${p.bind(value)}`),
      count('languages', LANGUAGES, (p, value) => `${p.bind(value)} = ANY(g.languages)`),
      count('enrolment', ENROLMENT_STATES, (p, value) => `g.enrolment = ${p.bind(value)}`),
      count(
        'weekdays',
        WEEKDAYS,
        (p, value) =>
          `EXISTS (SELECT 1 FROM meetings mt WHERE mt.group_id = g.id AND mt.status <> 'CANCELLED' AND mt.starts_at > now() AND mt.local_weekday = ${p.bind(isoWeekdayNumber(value as never))})`,
      ),
    ]);
    return { topics, audience, ageBands, formats, languages, enrolment, weekdays };
  }

  async bySlug(slug: string): Promise<GroupEntity> {
    const group = await this.base().where('g.slug = :slug', { slug }).getOne();
    if (!group) throw groupNotFound();
    return group;
  }
}
