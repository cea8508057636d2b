import { randomUUID } from 'node:crypto';
import { CONSENT_VERSION, joinRequestProblems, joinWay, type ContactKind, type Country, type EnrolmentState, type Language, type TranslatedText } from '@groupfinder/domain';
import type { EntityManager } from 'typeorm';
import { hashToken, newToken } from '../auth/session.service';
import type { Throttle } from '../auth/throttle';
import { publicGroupBySlug } from '../groups/group.service';
import { afterCommit } from '../kernel/after-commit';
import { PLATFORM_AUTHOR, type Author, type Context } from '../kernel/context';
import { AppError, InvalidInput, type InputProblem } from '../kernel/errors';
import { logger } from '../kernel/logger';
import { MailNotSentError, type Mailer } from '../mail/mailer';
import { SmsNotSentError, type SmsSender } from '../mail/sms';
import { normaliseContact } from '../privacy/normalise';
import type { KeyRing } from '../privacy/sealed';
import { sealedPlace } from '../privacy/sealed-columns';
import { formTokenProblem, issueFormToken } from './form-token';
import type { AskToJoinInput } from './join.inputs';
import { messageRecipient } from './message-recipient';
import { AskToJoinResult, JoinForm, OwnJoinRequest } from './join.types';
import { groupNameIn, JoinNotifier } from './notify';
import { deletionTimeSql } from './retention.job';

const log = logger('joining');

/** Gives back the places of people accepted whose requests are gone (QueueService). */
export interface PlacesGivenBack {
  givePlacesBack(db: EntityManager, author: Author, groupIds: readonly string[], now: Date): Promise<void>;
}

export interface JoinServiceOptions {
  /** Where an accepted person's place goes when they withdraw; absent only in a service built for one form (tests). */
  places?: PlacesGivenBack;
  keys: KeyRing;
  mailer: Mailer;
  /** Texts to people who gave a phone number (SMS_URL); absent: they are sent none. */
  sms?: SmsSender;
  throttle: Throttle;
  /** The confirmation's link leads to the dashboard's page for it. */
  dashboardUrl: string;
  /** A form sent back sooner is a robot's (FORM_TOO_FAST); default FORM_MIN_SECONDS. */
  formMinSeconds?: number;
}

/** The dashboard's page a confirmation links to, in the hash like its other pages: a fragment never reaches a server, so no log or proxy keeps the token. */
export function requestLink(dashboardUrl: string, token: string): string {
  return `${dashboardUrl}/#/asked?token=${encodeURIComponent(token)}`;
}

/** What askToJoin and writeToGroup need of a group. */
export interface JoinableGroup {
  id: string;
  /** Where a phone number written without its country code is taken to be. */
  country: Country;
  enrolment: EnrolmentState;
  waitingList: boolean;
  name: TranslatedText;
  defaultLanguage: Language;
  retentionDays: number;
  /** The controller the privacy notice names. */
  organisationName: string;
  /** Where a message to the group goes: its own contact's e-mail address, else its organisation's; null when neither has one. */
  writeTo: string | null;
}

/** What every public form to a group sends besides its own fields (askToJoin, writeToGroup). */
export interface PublicFormInput {
  groupSlug: string;
  language: Language;
  formToken: string;
  website?: string | null;
  contactKind: ContactKind;
  contact: string;
}

const TABLE = 'join_requests';
/** Longer than any token handed out (43 characters): not looked up at all. */
const TOKEN_MAX = 100;

/** The one answer askToJoin (and writeToGroup) gives: it never tells a new request from one asked before, or from one taken for spam. */
export function received(): AskToJoinResult {
  return Object.assign(new AskToJoinResult(), { received: true });
}


/**
 * Asking to join a group, as the visitor (issue 11): the form's token, the request, the link to
 * see and withdraw it. Anonymous callers may not touch join_requests (row-level security), so the
 * rows are written and read as the system, each statement kept to the row its id, its idempotency
 * key, its person's blind index or its link's token names. What the person wrote is sealed before
 * it reaches the database and never logged; answers carry nothing personal.
 */
export class JoinService {
  private readonly notifier: JoinNotifier;

  constructor(private readonly options: JoinServiceOptions) {
    this.notifier = new JoinNotifier(options);
  }

