import { groupProblems, normaliseGroupFields, type EnrolmentState, type GroupFields } from '@groupfinder/domain';
import type { Locale } from '@groupfinder/translations';
import { isUUID } from 'class-validator';
import { In, Not, type EntityManager } from 'typeorm';
import type { Change } from '../../history/change.type';
import { createdFields, fieldChanges, revertedValues, sameValue, type HistoryService } from '../../history/history.service';
import { updateAtVersion } from '../../history/versioned-update';
import type { Author } from '../../kernel/context';
import { AppError, InvalidInput, type InputProblem } from '../../kernel/errors';
import { expandGroups } from '../../meetings/meeting.service';
import { MunicipalityEntity } from '../../municipalities/municipality.entity';
import { OrganisationEntity } from '../../organisations/organisation.entity';
import { UnitEntity } from '../../units/unit.entity';
import { VenueEntity } from '../../venues/venue.entity';
import { GroupEntity } from '../group.entity';
import { refreshSearchText } from '../search-text';

/** How a field is stored: its column and the column's type (`list`: a text array). */
export interface ColumnOf {
  column: string;
  type: 'uuid' | 'text' | 'jsonb' | 'list' | 'int2' | 'bool' | 'date';
}

/**
 * Where each field of a group is stored: the versioned UPDATE writes through it, and so does the
 * benchmark's bulk load (tools/bench/load.ts), so that a new field cannot be missed by either.
 */
export const GROUP_COLUMNS: Record<keyof GroupFields, ColumnOf> = {
  slug: { column: 'slug', type: 'text' },
  unitId: { column: 'unit_id', type: 'uuid' },
  venueId: { column: 'venue_id', type: 'uuid' },
  municipalityId: { column: 'municipality_id', type: 'uuid' },
  name: { column: 'name', type: 'jsonb' },
  description: { column: 'description', type: 'jsonb' },
  practicalNotes: { column: 'practical_notes', type: 'jsonb' },
  intakeText: { column: 'intake_text', type: 'jsonb' },
  topics: { column: 'topics', type: 'list' },
  audience: { column: 'audience', type: 'text' },
  ageBand: { column: 'age_band', type: 'text' },
  ageMin: { column: 'age_min', type: 'int2' },
  ageMax: { column: 'age_max', type: 'int2' },
  format: { column: 'format', type: 'text' },
  onlineJoinUrl: { column: 'online_join_url', type: 'text' },
  onlineJoinOnRequest: { column: 'online_join_on_request', type: 'bool' },
  languages: { column: 'languages', type: 'list' },
  method: { column: 'method', type: 'text' },
  promises: { column: 'promises', type: 'list' },
  facilitatorCount: { column: 'facilitator_count', type: 'int2' },
  starterMeetings: { column: 'starter_meetings', type: 'int2' },
  schedule: { column: 'schedule', type: 'jsonb' },
  enrolment: { column: 'enrolment', type: 'text' },
  formingMinimum: { column: 'forming_minimum', type: 'int2' },
  sizeMin: { column: 'size_min', type: 'int2' },
  sizeMax: { column: 'size_max', type: 'int2' },
  placesLeft: { column: 'places_left', type: 'int2' },
  waitingList: { column: 'waiting_list', type: 'bool' },
  pausedUntil: { column: 'paused_until', type: 'date' },
  contactName: { column: 'contact_name', type: 'text' },
  contactPhone: { column: 'contact_phone', type: 'text' },
  contactEmail: { column: 'contact_email', type: 'text' },
  contactUrl: { column: 'contact_url', type: 'text' },
};

/** The column of each field for the versioned UPDATE; `archivedAt` is changed by archive and restore only. */
const COLUMNS: Record<keyof GroupFields | 'archivedAt', string> = {
  ...(Object.fromEntries(Object.entries(GROUP_COLUMNS).map(([field, { column }]) => [field, column])) as Record<keyof GroupFields, string>),
  archivedAt: 'archived_at',
};
const FIELD_NAMES = Object.keys(COLUMNS).filter((field) => field !== 'archivedAt') as (keyof GroupFields)[];
/** Fields whose change alters what a visitor may type to find the group. */
const SEARCHED: readonly string[] = ['name', 'description', 'practicalNotes', 'topics', 'method', 'venueId', 'municipalityId'];

/** A group's editable fields as stored. */
export function fieldsOf(group: GroupEntity): GroupFields {
  return Object.fromEntries(FIELD_NAMES.map((field) => [field, group[field]])) as unknown as GroupFields;
}

/** Editors of a group: platform admins, its organisation's and unit's admins, and those it is assigned to. */
export function mayEditGroup(viewer: Author, group: Pick<GroupEntity, 'id' | 'organisationId' | 'unitId'>): boolean {
  const { scope } = viewer;
  return scope.platformAdmin || scope.organisationIds.includes(group.organisationId) || (group.unitId !== null && scope.unitIds.includes(group.unitId)) || scope.groupIds.includes(group.id);
}

