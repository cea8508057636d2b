import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { foldForSearch, type Country } from '@groupfinder/domain';
import { LRUCache } from 'lru-cache';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { PlaceEntity, type PlaceKind } from './place.entity';

/** Where a visitor's words point: shown as "near {name}". */
export interface ResolvedPlace {
  name: string;
  country: Country;
  latitude: number;
  longitude: number;
}

/** gazetteer.json, made by tools/gazetteer/build.ts (see its README for sources and licences). */
interface Gazetteer {
  version: string;
  /** [country, shown name, latitude, longitude, population, other names] */
  towns: [Country, string, number, number, number, string[]][];
  /** [postcode as written, postal town, index into towns of the town whose point it takes] */
  postcodes: [string, string, number][];
  /** [first digits of the postcodes, postal town, index into towns of the town whose point they take] */
  postcodeAreas: [string, string, number][];
}

const GAZETTEER_FILE = path.join(__dirname, 'gazetteer.json');

/** The columns of the places table, one array each: the whole gazetteer goes in as one INSERT. */
interface PlaceColumns {
  country: Country[];
  kind: PlaceKind[];
  name: string[];
  searchKey: string[];
  isAlias: boolean[];
  postcode: (string | null)[];
  latitude: number[];
  longitude: number[];
  population: number[];
}

/** A postcode's digits: "00-001", "118 20" and "0182" are matched as they are typed or not. */
const postcodeKey = (postcode: string) => postcode.replace(/\D/g, '');

function placeColumns(gazetteer: Gazetteer): PlaceColumns {
  const columns: PlaceColumns = { country: [], kind: [], name: [], searchKey: [], isAlias: [], postcode: [], latitude: [], longitude: [], population: [] };
  const add = (row: { [K in keyof PlaceColumns]: PlaceColumns[K][number] }) => {
    for (const key of Object.keys(columns) as (keyof PlaceColumns)[]) (columns[key] as unknown[]).push(row[key]);
  };
  for (const [country, name, latitude, longitude, population, others] of gazetteer.towns) {
    // Names that fold alike ("Århus", "Arhus") need one row; the shown name comes first and is kept.
    const keys = new Set<string>();
    for (const spelling of [name, ...others]) {
      const searchKey = foldForSearch(spelling);
      if (searchKey === '' || keys.has(searchKey)) continue;
      keys.add(searchKey);
      add({ country, kind: 'TOWN', name, searchKey, isAlias: keys.size > 1, postcode: null, latitude, longitude, population });
    }
  }
  for (const [postcode, name, townIndex] of gazetteer.postcodes) {
    const town = gazetteer.towns[townIndex];
    if (!town) throw new Error(`gazetteer.json: postcode ${postcode} points to no town`);
    const [country, , latitude, longitude, population] = town;
    add({ country, kind: 'POSTCODE', name, searchKey: postcodeKey(postcode), isAlias: false, postcode, latitude, longitude, population });
  }
  for (const [prefix, name, townIndex] of gazetteer.postcodeAreas) {
    const town = gazetteer.towns[townIndex];
    if (!town) throw new Error(`gazetteer.json: postcode area ${prefix} points to no town`);
    const [country, , latitude, longitude, population] = town;
    add({ country, kind: 'POSTCODE_AREA', name, searchKey: prefix, isAlias: false, postcode: null, latitude, longitude, population });
  }
  return columns;
}

function readGazetteer(): Gazetteer {
  const gazetteer = JSON.parse(readFileSync(GAZETTEER_FILE, 'utf8')) as Gazetteer;
  if (typeof gazetteer.version !== 'string' || !Array.isArray(gazetteer.towns) || !Array.isArray(gazetteer.postcodes) || !Array.isArray(gazetteer.postcodeAreas)) {
    throw new Error(`${GAZETTEER_FILE} is not a gazetteer`);
  }
  return gazetteer;
}

/**
 * Loads the shipped gazetteer into the places table when the table holds another version (or
 * none): in one transaction, so searches see the old places or the new ones, never a mix or none.
 * The version row is locked first, so two servers starting together load it once. Returns whether
 * it loaded.
 */
