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
  return columns;
}

function readGazetteer(): Gazetteer {
  const gazetteer = JSON.parse(readFileSync(GAZETTEER_FILE, 'utf8')) as Gazetteer;
  if (typeof gazetteer.version !== 'string' || !Array.isArray(gazetteer.towns) || !Array.isArray(gazetteer.postcodes)) {
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

/** A visitor's words split into a postcode (its digits) and the rest, folded. */
export function parsePlaceText(text: string): { postcode: string | null; words: string } {
  const match = POSTCODE.exec(text);
  if (!match?.[1]) return { postcode: null, words: foldForSearch(text) };
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
  return { postcode: postcodeKey(match[1]), words: foldForSearch(rest) };
}

const resolved = (place: PlaceEntity, name: string): ResolvedPlace => ({ name, country: place.country, latitude: place.latitude, longitude: place.longitude });

export class PlaceService {
  /** Answers by what was typed: the gazetteer changes only when the API starts (syncGazetteer). */
  private readonly answers = new LRUCache<string, { place: ResolvedPlace | null }>({ max: 5_000 });

  /**
   * The point a visitor means by a postcode, a town or both ("2800", "Kgs. Lyngby", "Oslo 0182"),
   * in one country or any: the postcode if it is known, else the town called exactly so (by its
   * own name before another town's other name: "Biała" is Biała, not Bielsko-Biała), else the
   * largest town whose name begins so ("krak"), else the town the first words name ("København Ø",
   * "Søborg Hovedgade 200"). Null when nothing matches.
   */
  async resolvePlace(db: EntityManager, text: string, country?: Country): Promise<ResolvedPlace | null> {
    const key = `${country ?? ''}|${text}`;
    const known = this.answers.get(key);
    if (known) return known.place;
    const place = await this.lookUp(db, text, country);
    this.answers.set(key, { place });
    return place;
  }

  private async lookUp(db: EntityManager, text: string, country: Country | undefined): Promise<ResolvedPlace | null> {
    const { postcode, words } = parsePlaceText(text);
    if (postcode) {
      // A town typed with the postcode says which country's postcode it is ("2800 Lyngby").
      const postcodeCountry = country ?? (words ? (await this.town(db, words, undefined))?.country : undefined);
      const place = await this.first(this.query(db, 'POSTCODE', postcodeCountry).andWhere('p.search_key = :postcode', { postcode }));
      if (place) return resolved(place, `${place.postcode} ${place.name}`);
    }
    const town = words ? await this.town(db, words, country) : null;
    return town && resolved(town, town.name);
  }

  private async town(db: EntityManager, words: string, country: Country | undefined): Promise<PlaceEntity | null> {
    const exact = (key: string) => this.first(this.query(db, 'TOWN', country).andWhere('p.search_key = :key', { key }).orderBy('p.isAlias', 'ASC'));
    const leading = words.split(' ').slice(0, MAX_WORDS);
    const typed = leading.join(' ');
    const found =
      (await exact(typed)) ??
      (typed.length >= MIN_PREFIX ? await this.first(this.query(db, 'TOWN', country).andWhere('p.search_key LIKE :prefix', { prefix: `${typed}%` })) : null);
    if (found) return found;
    for (let count = leading.length - 1; count > 0; count--) {
      const place = await exact(leading.slice(0, count).join(' '));
      if (place) return place;
    }
    return null;
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