/** What else follows a saved change of a group: told inside its transaction, after the change is written. */
export interface GroupEvents {
  /** Its enrolment changed, or it was archived or restored (a group that opens or ends tells those waiting for it). */
  enrolmentChanged?(db: EntityManager, groupId: string, change: { from: { enrolment: EnrolmentState; archived: boolean }; to: { enrolment: EnrolmentState; archived: boolean } }): void;
}

/**
 * The one write path of groups: create, update, archive and restore, each inside the request's unit
 * of work. Each checks the caller's scope (row-level security checks it again), refuses bad values
 * at their fields changing nothing, keeps the derived values true in the same transaction (search
 * text, meetings and the next meeting; the country by trigger) and records the change.
 */
export class GroupEditingService {
  constructor(
    private readonly history: HistoryService,
    private readonly events: GroupEvents = {},
  ) {}

  /** A group the viewer may edit; NOT_FOUND for others, whether or not it exists. */
  async editable(db: EntityManager, viewer: Author, id: string): Promise<GroupEntity> {
    const group = isUUID(id) ? await db.findOneBy(GroupEntity, { id }) : null;
    if (!group || !mayEditGroup(viewer, group)) throw new AppError('NOT_FOUND');
    return group;
  }

  /** The groups of an organisation the viewer may edit, archived ones too, by slug. */
  async list(db: EntityManager, viewer: Author, organisationId: string): Promise<GroupEntity[]> {
    const groups = await db.find(GroupEntity, { where: { organisationId }, order: { slug: 'ASC' } });
    return groups.filter((group) => mayEditGroup(viewer, group));
  }

  /** A new group of an organisation, in a unit the viewer administers (or the organisation's own, for its admins). `isDemo`: invented, for the demo data only. */
  async create(db: EntityManager, viewer: Author, organisationId: string, given: GroupFields, now: Date, { isDemo = false } = {}): Promise<GroupEntity> {
    const fields = normaliseGroupFields(given);
    const organisation = await db.findOneBy(OrganisationEntity, { id: organisationId });
    if (!organisation) throw new AppError('NOT_FOUND');
    if (organisation.archivedAt) throw new AppError('ARCHIVED');
    const { platformAdmin, organisationIds, unitIds } = viewer.scope;
    const administersUnit = unitIds.length > 0 && (await db.existsBy(UnitEntity, { id: In(unitIds), organisationId }));
    if (!platformAdmin && !organisationIds.includes(organisationId) && !administersUnit) throw new AppError('FORBIDDEN');
    await this.refuseProblems(db, viewer, organisation, null, fields);
    const saved = await db.save(db.create(GroupEntity, { ...fields, organisationId, isDemo, searchText: '' }));
    await this.derive(db, saved.id, now);
    await this.history.record(db, viewer, { entity: 'GROUP', entityId: saved.id, organisationId, unitId: fields.unitId }, { version: 1, fields: createdFields(fields), now });
    return db.findOneByOrFail(GroupEntity, { id: saved.id });
  }

  /** Saves the fields given, from `version` (CONFLICT when someone saved since); an archived group is refused until restored. */
  async update(db: EntityManager, viewer: Author, edit: Partial<GroupFields> & { id: string; version: number; archivedAt?: Date | null }, now: Date, reverts?: string): Promise<GroupEntity> {
    const { id, version, ...values } = edit;
    const current = await this.editable(db, viewer, id);
    if (current.version !== version) throw new AppError('CONFLICT', { version: current.version });
    if (current.archivedAt && !('archivedAt' in values)) throw new AppError('ARCHIVED');
    const next = normaliseGroupFields({ ...fieldsOf(current), ...values });
    const organisation = await db.findOneByOrFail(OrganisationEntity, { id: current.organisationId });
    await this.refuseProblems(db, viewer, organisation, current, next);
    const normalised = Object.fromEntries(Object.keys(values).map((field) => [field, field in next ? next[field as keyof GroupFields] : values[field as keyof typeof values]]));
    return this.save(db, viewer, current, normalised, now, reverts);
  }

  /** Takes a group out of the finder (its meetings too), keeping it and its history; undone by restore or by reverting the change. */
  async archive(db: EntityManager, viewer: Author, edit: { id: string; version: number }, now: Date): Promise<GroupEntity> {
    const current = await this.editable(db, viewer, edit.id);
    if (current.version !== edit.version) throw new AppError('CONFLICT', { version: current.version });
    return this.save(db, viewer, current, { archivedAt: now }, now);
  }

