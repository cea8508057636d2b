import type { ContactKind, JoinRequestKind, JoinRequestStatus, Language } from '@groupfinder/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { registerSealedColumns } from '../privacy/sealed-columns';

// What the person wrote and the organisation's note: `npm run keys:reseal` seals them again under a new key.
registerSealedColumns({ table: 'join_requests', idColumn: 'id', columns: ['alias_sealed', 'contact_sealed', 'message_sealed', 'note_sealed'] });

/**
 * A visitor's request to join a group: its waiting list, or an intake conversation first. The
 * `*Sealed` columns hold what the person wrote, sealed (privacy/sealed.ts) to this row and column;
 * only the services open them, for the group's admins and for the person through their link.
 */
@Entity({ name: 'join_requests' })
export class JoinRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @Column({ type: 'text' })
  kind: JoinRequestKind;

  @Column({ type: 'text', default: 'NEW' })
  status: JoinRequestStatus;

  /** A first name or alias. */
  @Column({ name: 'alias_sealed', type: 'text' })
  aliasSealed: string;

  @Column({ name: 'contact_kind', type: 'text' })
  contactKind: ContactKind;

  /** The e-mail address or phone number. */
  @Column({ name: 'contact_sealed', type: 'text' })
  contactSealed: string;

  /** The keyed blind index of the normalised contact: the same person again, a data-subject request. */
  @Column({ name: 'contact_index', type: 'text' })
  contactIndex: string;

  @Column({ name: 'message_sealed', type: 'text', nullable: true })
  messageSealed: string | null;

  /** The organisation's own note (no health details). */
  @Column({ name: 'note_sealed', type: 'text', nullable: true })
  noteSealed: string | null;

  /** The person's language: every message to them is in it. */
  @Column({ type: 'text' })
  language: Language;

  /** The consent text they agreed to: its version, in `language`, at `consentedAt`. */
  @Column({ name: 'consent_version', type: 'text' })
  consentVersion: string;

  @Column({ name: 'consented_at', type: 'timestamptz' })
  consentedAt: Date;

  /** Chosen by the form: the same submission twice is one request. */
  @Column({ name: 'idempotency_key', type: 'uuid' })
  idempotencyKey: string;

  /** SHA-256 of the token in the person's link (their status, and withdrawing). */
  @Column({ name: 'access_token_hash', type: 'text' })
  accessTokenHash: string;

  /** Raised by every change: a change names the version it started from. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Deleted by the retention job from this instant on. */
  @Column({ name: 'delete_after', type: 'timestamptz' })
  deleteAfter: Date;
}
