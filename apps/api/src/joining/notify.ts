import { pickText, type ContactKind, type EnrolmentState, type Language, type TranslatedText } from '@groupfinder/domain';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@groupfinder/translations';
import type { DataSource, EntityManager } from 'typeorm';
import type { GroupEvents } from '../groups/editing/group-editing.service';
import { afterCommit } from '../kernel/after-commit';
import { logger } from '../kernel/logger';
import { MailNotSentError, type Mailer, type MailMessage } from '../mail/mailer';
import type { KeyRing } from '../privacy/sealed';
import { sealedPlace } from '../privacy/sealed-columns';

const log = logger('joining');

export interface JoinNotifierOptions {
  mailer: Mailer;
  keys: KeyRing;
  /** The admins' mail links to the group there. */
  dashboardUrl: string;
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

/** The page of a group in the dashboard, where its admins find its queue. */
export function groupPage(dashboardUrl: string, groupId: string): string {
  return `${dashboardUrl}/#/groups/${encodeURIComponent(groupId)}`;
}

/**
 * What the people of a queue are told by e-mail (issue 11): the person when accepted, those
 * waiting when their group opens, and the admins when a forming group has enough people. Every
 * mail goes after the transaction that caused it has committed, in its reader's language, and
 * holds neither a person's message nor the organisation's note. People who gave a phone number
 * are told nothing: sending SMS needs a gateway, which is outside the product. Nothing about a
 * person or an address is logged, only that a mail failed and the transport's code.
 */
export class JoinNotifier implements GroupEvents {
  constructor(private readonly options: JoinNotifierOptions) {}

  /** The person whose request was accepted, once `db`'s transaction has committed. */
  accepted(db: EntityManager, person: { contactKind: ContactKind; contact: string; language: Language }, group: { name: TranslatedText; slug: string; defaultLanguage: Language; organisation: string }): void {
    if (person.contactKind !== 'EMAIL') return;
    const message: MailMessage = {
      to: person.contact,
      locale: person.language,
      template: 'joinAccepted',
      values: { group: groupNameIn(group.name, person.language, group.defaultLanguage, group.slug), organisation: group.organisation },
    };
    afterCommit(db, () => this.send([message], 'an acceptance'));
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
    const link = groupPage(this.options.dashboardUrl, group.id);
    const messages = admins.map(({ email, locale }): MailMessage => {
      const language: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
      return { to: email, locale: language, template: 'formingReached', values: { group: groupNameIn(group.name, language, group.defaultLanguage, group.slug), minimum: group.minimum, link } };
    });
    afterCommit(system, () => this.send(messages, 'a forming group’s start'));
  }

  /** The mails to those waiting for a group that just opened: each in the person's language. */
  private async waiting(dataSource: DataSource, groupId: string, now: Date): Promise<MailMessage[]> {
    const rows = (await dataSource.query(
      `SELECT r.id, r.contact_sealed, r.language, g.name, g.slug, o.name AS organisation, o.default_language
       FROM join_requests r JOIN groups g ON g.id = r.group_id JOIN organisations o ON o.id = g.organisation_id
       WHERE r.group_id = $1 AND r.status <> 'DECLINED' AND r.contact_kind = 'EMAIL' AND r.delete_after > $2
       ORDER BY r.created_at, r.id`,
      [groupId, now],
    )) as { id: string; contact_sealed: string; language: Language; name: TranslatedText; slug: string; organisation: string; default_language: Language }[];
    return rows.map((row) => ({
      to: this.options.keys.open(row.contact_sealed, sealedPlace('join_requests', 'contact_sealed', row.id)),
      locale: row.language,
      template: 'groupOpened',
      values: { group: groupNameIn(row.name, row.language, row.default_language, row.slug), organisation: row.organisation },
    }));
  }

  /** One after the other; a failure is logged with the transport's code alone and the others still go. */
  private async send(messages: readonly MailMessage[], about: string): Promise<void> {
    for (const message of messages) {
      try {
        await this.options.mailer.send(message);
      } catch (error) {
        log.warn(`a mail about ${about} could not be sent`, { reason: error instanceof MailNotSentError ? error.reason : 'UNKNOWN', template: message.template });
      }
    }
  }
}
