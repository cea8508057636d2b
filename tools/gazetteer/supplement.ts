import type { Country } from '@groupfinder/domain';

/*
 * THE HAND-MADE SUPPLEMENT to the GeoNames extract: only what the demo data and the commonest
 * searches need and GeoNames lacks or names in English. Every entry says where it comes from.
 * Keep it small; anything large belongs in a proper source with a licence.
 */

const BY_HAND = 'public postal information, entered by hand';

export interface LocalName {
  /** GeoNames id of the town. */
  geonameId: number;
  /** What GeoNames calls it, to catch an id that points elsewhere. */
  geonamesName: string;
  /** The official name in the country's language, shown instead. */
  name: string;
  source: string;
}

export interface SupplementTown {
  country: Country;
  name: string;
  latitude: number;
  longitude: number;
  /** 0 when not known: it only orders towns that match equally well. */
  population: number;
  alternativeNames: string[];
  source: string;
}

export interface SupplementPostcode {
  country: Country;
  /** As the country writes it: "2800", "0182", "118 20", "00-001". */
  postcode: string;
  /** The postal town as addresses write it ("Kgs. Lyngby"). */
  name: string;
  /** The town (by its shown name) whose point the postcode takes. */
  town: string;
  source: string;
}

export interface SupplementPostcodeArea {
  country: Country;
  /** The first digits of the postcodes of one postal town, each ("10", "11" for 1000-1199), without marks. */
  prefixes: string[];
  /** The postal town as addresses write it ("København K"). */
  name: string;
  /** The town (by its shown name; the largest of that name) whose point the postcodes take. */
  town: string;
  source: string;
}

/** GeoNames gives these towns' English names or spells them without their letters; addresses use these. */
export const LOCAL_NAMES: LocalName[] = [
  { geonameId: 2618425, geonamesName: 'Copenhagen', name: 'København', source: 'official Danish name, entered by hand' },
  { geonameId: 756135, geonamesName: 'Warsaw', name: 'Warszawa', source: 'official Polish name, entered by hand' },
  { geonameId: 2624652, geonamesName: 'Århus', name: 'Aarhus', source: 'official Danish spelling since 2011, entered by hand' },
  { geonameId: 2613539, geonamesName: 'Skaerbaek', name: 'Skærbæk', source: 'official Danish spelling, entered by hand' },
  { geonameId: 3103402, geonamesName: 'Bielsko-Biala', name: 'Bielsko-Biała', source: 'official Polish spelling, entered by hand' },
];

/** Localities of the demo data that GeoNames does not list (parts of the Copenhagen suburbs). */
export const TOWNS: SupplementTown[] = [
  { country: 'DK', name: 'Søborg', latitude: 55.7336, longitude: 12.5106, population: 0, alternativeNames: [], source: BY_HAND },
  { country: 'DK', name: 'Bagsværd', latitude: 55.7611, longitude: 12.4541, population: 0, alternativeNames: [], source: BY_HAND },
];

/** The postcodes from `first` to `last` (as many digits each), as prefixes. */
const range = (first: number, last: number, digits: number) =>
  Array.from({ length: last - first + 1 }, (_, offset) => String(first + offset).padStart(digits, '0'));

const DK = (postcode: string, name: string, town: string): SupplementPostcode => ({ country: 'DK', postcode, name, town, source: BY_HAND });

/**
 * Danish postcodes of the demo towns and of the largest towns' postal districts (Denmark has no
 * postcode source on the registry): a stopgap until a full register (DAWA) can be imported.
 */
