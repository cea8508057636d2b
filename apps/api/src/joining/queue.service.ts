import { COUNTRY_TIME_ZONES, joinNoteProblems, joinWay, localDateTimeOf, type Country, type EnrolmentState, type Language, type TranslatedText } from '@groupfinder/domain';
import { translate } from '@groupfinder/translations';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { GroupEditingService } from '../groups/editing/group-editing.service';
import { signedIn } from '../kernel/access';
import type { Author, Context, Scope, Viewer } from '../kernel/context';
import { AppError, InvalidInput } from '../kernel/errors';
import { OrganisationEntity } from '../organisations/organisation.entity';
import type { KeyRing } from '../privacy/sealed';
import { sealedPlace } from '../privacy/sealed-columns';
import { groupNameIn, type JoinNotifier } from './notify';
import { toCsv } from './queue.csv';
import type { ChangeJoinRequestInput, PersonalDataAccessArgs } from './queue.inputs';
import { openJoinRequest, recordAccess, requestColumns, type RequestRow } from './join-request-view';
import { deletionTimeSql } from './retention.job';
import { JoinQueue, PersonalDataAccessEntry, type JoinRequest, type PersonalDataAction } from './queue.types';

export interface QueueServiceOptions {
  keys: KeyRing;
  notifier: JoinNotifier;
  /** The write path of groups: accepting someone changes a group's places left through it (version and history). */
  groups: GroupEditingService;
}

const TABLE = 'join_requests';
const DAY_MS = 86_400_000;

/** What the queue needs of a group and its organisation. */
interface QueueGroup {
  id: string;
  organisationId: string;
  unitId: string | null;
  version: number;
  name: TranslatedText;
  slug: string;
  country: Country;
  enrolment: EnrolmentState;
  waitingList: boolean;
  formingMinimum: number | null;
  sizeMax: number | null;
  placesLeft: number | null;
  defaultLanguage: Language;
  organisationName: string;
  retentionDays: number;
}

interface GroupRow {
  id: string;
  organisation_id: string;
  unit_id: string | null;
  version: number;
  name: TranslatedText;
  slug: string;
  country: Country;
  enrolment: EnrolmentState;
  waiting_list: boolean;
  forming_minimum: number | null;
  size_max: number | null;
  places_left: number | null;
  default_language: Language;
  organisation_name: string;
  request_retention_days: number;
}

const REQUEST_COLUMNS = requestColumns();
const DELETION_TIME = deletionTimeSql('join_requests');

/** The columns of the export, in order; their headers are `joinQueueExport.<column>` in the caller's language. */
const EXPORT_COLUMNS = ['askedAt', 'kind', 'status', 'alias', 'contactKind', 'contact', 'language', 'message', 'note', 'updatedAt', 'deleteAfter'] as const;

/**
 * Who works a group's queue: the admins of its organisation or of its unit. Not its editors, and
 * not platform admins: the organisation is the controller of what people send it (row-level
 * security on join_requests says the same).
 */
export function administersGroup(scope: Scope, group: { organisationId: string; unitId: string | null }): boolean {
  return scope.organisationIds.includes(group.organisationId) || (group.unitId !== null && scope.unitIds.includes(group.unitId));
}

/**
 * The organisation's queue (issue 11): the requests to join a group, opened for its admins, their
 * status and note, the group's places, the export, and the audit of every read, export, change
 * and deletion. Everything runs as the signed-in admin in the request's unit of work, so row-level
 * security checks each statement again; the audit is written as that admin and holds which entry,
 * never what it says.
 */
export class QueueService {
  constructor(private readonly options: QueueServiceOptions) {}

