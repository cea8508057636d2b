import type { Country, Language } from '@groupfinder/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'organisations' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  country: Country;

  /** The language its content falls back to when a text is missing in the one asked for. */
  @Column({ name: 'default_language', type: 'text' })
  defaultLanguage: Language;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** Every admin of the organisation and its units must sign in with a second factor to act for it. */
  @Column({ name: 'require_second_factor', type: 'boolean', default: false })
  requireSecondFactor: boolean;

  /** How many days after its last change a request to join one of its groups is deleted (RETENTION's bounds). */
  @Column({ name: 'request_retention_days', type: 'smallint', default: 180 })
  requestRetentionDays: number;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  /** Raised by every saved edit: an edit names the version it started from (CONFLICT when it is not the current one). */
  @Column({ type: 'integer', default: 1 })
  version: number;

  /** Archived once it runs no group in the finder; kept with its history. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', insert: false, update: false })
  updatedAt: Date;
}
