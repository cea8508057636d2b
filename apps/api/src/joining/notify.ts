import { COUNTRY_TIME_ZONES, pickText, type ContactKind, type Country, type EnrolmentState, type JoinRequestStatus, type Language, type TranslatedText } from '@groupfinder/domain';
import { DEFAULT_LOCALE, isLocale, localDateIn, type Locale } from '@groupfinder/translations';
import type { DataSource, EntityManager } from 'typeorm';
import type { GroupEvents } from '../groups/editing/group-editing.service';
import type { JobSender, QueuedJob, QueuedJobOptions } from '../jobs/jobs';
import { afterCommit } from '../kernel/after-commit';
import { logger } from '../kernel/logger';
import { MailNotSentError, type Mailer, type MailMessage } from '../mail/mailer';
import { SmsNotSentError, type SmsMessage, type SmsSender } from '../mail/sms';
import type { KeyRing } from '../privacy/sealed';
import { sealedPlace } from '../privacy/sealed-columns';
import { deletionTimeSql } from './retention.job';

const log = logger('joining');

export interface JoinNotifierOptions {
  mailer: Mailer;
  /** Texts to people who gave a phone number; absent: they are told nothing. */
  sms?: SmsSender;
  keys: KeyRing;
  /** The admins' mail links to the group there. */
  dashboardUrl: string;
  /** Where the waiting-list notices are queued; absent where no queue runs, and those waiting are then told nothing. */
  jobs?: JobSender;
  /** WAITING_NOTICE_DELAY_SECONDS unless given (tests). */
  waitingNoticeDelaySeconds?: number;
}

/** A group loaded with its organisation, named for a reader of `language` (see groupNameIn). */
export function groupNameFor(group: { name: TranslatedText; slug: string; organisation?: { defaultLanguage: Language } }, language: Language): string {
  if (!group.organisation) throw new Error(`group ${group.slug} was loaded without its organisation`);
  return groupNameIn(group.name, language, group.organisation.defaultLanguage, group.slug);
}

/** A group's name in `language`, else in its organisation's, else any it has. */
export function groupNameIn(name: TranslatedText, language: Language, organisationDefault: Language, slug: string): string {
  return pickText(name, language, organisationDefault)?.text ?? slug;
}

/** What those waiting for a group are told of it: that it takes people now, that it ended, or nothing (it takes nobody for now). */
export type WaitingNews = 'OPENED' | 'ENDED' | null;

/** A group's enrolment as those waiting for it hear of it: an archived group has ended for them. */
export function newsOf(group: { enrolment: EnrolmentState; archived: boolean }): WaitingNews {
  if (group.archived || group.enrolment === 'ENDED') return 'ENDED';
  return group.enrolment === 'OPEN' || group.enrolment === 'OPEN_AFTER_INTAKE' ? 'OPENED' : null;
}

/** Who is waiting for a group: asked and neither accepted nor declined. */
const WAITING_STATUSES: readonly JoinRequestStatus[] = ['NEW', 'CONTACTED', 'INTAKE_BOOKED'];

/** How long after a change of a group's enrolment those waiting are told, if it still holds: a slip undone meanwhile tells nobody. */
export const WAITING_NOTICE_DELAY_SECONDS = 10 * 60;

/** The run that tells those waiting for a group (JoinNotifier.tellWaiting): the group's id, nothing else. */
export interface WaitingNoticeData extends Record<string, string> {
  groupId: string;
}

export const WAITING_NOTICE: QueuedJobOptions = { name: 'waiting-list-notice', expireInSeconds: 5 * 60, retryLimit: 5, retryDelaySeconds: 60 };

/** A group's queue of requests in the dashboard (the route `joinRequests` there), where its admins see who signed up. */
export function queuePage(dashboardUrl: string, groupId: string): string {
  return `${dashboardUrl}/#/groups/${encodeURIComponent(groupId)}/requests`;
}

/** A mail, or a text to a person who gave a phone number. */
type Notice = { mail: MailMessage } | { text: SmsMessage };

/**
 * The country of a group (where it meets, else its organisation's): where a phone number written
 * without its country code is taken to be. Read outside any request, as the system; null once gone.
 */
export async function groupCountry(dataSource: DataSource, group: { id: string } | { slug: string }): Promise<Country | null> {
  const [row] = (await ('id' in group ? dataSource.query(`SELECT country FROM groups WHERE id = $1`, [group.id]) : dataSource.query(`SELECT country FROM groups WHERE slug = $1`, [group.slug]))) as { country: Country }[];
  return row?.country ?? null;
}

