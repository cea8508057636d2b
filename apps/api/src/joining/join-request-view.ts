import type { ContactKind, JoinRequestKind, JoinRequestStatus, Language } from '@groupfinder/domain';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../kernel/context';
import type { KeyRing } from '../privacy/sealed';
import { sealedPlace } from '../privacy/sealed-columns';
import { JoinRequest, type PersonalDataAction } from './queue.types';
import { deletionTimeSql } from './retention.job';

/** A request to join as stored: its personal values sealed. */
export interface RequestRow {
  id: string;
  group_id: string;
  kind: JoinRequestKind;
  status: JoinRequestStatus;
  alias_sealed: string;
  contact_kind: ContactKind;
  contact_sealed: string;
  message_sealed: string | null;
  note_sealed: string | null;
  language: Language;
  version: number;
  created_at: Date;
  updated_at: Date;
  delete_after: Date;
}

/** The columns of a RequestRow from join_requests as `alias`; its delete_after is when it is deleted (deletionTimeSql), its group's end counted. */
export function requestColumns(alias = 'join_requests'): string {
  return ['id', 'group_id', 'kind', 'status', 'alias_sealed', 'contact_kind', 'contact_sealed', 'message_sealed', 'note_sealed', 'language', 'version', 'created_at', 'updated_at']
    .map((column) => `${alias}.${column}`)
    .concat(`${deletionTimeSql(alias)} AS delete_after`)
    .join(', ');
}

/** A request as the admins of its group see it: what the person sent, opened, and the group's name as they read it. */
export function openJoinRequest(keys: KeyRing, row: RequestRow, groupName: string): JoinRequest {
  const open = (column: string, sealed: string | null) => (sealed === null ? null : keys.open(sealed, sealedPlace('join_requests', column, row.id)));
  return Object.assign(new JoinRequest(), {
    id: row.id,
    groupName,
    version: row.version,
    kind: row.kind,
    status: row.status,
    alias: open('alias_sealed', row.alias_sealed) as string,
    contactKind: row.contact_kind,
    contact: open('contact_sealed', row.contact_sealed) as string,
    message: open('message_sealed', row.message_sealed),
    note: open('note_sealed', row.note_sealed),
    language: row.language,
    askedAt: row.created_at,
    updatedAt: row.updated_at,
    deleteAfter: row.delete_after,
  });
}

/** An entry of the audit: which entry of which group. */
export interface AccessedEntry {
  id: string;
  group_id: string;
}

/** Who did what with which entries, as the acting admin (row-level security lets nobody write it for another); never what they say. */
export async function recordAccess(db: EntityManager, viewer: Viewer, organisationId: string, entries: readonly AccessedEntry[], action: PersonalDataAction, now: Date): Promise<void> {
  if (entries.length === 0) return;
  await db.query(
    `INSERT INTO personal_data_access (organisation_id, group_id, user_id, join_request_id, action, at)
     SELECT $1, entry.group_id, $2, entry.id, $5, $6 FROM unnest($3::uuid[], $4::uuid[]) AS entry (id, group_id)`,
    [organisationId, viewer.userId, entries.map((entry) => entry.id), entries.map((entry) => entry.group_id), action, now],
  );
}