  async joinForm(context: Context, groupSlug: string): Promise<JoinForm> {
    const group = await this.group(context, groupSlug);
    // Its token says when the form was opened (FORM_TOO_FAST): one shared by a cache would say when someone else opened it.
    context.http.keepFromCaches();
    return Object.assign(new JoinForm(), {
      joinWay: joinWay(group),
      formToken: issueFormToken(this.options.keys, context.now),
      consentVersion: CONSENT_VERSION,
      retentionDays: group.retentionDays,
      controller: group.organisationName,
      confirmsByText: this.options.sms !== undefined,
    });
  }

  /**
   * In this order: the fields (each problem at its field; nothing stored), the honeypot (answered
   * as a success, nothing stored), the form's token, the group and what it offers; then one row per
   * submission (its idempotency key) and per person and group (the blind index of their contact):
   * asking again hands out a new link, the old one stops working. Only a submission that sends
   * something is counted against the throttle.
   */
  async askToJoin(context: Context, input: AskToJoinInput): Promise<AskToJoinResult> {
    const group = await this.passGuards(context, input, fieldProblems(input), 'a request to join');
    if (!group) return received();
    if (joinWay(group) !== input.kind) throw new AppError('JOIN_NOT_OFFERED');

    const token = newToken();
    const sent = await context.asSystem((system) => this.store(system, group, input, hashToken(token), context.now));
    if (!sent) return received();
    await this.countSubmission(context, group);
    this.sendConfirmation(context.db, { contactKind: input.contactKind, contact: input.contact.trim(), language: input.language }, { country: group.country, name: groupNameIn(group.name, input.language, group.defaultLanguage, input.groupSlug) }, token);
    return received();
  }

  /** A request as its person sees it through their link; JOIN_REQUEST_NOT_FOUND once withdrawn, replaced or past its time. */
  async byToken(context: Context, token: string): Promise<OwnJoinRequest> {
    refuseGet(context);
    if (token.length > TOKEN_MAX) throw new AppError('JOIN_REQUEST_NOT_FOUND');
    const [row] = await context.asSystem(
      (system) =>
        system.query(
          `SELECT r.kind, r.status, r.created_at, g.slug, g.name, o.default_language
           FROM join_requests r JOIN groups g ON g.id = r.group_id JOIN organisations o ON o.id = g.organisation_id
           WHERE r.access_token_hash = $1 AND ${deletionTimeSql('r')} > $2`,
          [hashToken(token), context.now],
        ) as Promise<{ kind: OwnJoinRequest['kind']; status: OwnJoinRequest['status']; created_at: Date; slug: string; name: TranslatedText; default_language: Language }[]>,
    );
    if (!row) throw new AppError('JOIN_REQUEST_NOT_FOUND');
    return Object.assign(new OwnJoinRequest(), {
      groupName: groupNameIn(row.name, context.locale, row.default_language, row.slug),
      groupSlug: row.slug,
      kind: row.kind,
      status: row.status,
      askedAt: row.created_at,
    });
  }

  /** Withdraws a request through its link: the row, its sealed values and its blind index are deleted at once. */
  async withdraw(context: Context, token: string): Promise<boolean> {
    refuseGet(context);
    if (token.length > TOKEN_MAX) throw new AppError('JOIN_REQUEST_NOT_FOUND');
    // Deleted even when past its time (the retention job had not come yet): it goes either way.
    const [gone] = (await context.asSystem((system) => system.query(`DELETE FROM join_requests WHERE access_token_hash = $1 RETURNING group_id, status`, [hashToken(token)]))) as [
      { group_id: string; status: string }[],
      number,
    ];
    const [request] = gone;
    if (!request) throw new AppError('JOIN_REQUEST_NOT_FOUND');
    // Someone accepted who withdraws leaves a place free (recorded as made by no one: the person has no account).
    if (request.status === 'ACCEPTED') await context.asSystem((system) => this.options.places?.givePlacesBack(system, PLATFORM_AUTHOR, [request.group_id], context.now) ?? Promise.resolve());
    return true;
  }