  /** Puts an archived group back in the finder. */
  async restore(db: EntityManager, viewer: Author, edit: { id: string; version: number }, now: Date): Promise<GroupEntity> {
    const current = await this.editable(db, viewer, edit.id);
    if (current.version !== edit.version) throw new AppError('CONFLICT', { version: current.version });
    return this.save(db, viewer, current, { archivedAt: null }, now);
  }

  /** Puts fields back as a change found them, from the current version: a change of its own, recorded as reverting `changeId`. */
  async revert(db: EntityManager, viewer: Author, id: string, values: Record<string, unknown>, changeId: string, now: Date): Promise<GroupEntity> {
    const { version } = await this.editable(db, viewer, id);
    return this.update(db, viewer, { ...(revertedValues(values) as Partial<GroupFields>), id, version }, now, changeId);
  }

  /** A group's changes, newest first, for its editors. */
  async changes(db: EntityManager, viewer: Author, id: string, locale: Locale): Promise<Change[]> {
    await this.editable(db, viewer, id);
    return this.history.list(db, 'GROUP', id, locale);
  }

  private async save(db: EntityManager, viewer: Author, current: GroupEntity, values: Partial<GroupFields> & { archivedAt?: Date | null }, now: Date, reverts?: string): Promise<GroupEntity> {
    const fields = fieldChanges<GroupFields & { archivedAt: Date | null }>(current, values);
    if (fields.length === 0) return current;
    const version = await updateAtVersion(db, { table: 'groups', id: current.id, version: current.version, columns: COLUMNS }, fields, now);
    const changed = new Set(fields.map((field) => field.field));
    await this.derive(db, current.id, now, { searchText: SEARCHED.some((field) => changed.has(field)), meetings: changed.has('schedule') || changed.has('archivedAt') });
    const unitId = values.unitId !== undefined ? values.unitId : current.unitId;
    await this.history.record(db, viewer, { entity: 'GROUP', entityId: current.id, organisationId: current.organisationId, unitId }, { version, fields, now, reverts });
    if (changed.has('enrolment') || changed.has('archivedAt')) {
      const after = { enrolment: values.enrolment ?? current.enrolment, archivedAt: values.archivedAt !== undefined ? values.archivedAt : current.archivedAt };
      this.events.enrolmentChanged?.(db, current.id, { from: { enrolment: current.enrolment, archived: current.archivedAt !== null }, to: { enrolment: after.enrolment, archived: after.archivedAt !== null } });
    }
    return db.findOneByOrFail(GroupEntity, { id: current.id });
  }

  /** The values kept from the fields, in the same transaction. */
  private async derive(db: EntityManager, id: string, now: Date, what = { searchText: true, meetings: true }): Promise<void> {
    if (what.searchText) await refreshSearchText(db, { id });
    if (what.meetings) await expandGroups(db, [id], now);
  }

  /** The domain's rules, and what needs the database: a free slug, the organisation's own venue, unit and a known municipality. */
  private async refuseProblems(db: EntityManager, viewer: Author, organisation: OrganisationEntity, current: GroupEntity | null, fields: GroupFields): Promise<void> {
    const problems: InputProblem[] = groupProblems(fields);
    const changed = (field: keyof GroupFields) => !current || !sameValue(current[field], fields[field]);
    if (changed('slug') && !problems.some((problem) => problem.field === 'slug')) {
      if (await db.existsBy(GroupEntity, { slug: fields.slug, ...(current ? { id: Not(current.id) } : {}) })) problems.push({ field: 'slug', code: 'SLUG_TAKEN' });
    }
    if (fields.venueId !== null && changed('venueId')) {
      const venue = isUUID(fields.venueId) ? await db.findOneBy(VenueEntity, { id: fields.venueId }) : null;
      if (!venue || venue.organisationId !== organisation.id || venue.archivedAt) problems.push({ field: 'venueId', code: 'VENUE_INVALID' });
    }
    if (changed('unitId')) {
      const unit = fields.unitId !== null && isUUID(fields.unitId) ? await db.findOneBy(UnitEntity, { id: fields.unitId }) : null;
      const mayPlace = viewer.scope.platformAdmin || viewer.scope.organisationIds.includes(organisation.id) || (unit !== null && viewer.scope.unitIds.includes(unit.id));
      if ((fields.unitId !== null && (unit?.organisationId !== organisation.id || unit.archivedAt)) || !mayPlace) problems.push({ field: 'unitId', code: 'UNIT_INVALID' });
    }
    if (fields.municipalityId !== null && changed('municipalityId') && !(isUUID(fields.municipalityId) && (await db.existsBy(MunicipalityEntity, { id: fields.municipalityId })))) {
      problems.push({ field: 'municipalityId', code: 'MUNICIPALITY_INVALID' });
    }
    if (problems.length > 0) throw new InvalidInput(problems);
  }
}
