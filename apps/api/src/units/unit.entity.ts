import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A local unit of an organisation (Selvhjælp Danmark → Selvhjælp Lyngby); groups may belong to one. */
@Entity({ name: 'units' })
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  /** Raised by every saved edit (CONFLICT from an older one). */
  @Column({ type: 'integer', default: 1 })
  version: number;

  /** Archived once it runs no group in the finder; kept with its history. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;
}