export async function syncGazetteer(dataSource: DataSource): Promise<boolean> {
  const gazetteer = readGazetteer();
  const columns = placeColumns(gazetteer);
  // The search keys come from foldForSearch too: a change there must reload as a new file would.
  const version = `${gazetteer.version}-${createHash('sha256').update(JSON.stringify(columns)).digest('hex').slice(0, 12)}`;
  return dataSource.transaction(async (manager) => {
    const [stored]: { version: string }[] = await manager.query(`SELECT version FROM places_version FOR UPDATE`);
    if (stored?.version === version) return false;
    await manager.query(`DELETE FROM places`);
    await manager.query(
      `INSERT INTO places (country, kind, name, search_key, is_alias, postcode, latitude, longitude, population)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::text[], $7::float8[], $8::float8[], $9::int[])`,
      [columns.country, columns.kind, columns.name, columns.searchKey, columns.isAlias, columns.postcode, columns.latitude, columns.longitude, columns.population],
    );
    await manager.query(`UPDATE places_version SET version = $1, loaded_at = now()`, [version]);
    return true;
  });
}

// A postcode as one of the four countries writes it, standing alone: 2800, 0182, 118 20, 11820, 00-001.
const POSTCODE = /(?:^|[\s,])(\d{2}-\d{3}|\d{3} ?\d{2}|\d{4})(?=$|[\s,])/;
// Town names have a few words; more only cost look-ups ("Søborg Hovedgade 200, 2. sal, Søborg").
const MAX_WORDS = 5;
// A shorter beginning ("O") matches too much to mean one town; short names ("Ås") still match exactly.
const MIN_PREFIX = 3;

/** A visitor's words split into a postcode (its digits, and as typed) and the rest, folded. */
export function parsePlaceText(text: string): { postcode: string | null; typedPostcode: string | null; words: string } {
  const match = POSTCODE.exec(text);
  if (!match?.[1]) return { postcode: null, typedPostcode: null, words: foldForSearch(text) };
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
  return { postcode: postcodeKey(match[1]), typedPostcode: match[1], words: foldForSearch(rest) };
}

const resolved = (place: PlaceEntity, name: string): ResolvedPlace => ({ name, country: place.country, latitude: place.latitude, longitude: place.longitude });

/** A municipality a visitor names: "Gladsaxe", "Lyngby-Taarbæk", "Gmina Kraków". */
export interface NamedMunicipality {
  id: string;
  name: string;
  country: Country;
}

/** Where a visitor searches: near a point (a town, a postcode), or in a municipality they named. */
export type SearchPlace = { point: ResolvedPlace } | { municipality: NamedMunicipality };

/** Words that say "municipality" in the four countries' names of them, and in English (folded). */
const MUNICIPALITY_WORDS = /\b(kommune|kommunen|kommun|gmina|miasto|municipality)\b/g;
const municipalityKey = (folded: string) => folded.replace(MUNICIPALITY_WORDS, ' ').replace(/\s+/g, ' ').trim();

/** How long the municipalities' names are kept: a platform admin's renaming reaches place search within it. */
const MUNICIPALITY_NAMES_SECONDS = 5 * 60;

export class PlaceService {
  /** Answers by what was typed: the gazetteer changes only when the API starts (syncGazetteer). */
  private readonly answers = new LRUCache<string, { place: SearchPlace | null }>({ max: 5_000 });
  /** The municipalities by folded name (without "Kommune", "Gmina"...); several countries may share one. */
  private readonly municipalityNames = new LRUCache<'all', Map<string, NamedMunicipality[]>>({ max: 1, ttl: MUNICIPALITY_NAMES_SECONDS * 1000 });

  /**
   * The point a visitor means by a postcode, a town or both ("2800", "Kgs. Lyngby", "Oslo 0182"),
   * in one country or any: the postcode if it is known, else the town called exactly so (by its
   * own name before another town's other name: "Biała" is Biała, not Bielsko-Biała), else the
   * largest town whose name begins so ("krak"), else the town the first words name ("København Ø",
   * "Søborg Hovedgade 200"). Null when nothing matches.
   */
  async resolvePlace(db: EntityManager, text: string, country?: Country): Promise<ResolvedPlace | null> {
    const place = await this.remembered(`point|${country ?? ''}|${text}`, () => this.lookUp(db, text, country, false));
    return place && 'point' in place ? place.point : null;
  }

  /**
   * What a visitor searching means: as resolvePlace, except that a municipality named exactly
   * ("Gladsaxe", "Lyngby-Taarbæk", "Gmina Kraków") comes before a town found by the first words
   * only, and is searched in rather than near. A town of the same name stays a town ("Kraków").
   */
  resolveSearchPlace(db: EntityManager, text: string, country?: Country): Promise<SearchPlace | null> {
    return this.remembered(`search|${country ?? ''}|${text}`, () => this.lookUp(db, text, country, true));
  }

