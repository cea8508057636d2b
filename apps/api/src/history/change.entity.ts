import type { Role } from '@groupfinder/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ChangedEntity = 'ORGANISATION' | 'UNIT' | 'VENUE' | 'GROUP' | 'EMBED';

/** One field of a change: its value before and after (texts per language, schedules as their rules). */
export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

/** One saved edit of one record: who, when, which fields from what to what. Appended, never changed. */
@Entity({ name: 'changes' })
export class ChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  entity: ChangedEntity;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  /** Whose record it is: an organisation's, or (an embed) a municipality's. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId: string | null;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  /** The role its author made it in (authorRole); null for the platform itself and changes from before it was kept. */
  @Column({ name: 'by_role', type: 'text', nullable: true })
  byRole: Role | null;

  @Column({ name: 'made_at', type: 'timestamptz' })
  madeAt: Date;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'jsonb' })
  fields: FieldChange[];

  @Column({ type: 'uuid', nullable: true })
  reverts: string | null;
}