/**
 * What the people of a queue are told (issue 11): the person when accepted, those waiting when
 * their group opens or ends (WAITING_NOTICE_DELAY_SECONDS later), and the admins when a forming group has enough people. A person is told by
 * e-mail, or by a text when they gave a phone number and texts are sent (SMS_URL). Every message
 * goes after the transaction that caused it has committed, in its reader's language, and holds
 * neither a person's message nor the organisation's note (a text not even the group's name: a
 * locked phone shows it). Nothing about a person, an address or a number is logged, only that a
 * message failed and its transport's code.
 */
export class JoinNotifier implements GroupEvents {
  constructor(private readonly options: JoinNotifierOptions) {}

  /** The person whose request was accepted, once `db`'s transaction has committed. */
  accepted(db: EntityManager, person: { contactKind: ContactKind; contact: string; language: Language }, group: { name: TranslatedText; slug: string; defaultLanguage: Language; organisation: string }): void {
    if (person.contactKind === 'PHONE') {
      if (!this.options.sms) return;
      const dataSource = db.connection;
      afterCommit(db, async () => {
        const country = await groupCountry(dataSource, { slug: group.slug });
        if (country) await this.send([{ text: { to: person.contact, country, locale: person.language, template: 'joinAccepted', values: {} } }], 'an acceptance');
      });
      return;
    }
    const message: MailMessage = {
      to: person.contact,
      locale: person.language,
      template: 'joinAccepted',
      values: { group: groupNameIn(group.name, person.language, group.defaultLanguage, group.slug), organisation: group.organisation },
    };
    afterCommit(db, () => this.send([{ mail: message }], 'an acceptance'));
  }

  /**
   * GroupEvents: when what those waiting for a group would hear of it changed (it opened, closed,
   * ended, was archived or restored), a waiting-list notice is queued once the change has
   * committed, to run after the delay: it tells them what still holds then (tellWaiting). Queued
   * after the commit, as the mails were sent before there was a delay: the request's role may not
   * write to the queue's tables, and the editing services have no system access to lend it.
   */
  enrolmentChanged(db: EntityManager, groupId: string, change: { from: { enrolment: EnrolmentState; archived: boolean }; to: { enrolment: EnrolmentState; archived: boolean } }): void {
    const { jobs, waitingNoticeDelaySeconds = WAITING_NOTICE_DELAY_SECONDS } = this.options;
    if (!jobs || newsOf(change.from) === newsOf(change.to)) return;
    afterCommit(db, () => jobs.send<WaitingNoticeData>(WAITING_NOTICE, { groupId }, { afterSeconds: waitingNoticeDelaySeconds }));
  }

  /**
   * A waiting-list notice's run: those waiting for the group are told what is news to them now,
   * that it opened or that it ended (with the day their request is deleted at the latest), unless
   * that is what they were told last; nothing while it takes nobody, and they will be told when it
   * opens again. Read as the system (an editor who opens a group may not read its queue), after
   * the delay, so that someone who withdrew meanwhile is not written to. Runs for one group take turns.
   */
  async tellWaiting(dataSource: DataSource, groupId: string, now: Date): Promise<void> {
    const { news, notices } = await dataSource.transaction(async (db) => {
      const [group] = (await db.query(`SELECT enrolment, archived_at FROM groups WHERE id = $1 FOR UPDATE`, [groupId])) as { enrolment: EnrolmentState; archived_at: Date | null }[];
      if (!group) return { news: null, notices: [] };
      const current = newsOf({ enrolment: group.enrolment, archived: group.archived_at !== null });
      const [last] = (await db.query(`SELECT told FROM waiting_list_notices WHERE group_id = $1`, [groupId])) as { told: WaitingNews }[];
      if ((last?.told ?? null) === current) return { news: null, notices: [] };
      if (current === null) {
        await db.query(`DELETE FROM waiting_list_notices WHERE group_id = $1`, [groupId]);
        return { news: null, notices: [] };
      }
      await db.query(
        `INSERT INTO waiting_list_notices (group_id, told, told_at) VALUES ($1, $2, $3) ON CONFLICT (group_id) DO UPDATE SET told = EXCLUDED.told, told_at = EXCLUDED.told_at`,
        [groupId, current, now],
      );
      return { news: current, notices: await this.waiting(db, groupId, current, now) };
    });
    if (news) await this.send(notices, news === 'OPENED' ? 'a group’s opening' : 'a group’s end');
  }

