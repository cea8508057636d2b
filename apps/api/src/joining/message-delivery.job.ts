import { RETENTION, type ContactKind, type Country, type Language, type TranslatedText } from '@groupfinder/domain';
import type { JobContext, QueuedJob, QueuedJobContext, QueuedJobOptions } from '../jobs/jobs';
import { logger } from '../kernel/logger';
import { MailNotSentError, type Mailer } from '../mail/mailer';
import { SmsNotSentError, type SmsSender } from '../mail/sms';
import type { KeyRing } from '../privacy/sealed';
import { sealedPlace } from '../privacy/sealed-columns';
import { groupNameIn } from './notify';
import { messageRecipient } from './message-recipient';

const log = logger('joining');

const TABLE = 'group_messages';
const DAY_MS = 86_400_000;

/** What a run of the delivery carries: the message's id, nothing else (QueuedJobData). */
export interface MessageDeliveryData extends Record<string, string> {
  messageId: string;
}

/**
 * Delivering a message written to a group: a run per message, tried again for about four to
 * eight hours (the mail server may be away) before it is given up.
 */
export const MESSAGE_DELIVERY: QueuedJobOptions = { name: 'group-message-delivery', expireInSeconds: 5 * 60, retryLimit: 8, retryDelaySeconds: 60 };

export interface MessageDeliveryOptions {
  mailer: Mailer;
  /** The receipt to a visitor who gave a phone number (SMS_URL); absent: they get none. */
  sms?: SmsSender;
  keys: KeyRing;
}

interface MessageRow {
  id: string;
  alias_sealed: string;
  contact_kind: ContactKind;
  contact_sealed: string;
  message_sealed: string;
  language: Language;
  slug: string;
  name: TranslatedText;
  country: Country;
  contact_email: string | null;
  organisation_email: string | null;
  default_language: Language;
}

/** The end of the grace from `from` on: RETENTION.messageAfterDeliveryDays. */
export function graceEnd(from: Date): Date {
  return new Date(from.getTime() + RETENTION.messageAfterDeliveryDays * DAY_MS);
}

/**
 * Delivers one message: by e-mail to the group's contact (its own address, else its
 * organisation's), in the organisation's language, with the name the person gave, the contact to
 * answer them at and what they wrote; then it is kept for the grace alone, and the person gets a
 * receipt in their language: by e-mail, or by a text to a phone number when texts are sent. A message gone meanwhile (deleted
 * on request or on time) or delivered already is left be. When the last try fails, or the group no
 * longer has an address, it is given up: deleted after the same grace. Nothing of it is logged.
 */
export async function deliverMessage({ mailer, sms, keys }: MessageDeliveryOptions, { dataSource, now, lastAttempt }: QueuedJobContext, messageId: string): Promise<void> {
  const [row] = (await dataSource.query(
    `SELECT m.id, m.alias_sealed, m.contact_kind, m.contact_sealed, m.message_sealed, m.language,
       g.slug, g.name, g.country, g.contact_email, o.email AS organisation_email, o.default_language
     FROM group_messages m JOIN groups g ON g.id = m.group_id JOIN organisations o ON o.id = g.organisation_id
     WHERE m.id = $1 AND m.delivered_at IS NULL`,
    [messageId],
  )) as MessageRow[];
  if (!row) return;
  const to = messageRecipient(row.contact_email, row.organisation_email);
  if (!to) {
    log.warn('a message to a group cannot be delivered: the group has no contact e-mail address any more; it is deleted after the grace');
    await giveUp({ dataSource, now }, row.id);
    return;
  }
  const open = (column: string, value: string) => keys.open(value, sealedPlace(TABLE, column, row.id));
  const contact = open('contact_sealed', row.contact_sealed);
  const days = RETENTION.messageAfterDeliveryDays;
  try {
    await mailer.send({
      to,
      locale: row.default_language,
      template: 'groupMessage',
      values: { group: groupNameIn(row.name, row.default_language, row.default_language, row.slug), alias: open('alias_sealed', row.alias_sealed), contact, message: open('message_sealed', row.message_sealed), days },
    });
  } catch (error) {
    if (lastAttempt) {
      await giveUp({ dataSource, now }, row.id);
      log.warn('a message to a group could not be delivered after its retries; it is deleted after the grace', { reason: reasonOf(error) });
    }
    throw error instanceof MailNotSentError ? error : new MailNotSentError('UNKNOWN');
  }
  await dataSource.query(`UPDATE group_messages SET delivered_at = $2, delete_after = $3 WHERE id = $1`, [row.id, now, graceEnd(now)]);
  // A receipt that fails costs the delivery nothing: it is not tried again (that would deliver the message twice).
  if (row.contact_kind === 'PHONE') {
    await sms?.send({ to: contact, country: row.country, locale: row.language, template: 'groupMessageReceipt', values: { days } }).catch((error: unknown) => {
      log.warn('the receipt of a message to a group could not be sent by text; the message was delivered', { reason: reasonOf(error) });
    });
    return;
  }
  await mailer.send({ to: contact, locale: row.language, template: 'groupMessageReceipt', values: { group: groupNameIn(row.name, row.language, row.default_language, row.slug), days } }).catch((error: unknown) => {
    log.warn('the receipt of a message to a group could not be sent; the message was delivered', { reason: reasonOf(error) });
  });
}

async function giveUp({ dataSource, now }: JobContext, id: string): Promise<void> {
  await dataSource.query(`UPDATE group_messages SET delete_after = $2 WHERE id = $1 AND delivered_at IS NULL`, [id, graceEnd(now)]);
}

/** The transport's code alone: a mailer's or texter's error names nothing of the message, others might. */
function reasonOf(error: unknown): string {
  return error instanceof MailNotSentError || error instanceof SmsNotSentError ? error.reason : 'UNKNOWN';
}

/** The delivery as the job queue works it (startJobs `queued`). */
export function messageDeliveryJob(options: MessageDeliveryOptions): QueuedJob<MessageDeliveryData> {
  return { ...MESSAGE_DELIVERY, work: (context, data) => deliverMessage(options, context, data.messageId) };
}
