import type { Country } from '@groupfinder/domain';
import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A kommune, kommun or gmina, known by its official code within its country. */
@Entity({ name: 'municipalities' })
@Unique(['country', 'code'])
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  country: Country;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;
}