  /**
   * The admins of a forming group's organisation and unit, when a request just made its signed-up
   * count reach the minimum. `system` reads past row-level security (the visitor who asked is anonymous).
   */
  async formingReached(system: EntityManager, group: { id: string; organisationId: string; unitId: string | null; name: TranslatedText; slug: string; defaultLanguage: Language; minimum: number }): Promise<void> {
    const admins = (await system.query(
      `SELECT DISTINCT u.email, u.locale FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE (m.role = 'ORGANISATION_ADMIN' AND m.organisation_id = $1) OR (m.role = 'UNIT_ADMIN' AND m.unit_id = $2)`,
      [group.organisationId, group.unitId],
    )) as { email: string; locale: string }[];
    const link = queuePage(this.options.dashboardUrl, group.id);
    const messages = admins.map(({ email, locale }): MailMessage => {
      const language: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
      return { to: email, locale: language, template: 'formingReached', values: { group: groupNameIn(group.name, language, group.defaultLanguage, group.slug), minimum: group.minimum, link } };
    });
    afterCommit(system, () => this.send(messages.map((mail) => ({ mail })), 'a forming group’s start'));
  }

  /** What those waiting for a group are told of `news`: each in the person's language, by text those who gave a phone number (when texts are sent). */
  private async waiting(db: EntityManager, groupId: string, news: 'OPENED' | 'ENDED', now: Date): Promise<Notice[]> {
    // A contact is opened only to be written to: phone numbers stay sealed when no text can go.
    const rows = (await db.query(
      `SELECT r.id, r.contact_kind, r.contact_sealed, r.language, g.name, g.slug, g.country, o.name AS organisation, o.default_language, ${deletionTimeSql('r')} AS deleted_at
       FROM join_requests r JOIN groups g ON g.id = r.group_id JOIN organisations o ON o.id = g.organisation_id
       WHERE r.group_id = $1 AND r.status = ANY($4) AND (r.contact_kind = 'EMAIL' OR $3) AND ${deletionTimeSql('r')} > $2
       ORDER BY r.created_at, r.id`,
      [groupId, now, this.options.sms !== undefined, WAITING_STATUSES],
    )) as { id: string; contact_kind: ContactKind; contact_sealed: string; language: Language; name: TranslatedText; slug: string; country: Country; organisation: string; default_language: Language; deleted_at: Date }[];
    return rows.map((row): Notice => {
      const to = this.options.keys.open(row.contact_sealed, sealedPlace('join_requests', 'contact_sealed', row.id));
      const deletedOn = deletionDay(row.deleted_at, row.country);
      if (row.contact_kind === 'PHONE') {
        return { text: news === 'OPENED' ? { to, country: row.country, locale: row.language, template: 'groupOpened', values: {} } : { to, country: row.country, locale: row.language, template: 'groupEnded', values: { deletedOn } } };
      }
      const group = groupNameIn(row.name, row.language, row.default_language, row.slug);
      return {
        mail:
          news === 'OPENED'
            ? { to, locale: row.language, template: 'groupOpened', values: { group, organisation: row.organisation } }
            : { to, locale: row.language, template: 'groupEnded', values: { group, organisation: row.organisation, deletedOn } },
      };
    });
  }

  /** One after the other; a failure is logged with the transport's code alone and the others still go. */
  private async send(notices: readonly Notice[], about: string): Promise<void> {
    const { mailer, sms } = this.options;
    for (const notice of notices) {
      try {
        if ('mail' in notice) await mailer.send(notice.mail);
        else await sms?.send(notice.text);
      } catch (error) {
        const [what, template] = 'mail' in notice ? ['mail', notice.mail.template] : ['text', notice.text.template];
        log.warn(`a ${what} about ${about} could not be sent`, { reason: error instanceof MailNotSentError || error instanceof SmsNotSentError ? error.reason : 'UNKNOWN', template });
      }
    }
  }
}

/**
 * The day, in the group's country, by whose end a request is deleted: the retention job runs every
 * hour, so an hour after its deletion time at the latest.
 */
function deletionDay(deletedAt: Date, country: Country): string {
  return localDateIn(new Date(deletedAt.getTime() + 60 * 60 * 1000), COUNTRY_TIME_ZONES[country]);
}

/** The waiting-list notices, worked by whichever process takes each first. */
export function waitingNoticeJob(notifier: JoinNotifier): QueuedJob<WaitingNoticeData> {
  return { ...WAITING_NOTICE, work: ({ dataSource, now }, data) => notifier.tellWaiting(dataSource, data.groupId, now) };
}
