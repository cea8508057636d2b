import { randomUUID } from 'node:crypto';
import { groupMessageProblems } from '@groupfinder/domain';
import type { EntityManager } from 'typeorm';
import type { JobSender } from '../jobs/jobs';
import type { Context } from '../kernel/context';
import { AppError, type InputProblem } from '../kernel/errors';
import { normaliseContact } from '../privacy/normalise';
import type { KeyRing } from '../privacy/sealed';
import { sealedPlace } from '../privacy/sealed-columns';
import { received, type JoinableGroup, type JoinService } from './join.service';
import type { AskToJoinResult } from './join.types';
import { graceEnd, MESSAGE_DELIVERY, type MessageDeliveryData } from './message-delivery.job';
import type { WriteToGroupInput } from './message.inputs';

const TABLE = 'group_messages';

export interface MessageServiceOptions {
  keys: KeyRing;
  /** Where the delivery is sent (the job queue); writeToGroup fails without it. */
  jobs?: JobSender;
}

/**
 * Writing to a group, as a visitor (issue 11): the message reaches the group's contact by e-mail
 * and nobody's address is published. It passes the guards of asking to join (JoinService.passGuards),
 * is stored sealed, and its delivery is queued in the same transaction, carrying its id alone:
 * a message is in the queue when, and only when, it is stored. Anonymous callers may not touch
 * group_messages at all (row-level security without a policy), so it is written as the system.
 */
export class MessageService {
  constructor(
    private readonly options: MessageServiceOptions,
    private readonly joining: JoinService,
  ) {}

  /**
   * In askToJoin's order: the fields, the honeypot, the form's token, the group; then
   * WRITING_NOT_OFFERED when the group has no address to deliver to. One message per submission
   * (its idempotency key): sent again, it is neither stored, delivered nor counted against the throttle twice.
   */
  async writeToGroup(context: Context, input: WriteToGroupInput): Promise<AskToJoinResult> {
    const group = await this.joining.passGuards(context, input, fieldProblems(input), 'a message to a group');
    if (!group) return received();
    if (!group.writeTo) throw new AppError('WRITING_NOT_OFFERED');
    const { jobs } = this.options;
    if (!jobs) throw new Error('writeToGroup needs the job queue (ServiceOptions.jobs)');
    await context.asSystem(async (system) => {
      const id = await this.store(system, group, input, context.now);
      if (!id) return;
      await this.joining.countSubmission(context, group);
      await jobs.send<MessageDeliveryData>(MESSAGE_DELIVERY, { messageId: id }, { within: system });
    });
    return received();
  }

  /** The new message's id; null when this submission was stored already. */
  private async store(system: EntityManager, group: Pick<JoinableGroup, 'id' | 'country'>, input: WriteToGroupInput, now: Date): Promise<string | null> {
    const { keys } = this.options;
    // The id is made here, before sealing: each value is bound to its row.
    const id = randomUUID();
    const seal = (column: string, value: string) => keys.seal(value, sealedPlace(TABLE, column, id));
    const inserted = (await system.query(
      `INSERT INTO group_messages (id, group_id, alias_sealed, contact_kind, contact_sealed, contact_index, message_sealed,
         language, consent_version, consented_at, idempotency_key, created_at, delete_after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $10, $12)
       ON CONFLICT (group_id, idempotency_key) DO NOTHING RETURNING id`,
      [
        id,
        group.id,
        seal('alias_sealed', input.alias.trim()),
        input.contactKind,
        seal('contact_sealed', input.contact.trim()),
        keys.blindIndex('contact', normaliseContact(input.contact, group.country)),
        seal('message_sealed', input.message.trim()),
        input.language,
        input.consentVersion,
        now,
        input.idempotencyKey,
        // Until delivered, and at most this long should it never be: delivery sets the grace from then.
        graceEnd(now),
      ],
    )) as { id: string }[];
    return inserted[0]?.id ?? null;
  }
}

/** Each problem of the typed fields at its field: those of a request to join, and the message required. */
function fieldProblems(input: WriteToGroupInput): InputProblem[] {
  return groupMessageProblems({ alias: input.alias, contactKind: input.contactKind, contact: input.contact, message: input.message, consentVersion: input.consentVersion ?? null });
}