export const POSTCODES: SupplementPostcode[] = [
  // "Kgs. Lyngby" is how Danish addresses write Kongens Lyngby (GeoNames has it as an alternative name).
  { country: 'DK', postcode: '2800', name: 'Kgs. Lyngby', town: 'Kongens Lyngby', source: BY_HAND },
  { country: 'DK', postcode: '2860', name: 'Søborg', town: 'Søborg', source: BY_HAND },
  { country: 'DK', postcode: '2880', name: 'Bagsværd', town: 'Bagsværd', source: BY_HAND },
  DK('2000', 'Frederiksberg', 'Frederiksberg'),
  ...(
    [
      ['2100', 'København Ø'],
      ['2150', 'Nordhavn'],
      ['2200', 'København N'],
      ['2300', 'København S'],
      ['2400', 'København NV'],
      ['2450', 'København SV'],
    ] as const
  ).map(([postcode, name]) => DK(postcode, name, 'København')),
  DK('2500', 'Valby', 'Valby'),
  ...(
    [
      ['5000', 'Odense C'],
      ['5200', 'Odense V'],
      ['5210', 'Odense NV'],
      ['5220', 'Odense SØ'],
      ['5230', 'Odense M'],
      ['5240', 'Odense NØ'],
      ['5250', 'Odense SV'],
      ['5260', 'Odense S'],
      ['5270', 'Odense N'],
    ] as const
  ).map(([postcode, name]) => DK(postcode, name, 'Odense')),
  ...(
    [
      ['8000', 'Aarhus C'],
      ['8200', 'Aarhus N'],
      ['8210', 'Aarhus V'],
      ['8220', 'Brabrand'],
      ['8230', 'Åbyhøj'],
      ['8240', 'Risskov'],
      ['8250', 'Egå'],
      ['8260', 'Viby J'],
      ['8270', 'Højbjerg'],
    ] as const
  ).map(([postcode, name]) => DK(postcode, name, 'Aarhus')),
  ...(
    [
      ['9000', 'Aalborg'],
      ['9200', 'Aalborg SV'],
      ['9210', 'Aalborg SØ'],
      ['9220', 'Aalborg Øst'],
    ] as const
  ).map(([postcode, name]) => DK(postcode, name, 'Aalborg')),
  ...(
    [
      ['3000', 'Helsingør'],
      ['3400', 'Hillerød'],
      ['4000', 'Roskilde'],
      ['4600', 'Køge'],
      ['4700', 'Næstved'],
      ['6000', 'Kolding'],
      ['6400', 'Sønderborg'],
      ['6700', 'Esbjerg'],
      ['7100', 'Vejle'],
      ['7400', 'Herning'],
      ['8600', 'Silkeborg'],
      ['8700', 'Horsens'],
      ['8800', 'Viborg'],
    ] as const
  ).map(([postcode, name]) => DK(postcode, name, name)),
  DK('8900', 'Randers C', 'Randers'),
];

/** A postcode area named as its town is. */
const townArea = (country: Country, prefixes: string[], town: string): SupplementPostcodeArea => ({ country, prefixes, name: town, town, source: BY_HAND });

/**
 * Postcode areas: where the first digits of a postcode name one postal town (inner Copenhagen's
 * 1000-1999; Sweden's and Poland's largest towns), so that "111 22" and "00-001" are searched near
 * the town until full registers can be imported (PostNord's Swedish, Poczta Polska's PNA).
 */
export const POSTCODE_AREAS: SupplementPostcodeArea[] = [
  { country: 'DK', prefixes: range(10, 14, 2), name: 'København K', town: 'København', source: BY_HAND },
  { country: 'DK', prefixes: range(15, 17, 2), name: 'København V', town: 'København', source: BY_HAND },
  { country: 'DK', prefixes: range(18, 19, 2), name: 'Frederiksberg C', town: 'Frederiksberg', source: BY_HAND },
  ...(
    [
      [100, 119, 'Stockholm'],
      [200, 218, 'Malmö'],
      [220, 227, 'Lund'],
      [250, 256, 'Helsingborg'],
      [400, 419, 'Göteborg'],
      [550, 556, 'Jönköping'],
      [580, 589, 'Linköping'],
      [600, 603, 'Norrköping'],
      [700, 703, 'Örebro'],
      [721, 725, 'Västerås'],
      [750, 757, 'Uppsala'],
      [800, 806, 'Gävle'],
      [901, 907, 'Umeå'],
    ] as const
  ).map(([first, last, town]) => townArea('SE', range(first, last, 3), town)),
  ...(
    [
      [0, 4, 'Warszawa'],
      [15, 15, 'Białystok'],
      [20, 20, 'Lublin'],
      [30, 31, 'Kraków'],
      [40, 40, 'Katowice'],
      [50, 54, 'Wrocław'],
      [60, 61, 'Poznań'],
      [70, 71, 'Szczecin'],
      [80, 80, 'Gdańsk'],
      [81, 81, 'Gdynia'],
      [85, 85, 'Bydgoszcz'],
      [90, 94, 'Łódź'],
    ] as const
  ).map(([first, last, town]) => townArea('PL', range(first, last, 2), town)),
];
