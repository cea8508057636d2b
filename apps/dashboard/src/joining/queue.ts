import type { JoinRequestStatus } from '@groupfinder/domain';
import type { ChangeJoinRequestInput } from '../gql/graphql';

/** What an admin changes on a request to join: where it stands, and their own note. */
export interface EntryValues {
  readonly status: JoinRequestStatus;
  /** As typed; '' for none. */
  readonly note: string;
}

export function entryValues(entry: { readonly status: JoinRequestStatus; readonly note?: string | null }): EntryValues {
  return { status: entry.status, note: entry.note ?? '' };
}

/**
 * What to send for a change: the request, the version the change started from (CONFLICT when
 * someone saved since), and only the fields changed since `base`; a note emptied is sent as ''.
 */
export function entryChange(id: string, version: number, base: EntryValues, values: EntryValues): ChangeJoinRequestInput {
  return {
    id,
    version,
    ...(values.status !== base.status ? { status: values.status } : {}),
    ...(values.note.trim() !== base.note.trim() ? { note: values.note.trim() } : {}),
  };
}

/** How far a queue is: those signed up (all but the declined) and those accepted, counted from its requests. */
export function queueCounts(requests: readonly { readonly status: JoinRequestStatus }[]): { readonly signedUp: number; readonly accepted: number } {
  return {
    signedUp: requests.filter(({ status }) => status !== 'DECLINED').length,
    accepted: requests.filter(({ status }) => status === 'ACCEPTED').length,
  };
}

/**
 * The group's places left once accepting took places or declining gave them back on this page:
 * the API counts them so (a place per person accepted, never more than the group's size), and the
 * queue is not asked again for that, as each read of it is logged.
 */
export function placesLeftNow(queue: { readonly placesLeft?: number | null; readonly accepted: number; readonly sizeMax?: number | null }, acceptedNow: number): number | null {
  if (queue.placesLeft == null) return null;
  return Math.max(0, Math.min(queue.placesLeft - (acceptedNow - queue.accepted), queue.sizeMax ?? Number.MAX_SAFE_INTEGER));
}

/** The name of an exported queue's file: the group's name made safe for any file system, and the day. */
export function exportFileName(groupName: string, now: Date): string {
  const name = groupName
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
  return `${name || 'group'} ${day}.csv`;
}