  /**
   * The guards of every public form to a group (askToJoin, writeToGroup), in this order: the
   * visitor's language for every message of the answer; the fields (`problems`, each at its field;
   * nothing stored); the honeypot (null: answer as received, store nothing); the form's token; the
   * group. The throttle comes once the submission is known to be new (countSubmission). `what`
   * names the form in the log.
   */
  async passGuards(context: Context, input: PublicFormInput, problems: InputProblem[], what: string): Promise<JoinableGroup | null> {
    context.locale = input.language;
    if (problems.length > 0) throw new InvalidInput(problems);
    if (input.website) {
      log.info(`${what} filled in the hidden field: answered as received, nothing stored`);
      return null;
    }
    const formProblem = formTokenProblem(this.options.keys, input.formToken, context.now, this.options.formMinSeconds);
    if (formProblem) throw new AppError(formProblem);
    const group = await this.group(context, input.groupSlug);
    // A number that is neither one of the group's country nor written with its country code can be neither called nor texted from there.
    if (input.contactKind === 'PHONE' && !normaliseContact(input.contact, group.country).startsWith('+')) {
      throw new InvalidInput([{ field: 'contact', code: 'PHONE_NEEDS_COUNTRY_CODE' }]);
    }
    return group;
  }

  /**
   * Counts a new submission against the throttle (per client address, then per group):
   * TOO_MANY_ATTEMPTS beyond it, and the mutation's unit of work takes back what it stored. The
   * same submission sent again (a double click, a retry) is not new and costs nothing.
   */
  async countSubmission(context: Context, group: JoinableGroup): Promise<void> {
    await this.options.throttle.joinRequested(context.http.clientAddress, group.id);
  }

  /** The group asked about, as the public sees it: not archived, and shown by the embed the request comes through. */
  private async group({ db, embed }: Context, slug: string): Promise<JoinableGroup> {
    const { where, parameters } = publicGroupBySlug(slug, embed?.scope);
    const [group] = (await db.query(
      `SELECT g.id, g.country, g.enrolment, g.waiting_list, g.name, o.default_language, o.request_retention_days, o.name AS organisation_name,
         g.contact_email, o.email AS organisation_email
       FROM groups g JOIN organisations o ON o.id = g.organisation_id
       WHERE ${where}`,
      parameters,
    )) as { id: string; country: Country; enrolment: EnrolmentState; waiting_list: boolean; name: TranslatedText; default_language: Language; request_retention_days: number; organisation_name: string; contact_email: string | null; organisation_email: string | null }[];
    if (!group) throw new AppError('GROUP_NOT_FOUND');
    return {
      id: group.id,
      country: group.country,
      enrolment: group.enrolment,
      waitingList: group.waiting_list,
      name: group.name,
      defaultLanguage: group.default_language,
      retentionDays: Number(group.request_retention_days),
      organisationName: group.organisation_name,
      writeTo: messageRecipient(group.contact_email, group.organisation_email),
    };
  }