  /** A group's queue in order of arrival; each entry shown is audited as VIEWED. NOT_FOUND for anyone but its admins. */
  async queue(context: Context, groupId: string): Promise<JoinQueue> {
    const viewer = signedIn(context);
    const group = await this.administeredGroup(context.db, viewer, groupId);
    const rows = await this.requestsOf(context.db, group.id, context.now);
    await recordAccess(context.db, viewer, group.organisationId, rows, 'VIEWED', context.now);
    const groupName = groupNameIn(group.name, context.locale, group.defaultLanguage, group.slug);
    return Object.assign(new JoinQueue(), {
      groupId: group.id,
      groupName,
      joinWay: joinWay(group),
      formingMinimum: group.formingMinimum,
      signedUp: rows.filter((row) => row.status !== 'DECLINED').length,
      accepted: rows.filter((row) => row.status === 'ACCEPTED').length,
      sizeMax: group.sizeMax,
      placesLeft: group.placesLeft,
      requests: rows.map((row) => openJoinRequest(this.options.keys, row, groupName)),
    });
  }

  /**
   * The queue as CSV, for a spreadsheet, in the admin's language: kinds, statuses and languages in
   * words, times in the group's country's local time; each entry is audited as EXPORTED.
   */
  async export(context: Context, groupId: string): Promise<string> {
    const viewer = signedIn(context);
    const group = await this.administeredGroup(context.db, viewer, groupId);
    const rows = await this.requestsOf(context.db, group.id, context.now);
    await recordAccess(context.db, viewer, group.organisationId, rows, 'EXPORTED', context.now);
    const header = EXPORT_COLUMNS.map((column) => translate(context.locale, `joinQueueExport.${column}`));
    const groupName = groupNameIn(group.name, context.locale, group.defaultLanguage, group.slug);
    const zone = COUNTRY_TIME_ZONES[group.country];
    const lines = rows.map((row) => {
      const request = openJoinRequest(this.options.keys, row, groupName);
      const values: Record<(typeof EXPORT_COLUMNS)[number], string | null> = {
        askedAt: localDateTimeOf(request.askedAt, zone),
        kind: translate(context.locale, `dashboard.queue.kind.${request.kind}`),
        status: translate(context.locale, `dashboard.queue.status.${request.status}`),
        alias: request.alias,
        contactKind: translate(context.locale, `joinQueueExport.contactKind.${request.contactKind}`),
        contact: request.contact,
        language: translate(context.locale, `language.${request.language}`),
        message: request.message,
        note: request.note,
        updatedAt: localDateTimeOf(request.updatedAt, zone),
        deleteAfter: localDateTimeOf(request.deleteAfter, zone),
      };
      return EXPORT_COLUMNS.map((column) => values[column]);
    });
    return toCsv([header, ...lines]);
  }