  private async remembered(key: string, lookUp: () => Promise<SearchPlace | null>): Promise<SearchPlace | null> {
    const known = this.answers.get(key);
    if (known) return known.place;
    const place = await lookUp();
    this.answers.set(key, { place });
    return place;
  }

  private async lookUp(db: EntityManager, text: string, country: Country | undefined, municipalities: boolean): Promise<SearchPlace | null> {
    const { postcode, typedPostcode, words } = parsePlaceText(text);
    if (postcode) {
      // A town typed with the postcode says which country's postcode it is ("2800 Lyngby").
      const postcodeCountry = country ?? (words ? ((await this.town(db, words, undefined)) ?? (await this.townByLeadingWords(db, words, undefined)))?.country : undefined);
      const place = await this.first(this.query(db, 'POSTCODE', postcodeCountry).andWhere('p.search_key = :postcode', { postcode }));
      if (place) return { point: resolved(place, `${place.postcode} ${place.name}`) };
      // Else the postal town its first digits name, the longest such beginning first ("111 22": 111, Stockholm).
      const area = await this.first(
        this.query(db, 'POSTCODE_AREA', postcodeCountry)
          .andWhere(`:postcode LIKE p.search_key || '%'`, { postcode })
          .orderBy('length(p.search_key)', 'DESC'),
      );
      if (area) return { point: resolved(area, `${typedPostcode} ${area.name}`) };
    }
    if (!words) return null;
    const named = await this.town(db, words, country);
    if (named) return { point: resolved(named, named.name) };
    const municipality = municipalities ? await this.municipality(db, words, country) : null;
    if (municipality) return { municipality };
    const leading = await this.townByLeadingWords(db, words, country);
    return leading && { point: resolved(leading, leading.name) };
  }

  /** The town called so, else the largest whose name begins so. */
  private async town(db: EntityManager, words: string, country: Country | undefined): Promise<PlaceEntity | null> {
    const typed = words.split(' ').slice(0, MAX_WORDS).join(' ');
    return (
      (await this.exactTown(db, typed, country)) ??
      (typed.length >= MIN_PREFIX ? await this.first(this.query(db, 'TOWN', country).andWhere('p.search_key LIKE :prefix', { prefix: `${typed}%` })) : null)
    );
  }

  /** The town the first words name ("København Ø", "Søborg Hovedgade 200"). */
  private async townByLeadingWords(db: EntityManager, words: string, country: Country | undefined): Promise<PlaceEntity | null> {
    const leading = words.split(' ').slice(0, MAX_WORDS);
    for (let count = leading.length - 1; count > 0; count--) {
      const place = await this.exactTown(db, leading.slice(0, count).join(' '), country);
      if (place) return place;
    }
    return null;
  }

  private exactTown(db: EntityManager, key: string, country: Country | undefined): Promise<PlaceEntity | null> {
    return this.first(this.query(db, 'TOWN', country).andWhere('p.search_key = :key', { key }).orderBy('p.isAlias', 'ASC'));
  }

  /** The municipality named so, in `country` when given (else the first of those so named, by country). */
  private async municipality(db: EntityManager, words: string, country: Country | undefined): Promise<NamedMunicipality | null> {
    const key = municipalityKey(words);
    if (!key) return null;
    let names = this.municipalityNames.get('all');
    if (!names) {
      names = new Map();
      const rows: NamedMunicipality[] = await db.query(`SELECT id, name, country FROM municipalities ORDER BY country, code`);
      for (const row of rows) {
        const name = municipalityKey(foldForSearch(row.name));
        names.set(name, [...(names.get(name) ?? []), row]);
      }
      this.municipalityNames.set('all', names);
    }
    return (names.get(key) ?? []).find((candidate) => !country || candidate.country === country) ?? null;
  }

  private query(db: EntityManager, kind: PlaceKind, country: Country | undefined): SelectQueryBuilder<PlaceEntity> {
    const query = db.getRepository(PlaceEntity).createQueryBuilder('p').where('p.kind = :kind', { kind });
    return country ? query.andWhere('p.country = :country', { country }) : query;
  }

  /** The first row in the order given, then the largest town, then by name so that ties always end alike. */
  private first(query: SelectQueryBuilder<PlaceEntity>): Promise<PlaceEntity | null> {
    return query.addOrderBy('p.population', 'DESC').addOrderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC').getOne();
  }
}