  /**
   * Stores the request, or finds it stored: says whether a confirmation is to be sent with the new
   * token. The same submission again (its idempotency key; ten at once wait for the first) sends
   * nothing more; the same person again for the same group gets the new token instead of their
   * old one, and their consent, language and retention start again from now.
   */
  private async store(system: EntityManager, group: JoinableGroup, input: AskToJoinInput, accessTokenHash: string, now: Date): Promise<boolean> {
    const { keys } = this.options;
    // The id is made here, before sealing: each value is bound to its row.
    const id = randomUUID();
    const seal = (column: string, value: string) => keys.seal(value, sealedPlace(TABLE, column, id));
    const message = input.message?.trim() ? input.message.trim() : null;
    const contactIndex = keys.blindIndex('contact', normaliseContact(input.contact, group.country));
    const deleteAfter = new Date(now.getTime() + group.retentionDays * 86_400_000);
    // Requests to a forming group take turns (its row locked), so that exactly one sees its count reach the minimum.
    const forming = group.enrolment === 'FORMING' ? await this.lockFormingGroup(system, group.id) : null;
    const inserted = (await system.query(
      `INSERT INTO join_requests (id, group_id, kind, alias_sealed, contact_kind, contact_sealed, contact_index, message_sealed,
         language, consent_version, consented_at, idempotency_key, access_token_hash, created_at, updated_at, delete_after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $11, $11, $14)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        id,
        group.id,
        input.kind,
        seal('alias_sealed', input.alias.trim()),
        input.contactKind,
        seal('contact_sealed', input.contact.trim()),
        contactIndex,
        message === null ? null : seal('message_sealed', message),
        input.language,
        input.consentVersion,
        now,
        input.idempotencyKey,
        accessTokenHash,
        deleteAfter,
      ],
    )) as { id: string }[];
    if (inserted.length > 0) {
      if (forming && (await signedUp(system, group.id, now)) === forming.minimum) await this.notifier.formingReached(system, forming);
      return true;
    }
    const [sameSubmission] = (await system.query(`SELECT 1 FROM join_requests WHERE group_id = $1 AND idempotency_key = $2`, [group.id, input.idempotencyKey])) as unknown[];
    if (sameSubmission) return false;
    // The version stays: nothing an organisation's admin sees or edits changed.
    const [, updated] = (await system.query(
      `UPDATE join_requests SET access_token_hash = $3, language = $4, consent_version = $5, consented_at = $6, updated_at = $6, delete_after = $7
       WHERE group_id = $1 AND contact_index = $2`,
      [group.id, contactIndex, accessTokenHash, input.language, input.consentVersion, now, deleteAfter],
    )) as [unknown, number];
    return updated > 0;
  }

  /** A forming group's row locked for this transaction, with what its admins' mail needs; null when it sets no minimum. */
  private async lockFormingGroup(system: EntityManager, id: string): Promise<Parameters<JoinNotifier['formingReached']>[1] | null> {
    const [row] = (await system.query(
      `SELECT g.forming_minimum, g.organisation_id, g.unit_id, g.name, g.slug, o.default_language
       FROM groups g JOIN organisations o ON o.id = g.organisation_id WHERE g.id = $1 FOR UPDATE OF g`,
      [id],
    )) as { forming_minimum: number | null; organisation_id: string; unit_id: string | null; name: TranslatedText; slug: string; default_language: Language }[];
    if (!row || row.forming_minimum === null) return null;
    return { id, minimum: Number(row.forming_minimum), organisationId: row.organisation_id, unitId: row.unit_id, name: row.name, slug: row.slug, defaultLanguage: row.default_language };
  }

  /**
   * By e-mail, or by a text to a phone number (when texts are sent: SMS_URL), with the same link.
   * Once the request is committed (nothing tells of one that is not there), after the answer so
   * that its time tells nothing; a failure keeps the request and logs the transport's code alone.
   */
  private sendConfirmation(db: EntityManager, person: { contactKind: AskToJoinInput['contactKind']; contact: string; language: Language }, group: { country: Country; name: string }, token: string): void {
    const { mailer, sms, dashboardUrl } = this.options;
    const { contact: to, language } = person;
    const link = requestLink(dashboardUrl, token);
    const failed = (error: unknown) => {
      const reason = error instanceof MailNotSentError || error instanceof SmsNotSentError ? error.reason : 'UNKNOWN';
      log.warn(`the confirmation of a request to join could not be sent by ${person.contactKind === 'EMAIL' ? 'mail' : 'text'}; the request stays`, { reason });
    };
    if (person.contactKind === 'EMAIL') {
      afterCommit(db, () => mailer.send({ to, locale: language, template: 'joinConfirmation', values: { group: group.name, link } }).catch(failed));
      return;
    }
    // A number written without its country code is taken to be in the group's country.
    if (sms) afterCommit(db, () => sms.send({ to, country: group.country, locale: language, template: 'joinConfirmation', values: { link } }).catch(failed));
  }
}

/** How many have asked to join a group and were not declined (nor are past their time): "4 of 6" against its forming minimum. */
export async function signedUp(db: EntityManager, groupId: string, now: Date): Promise<number> {
  const [row] = (await db.query(`SELECT count(*)::int AS count FROM join_requests WHERE group_id = $1 AND status <> 'DECLINED' AND ${deletionTimeSql('join_requests')} > $2`, [groupId, now])) as { count: number }[];
  return row?.count ?? 0;
}

/** Each problem of the typed fields at its field (text that cannot be stored as written among them). */
function fieldProblems(input: AskToJoinInput): InputProblem[] {
  return joinRequestProblems({ alias: input.alias, contactKind: input.contactKind, contact: input.contact, message: input.message ?? null, consentVersion: input.consentVersion ?? null });
}

/**
 * The operations of a person's link answer only a POST: a GET's answer may be kept by a shared
 * cache (public-cache.ts), and its URL, token and all, by every log on the way.
 */
function refuseGet(context: Context): void {
  if (context.http.method !== 'POST') throw new AppError('POST_REQUIRED', undefined, { http: { status: 405, headers: new Map([['allow', 'POST']]) } });
}
