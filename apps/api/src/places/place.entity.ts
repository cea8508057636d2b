import type { Country } from '@groupfinder/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A postcode area (POSTCODE_AREA) is the first digits of a country's postcodes that name one postal town. */
export const PLACE_KINDS = ['TOWN', 'POSTCODE', 'POSTCODE_AREA'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * One way to name a point of the gazetteer (gazetteer.json, loaded by `syncGazetteer`): a town
 * has a row for each of its names ("København", "Copenhagen", "Kobenhavn"), a postcode one row.
 * Rows are replaced whenever the shipped gazetteer changes, so nothing may refer to their ids.
 */
@Entity({ name: 'places' })
export class PlaceEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  @Column({ type: 'text' })
  country: Country;

  @Column({ type: 'text' })
  kind: PlaceKind;

  /** The town's shown name ("Warszawa" also on the "Warsaw" row), or the postal town of a postcode. */
  @Column({ type: 'text' })
  name: string;

  /** What is matched: the name folded by `foldForSearch` ("kgs lyngby"), a postcode's digits ("00001"), or a postcode area's first digits ("00"). */
  @Column({ name: 'search_key', type: 'text' })
  searchKey: string;

  /** Another name of the town ("Warsaw", "Lyngby"): a town that is called so itself comes first. */
  @Column({ name: 'is_alias', type: 'boolean', default: false })
  isAlias: boolean;

  /** As the country writes it ("0182", "2800"); null for towns. */
  @Column({ type: 'text', nullable: true })
  postcode: string | null;

  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;

  /** Of the town; 0 when unknown. Orders towns that match equally well. */
  @Column({ type: 'integer', default: 0 })
  population: number;
}
