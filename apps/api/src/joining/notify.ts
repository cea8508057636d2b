import { pickText, type ContactKind, type Country, type EnrolmentState, type Language, type TranslatedText } from '@groupfinder/domain';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@groupfinder/translations';
import type { DataSource, EntityManager } from 'typeorm';
import type { GroupEvents } from '../groups/editing/group-editing.service';
import { afterCommit } from '../kernel/after-commit';
import { logger } from '../kernel/logger';
import { MailNotSentError, type Mailer, type MailMessage } from '../mail/mailer';
import { SmsNotSentError, type SmsMessage, type SmsSender } from '../mail/sms';
import type { KeyRing } from '../privacy/sealed';
import { sealedPlace } from '../privacy/sealed-columns';

const log = logger('joining');

export interface JoinNotifierOptions {
  mailer: Mailer;
  /** Texts to people who gave a phone number; absent: they are told nothing. */
  sms?: SmsSender;
  keys: KeyRing;
  /** The admins' mail links to the group there. */
  dashboardUrl: string;
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

/** Enrolments in which a group takes nobody now, and those in which it does: going from one to the other opens it. */
const NOT_TAKING: readonly EnrolmentState[] = ['FORMING', 'FULL', 'CLOSED', 'PAUSED'];
const TAKING: readonly EnrolmentState[] = ['OPEN', 'OPEN_AFTER_INTAKE'];

export function opens(from: EnrolmentState, to: EnrolmentState): boolean {
  return NOT_TAKING.includes(from) && TAKING.includes(to);
}

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
 * their group opens, and the admins when a forming group has enough people. A person is told by
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
   * GroupEvents: when a group opens, the people on its list who were not declined. Read after the
   * commit as the system (an editor who opens a group may not read its queue), so that someone who
   * withdrew in between is not written to.
   */
  enrolmentChanged(db: EntityManager, groupId: string, change: { from: EnrolmentState; to: EnrolmentState }, now: Date): void {
    if (!opens(change.from, change.to)) return;
    const dataSource = db.connection;
    afterCommit(db, async () => this.send(await this.waiting(dataSource, groupId, now), 'a group’s opening'));
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

  /** What those waiting for a group that just opened are told: each in the person's language, by text those who gave a phone number (when texts are sent). */
  private async waiting(dataSource: DataSource, groupId: string, now: Date): Promise<Notice[]> {
    // A contact is opened only to be written to: phone numbers stay sealed when no text can go.
    const rows = (await dataSource.query(
      `SELECT r.id, r.contact_kind, r.contact_sealed, r.language, g.name, g.slug, g.country, o.name AS organisation, o.default_language
       FROM join_requests r JOIN groups g ON g.id = r.group_id JOIN organisations o ON o.id = g.organisation_id
       WHERE r.group_id = $1 AND r.status <> 'DECLINED' AND (r.contact_kind = 'EMAIL' OR $3) AND r.delete_after > $2
       ORDER BY r.created_at, r.id`,
      [groupId, now, this.options.sms !== undefined],
    )) as { id: string; contact_kind: ContactKind; contact_sealed: string; language: Language; name: TranslatedText; slug: string; country: Country; organisation: string; default_language: Language }[];
    return rows.map((row): Notice => {
      const to = this.options.keys.open(row.contact_sealed, sealedPlace('join_requests', 'contact_sealed', row.id));
      if (row.contact_kind === 'PHONE') return { text: { to, country: row.country, locale: row.language, template: 'groupOpened', values: {} } };
      return { mail: { to, locale: row.language, template: 'groupOpened', values: { group: groupNameIn(row.name, row.language, row.default_language, row.slug), organisation: row.organisation } } };
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
