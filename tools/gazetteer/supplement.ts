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

/** Danish postcodes of the demo towns (Denmark has no postcode source on the registry). */
export const POSTCODES: SupplementPostcode[] = [
  // "Kgs. Lyngby" is how Danish addresses write Kongens Lyngby (GeoNames has it as an alternative name).
  { country: 'DK', postcode: '2800', name: 'Kgs. Lyngby', town: 'Kongens Lyngby', source: BY_HAND },
  { country: 'DK', postcode: '2860', name: 'Søborg', town: 'Søborg', source: BY_HAND },
  { country: 'DK', postcode: '2880', name: 'Bagsværd', town: 'Bagsværd', source: BY_HAND },
];
