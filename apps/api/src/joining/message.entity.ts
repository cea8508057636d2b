import type { ContactKind, Language } from '@groupfinder/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { registerSealedColumns } from '../privacy/sealed-columns';

// What the person wrote: `npm run keys:reseal` seals it again under a new key.
registerSealedColumns({ table: 'group_messages', idColumn: 'id', columns: ['alias_sealed', 'contact_sealed', 'message_sealed'] });

/**
 * A visitor's message to a group (writeToGroup), kept until it is delivered to the group's contact
 * by e-mail and a short grace after (RETENTION.messageAfterDeliveryDays). Read only by the system:
 * the delivery job and an organisation's data-subject export.
 */
@Entity({ name: 'group_messages' })
export class GroupMessageEntity {
  /** Made by the API before sealing: each value is bound to its row. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @Column({ name: 'alias_sealed', type: 'text' })
  aliasSealed: string;

  @Column({ name: 'contact_kind', type: 'text' })
  contactKind: ContactKind;

  /** The e-mail address or phone number to answer. */
  @Column({ name: 'contact_sealed', type: 'text' })
  contactSealed: string;

  /** The keyed blind index of the normalised contact: a data-subject request finds it. */
  @Column({ name: 'contact_index', type: 'text' })
  contactIndex: string;

  @Column({ name: 'message_sealed', type: 'text' })
  messageSealed: string;

  /** The person's language: their receipt is written in it. */
  @Column({ type: 'text' })
  language: Language;

  @Column({ name: 'consent_version', type: 'text' })
  consentVersion: string;

  @Column({ name: 'consented_at', type: 'timestamptz' })
  consentedAt: Date;

  /** Chosen by the form: the same submission twice is one message. */
  @Column({ name: 'idempotency_key', type: 'uuid' })
  idempotencyKey: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  /** Deleted by the retention job from this instant on. */
  @Column({ name: 'delete_after', type: 'timestamptz' })
  deleteAfter: Date;
}