  /**
   * Changes a request's status or note from `version` (CONFLICT when someone changed it since).
   * Accepting takes one of the group's places, with the group's row locked so that accepts take
   * turns: GROUP_FULL when its size or its places left would be exceeded. Every change starts the
   * request's retention time again, is audited as CHANGED, and an acceptance is mailed to the
   * person once it is committed.
   */
  async change(context: Context, input: ChangeJoinRequestInput): Promise<JoinRequest> {
    const viewer = signedIn(context);
    const { db, now } = context;
    // Left out or null: as it is; blank: removed.
    const note = input.note === undefined || input.note === null ? undefined : input.note.trim() === '' ? null : input.note.trim();
    if (note) {
      const problems = joinNoteProblems(note);
      if (problems.length > 0) throw new InvalidInput(problems);
    }
    const row = await this.administeredRequest(db, viewer, input.id, now);
    if (row.version !== input.version) throw new AppError('CONFLICT', { version: row.version });
    const status = input.status ?? row.status;
    const noteChanged = note !== undefined && note !== this.opened(row, 'note_sealed', row.note_sealed);
    const movesAPlace = status !== row.status && (status === 'ACCEPTED' || row.status === 'ACCEPTED');
    const group = await this.groupOf(db, row.group_id, { lock: movesAPlace });
    if (status === row.status && !noteChanged) {
      // Nothing to change: the answer still shows the entry.
      await recordAccess(db, viewer, group.organisationId, [row], 'VIEWED', now);
      return openJoinRequest(this.options.keys, row, groupNameIn(group.name, context.locale, group.defaultLanguage, group.slug));
    }
    if (movesAPlace) await this.movePlace(db, viewer, group, status === 'ACCEPTED' ? 'take' : 'give back', now);
    const noteSealed = note === undefined ? row.note_sealed : note === null ? null : this.options.keys.seal(note, sealedPlace(TABLE, 'note_sealed', row.id));
    const [updated] = (
      (await db.query(
        `UPDATE join_requests SET status = $3, note_sealed = $4, version = version + 1, updated_at = $5, delete_after = $6
         WHERE id = $1 AND version = $2 RETURNING ${REQUEST_COLUMNS}`,
        [row.id, row.version, status, noteSealed, now, new Date(now.getTime() + group.retentionDays * DAY_MS)],
      )) as [RequestRow[], number]
    )[0];
    // Someone changed it between the read and the update: the whole change, places and all, is rolled back.
    if (!updated) throw new AppError('CONFLICT', { version: await this.currentVersion(db, row.id, row.version) });
    await recordAccess(db, viewer, group.organisationId, [row], 'CHANGED', now);
    if (status === 'ACCEPTED' && row.status !== 'ACCEPTED') {
      const person = { contactKind: row.contact_kind, contact: this.opened(row, 'contact_sealed', row.contact_sealed) as string, language: row.language };
      this.options.notifier.accepted(db, person, { name: group.name, slug: group.slug, defaultLanguage: group.defaultLanguage, organisation: group.organisationName });
    }
    return openJoinRequest(this.options.keys, updated, groupNameIn(group.name, context.locale, group.defaultLanguage, group.slug));
  }

  /** Deletes a request from `version` at once (its sealed values and blind index with it); the audit's DELETED entry stays. */
  async delete(context: Context, input: { id: string; version: number }): Promise<boolean> {
    const viewer = signedIn(context);
    const { db, now } = context;
    // Past its time too: it goes either way.
    const row = await this.administeredRequest(db, viewer, input.id, null);
    if (row.version !== input.version) throw new AppError('CONFLICT', { version: row.version });
    const group = await this.groupOf(db, row.group_id, { lock: row.status === 'ACCEPTED' });
    const [, deleted] = (await db.query(`DELETE FROM join_requests WHERE id = $1 AND version = $2`, [row.id, row.version])) as [unknown, number];
    if (!deleted) throw new AppError('CONFLICT', { version: await this.currentVersion(db, row.id, row.version) });
    if (row.status === 'ACCEPTED') await this.movePlace(db, viewer, group, 'give back', now);
    await recordAccess(db, viewer, group.organisationId, [row], 'DELETED', now);
    return true;
  }

  /** The places of people accepted whose requests are gone (withdrawn, erased): given back, one each, in each group. */
  async givePlacesBack(db: EntityManager, author: Author, groupIds: readonly string[], now: Date): Promise<void> {
    for (const groupId of groupIds) await this.movePlace(db, author, await this.groupOf(db, groupId, { lock: true }), 'give back', now);
  }

