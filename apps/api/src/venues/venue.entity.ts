import type { AccessibilityFeature, TranslatedText } from '@groupfinder/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** Where groups meet: an address with a map point. */
@Entity({ name: 'venues' })
export class VenueEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  street: string;

  @Column({ name: 'postal_code', type: 'text' })
  postalCode: string;

  @Column({ type: 'text' })
  town: string;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ type: 'text', array: true, default: [] })
  accessibility: AccessibilityFeature[];

  @Column({ name: 'transport_notes', type: 'jsonb', default: {} })
  transportNotes: TranslatedText;

  /** Raised by every saved edit (see history/versioned-update.ts). */
  @Column({ type: 'integer', insert: false, update: false })
  version: number;

  /** An archived venue is offered for no new group; groups already there keep it. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