  /**
   * The audit of an organisation's requests, newest first, for its admins (FORBIDDEN for others,
   * unit admins too: the audit covers the whole organisation). A page holds `first` entries, and
   * any more from the instant of its last one, so that the next page (`before` that instant) misses none.
   */
  async personalDataAccess(context: Context, args: PersonalDataAccessArgs): Promise<PersonalDataAccessEntry[]> {
    const viewer = signedIn(context);
    const { db } = context;
    const organisation = await db.findOneBy(OrganisationEntity, { slug: args.organisationSlug });
    if (!organisation) throw new AppError('NOT_FOUND');
    if (!viewer.scope.organisationIds.includes(organisation.id)) throw new AppError('FORBIDDEN');
    type AuditRow = { id: string; at: Date; action: PersonalDataAction; join_request_id: string; user_id: string | null; group_id: string | null };
    const select = `SELECT a.id, a.at, a.action, a.join_request_id, a.user_id, coalesce(a.group_id, r.group_id) AS group_id
      FROM personal_data_access a LEFT JOIN join_requests r ON r.id = a.join_request_id WHERE a.organisation_id = $1`;
    const page = (await db.query(`${select} AND ($2::timestamptz IS NULL OR a.at < $2) ORDER BY a.at DESC, a.id DESC LIMIT $3`, [organisation.id, args.before ?? null, args.first])) as AuditRow[];
    const last = page.at(-1);
    if (last && page.length === args.first) {
      page.push(...((await db.query(`${select} AND a.at = $2 AND a.id < $3 ORDER BY a.id DESC`, [organisation.id, last.at, last.id])) as AuditRow[]));
    }
    const userIds = [...new Set(page.flatMap((row) => (row.user_id ? [row.user_id] : [])))];
    const groupIds = [...new Set(page.flatMap((row) => (row.group_id ? [row.group_id] : [])))];
    // Who did it, also someone who has since left the organisation (whose account only they and platform admins may read otherwise).
    const users = userIds.length
      ? ((await context.asSystem((system) => system.query(`SELECT id, name, email FROM users WHERE id = ANY ($1::uuid[])`, [userIds]))) as { id: string; name: string; email: string }[])
      : [];
    const groups = groupIds.length
      ? ((await db.query(`SELECT g.id, g.name, g.slug, o.default_language FROM groups g JOIN organisations o ON o.id = g.organisation_id WHERE g.id = ANY ($1::uuid[])`, [groupIds])) as {
          id: string;
          name: TranslatedText;
          slug: string;
          default_language: Language;
        }[])
      : [];
    const by = new Map(users.map((user) => [user.id, user.name.trim() || user.email]));
    const groupNames = new Map(groups.map((group) => [group.id, groupNameIn(group.name, context.locale, group.default_language, group.slug)]));
    return page.map((row) =>
      Object.assign(new PersonalDataAccessEntry(), {
        at: row.at,
        action: row.action,
        joinRequestId: row.join_request_id,
        by: (row.user_id && by.get(row.user_id)) || null,
        groupName: (row.group_id && groupNames.get(row.group_id)) || null,
      }),
    );
  }

  /** A group whose queue the viewer works; NOT_FOUND for any other, whether or not it exists. */
  private async administeredGroup(db: EntityManager, viewer: Viewer, id: string): Promise<QueueGroup> {
    const group = isUUID(id) ? await this.groupOf(db, id, { missing: 'null' }) : null;
    if (!group || !administersGroup(viewer.scope, group)) throw new AppError('NOT_FOUND');
    return group;
  }

  /** A request the viewer may work on (not past its time, unless `now` is null); NOT_FOUND otherwise. Row-level security hides the rest as well. */
  private async administeredRequest(db: EntityManager, viewer: Viewer, id: string, now: Date | null): Promise<RequestRow> {
    const [row] = isUUID(id)
      ? ((await db.query(`SELECT ${REQUEST_COLUMNS} FROM join_requests WHERE id = $1 AND ($2::timestamptz IS NULL OR ${DELETION_TIME} > $2)`, [id, now])) as RequestRow[])
      : [];
    if (!row) throw new AppError('NOT_FOUND');
    const [group] = (await db.query(`SELECT organisation_id, unit_id FROM groups WHERE id = $1`, [row.group_id])) as { organisation_id: string; unit_id: string | null }[];
    if (!group || !administersGroup(viewer.scope, { organisationId: group.organisation_id, unitId: group.unit_id })) throw new AppError('NOT_FOUND');
    return row;
  }

  private async groupOf(db: EntityManager, id: string, options: { lock?: boolean; missing: 'null' }): Promise<QueueGroup | null>;
  private async groupOf(db: EntityManager, id: string, options?: { lock?: boolean }): Promise<QueueGroup>;
  /** A group with its organisation's name and retention time; `lock`: its row locked until the transaction ends (accepts take turns). */
  private async groupOf(db: EntityManager, id: string, { lock = false, missing }: { lock?: boolean; missing?: 'null' } = {}): Promise<QueueGroup | null> {
    const [row] = (await db.query(
      `SELECT g.id, g.organisation_id, g.unit_id, g.version, g.name, g.slug, g.country, g.enrolment, g.waiting_list, g.forming_minimum, g.size_max, g.places_left,
         o.default_language, o.name AS organisation_name, o.request_retention_days
       FROM groups g JOIN organisations o ON o.id = g.organisation_id WHERE g.id = $1 ${lock ? 'FOR UPDATE OF g' : ''}`,
      [id],
    )) as GroupRow[];
    if (!row) {
      if (missing === 'null') return null;
      throw new AppError('NOT_FOUND');
    }
    return {
      id: row.id,
      organisationId: row.organisation_id,
      unitId: row.unit_id,
      version: row.version,
      name: row.name,
      slug: row.slug,
      country: row.country,
      enrolment: row.enrolment,
      waitingList: row.waiting_list,
      formingMinimum: row.forming_minimum,
      sizeMax: row.size_max,
      placesLeft: row.places_left,
      defaultLanguage: row.default_language,
      organisationName: row.organisation_name,
      retentionDays: Number(row.request_retention_days),
    };
  }

  /**
   * Takes a place for someone accepted, or gives it back when they are no longer: refused with
   * GROUP_FULL when as many are accepted as the group's size, or no place is left. The group's
   * places left (when it counts them) change through its write path: a new version, in its history.
   * The group's row is locked by the caller. A place given back goes to the group: a request that
   * merely reaches the end of its retention time keeps it (the person is still in the group).
   */
  private async movePlace(db: EntityManager, viewer: Author, group: QueueGroup, move: 'take' | 'give back', now: Date): Promise<void> {
    let placesLeft = group.placesLeft;
    if (move === 'take') {
      const [{ count }] = (await db.query(`SELECT count(*)::int AS count FROM join_requests WHERE group_id = $1 AND status = 'ACCEPTED' AND ${DELETION_TIME} > $2`, [group.id, now])) as [{ count: number }];
      if ((group.sizeMax !== null && count >= group.sizeMax) || placesLeft === 0) throw new AppError('GROUP_FULL');
      if (placesLeft !== null) placesLeft -= 1;
    } else if (placesLeft !== null) {
      placesLeft = Math.min(placesLeft + 1, group.sizeMax ?? Number.MAX_SAFE_INTEGER);
    }
    if (placesLeft !== group.placesLeft) await this.options.groups.update(db, viewer, { id: group.id, version: group.version, placesLeft }, now);
  }

  /** The requests to a group not past their time, in order of arrival. */
  private requestsOf(db: EntityManager, groupId: string, now: Date): Promise<RequestRow[]> {
    return db.query(`SELECT ${REQUEST_COLUMNS} FROM join_requests WHERE group_id = $1 AND ${DELETION_TIME} > $2 ORDER BY created_at, id`, [groupId, now]) as Promise<RequestRow[]>;
  }

  private async currentVersion(db: EntityManager, id: string, fallback: number): Promise<number> {
    const [row] = (await db.query(`SELECT version FROM join_requests WHERE id = $1`, [id])) as { version: number }[];
    return row?.version ?? fallback;
  }

  private opened(row: RequestRow, column: string, sealed: string | null): string | null {
    return sealed === null ? null : this.options.keys.open(sealed, sealedPlace(TABLE, column, row.id));
  }

}
