import { meetingsBetween, type Meeting } from '@groupfinder/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { GroupEntity } from '../groups/group.entity';
import { MeetingEntity } from './meeting.entity';

/** How far ahead meetings are expanded: enough for weekday filters, "starting soon" and the next meeting of monthly groups. */
export const MEETING_HORIZON_DAYS = 92;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The local weekday and minute of a meeting, read from its ISO start with offset ("2026-03-30T19:00:00+02:00"). */
export function localSlot(meeting: Meeting): { localWeekday: number; localMinute: number } {
  const [date = '', time = ''] = meeting.start.split('T');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return { localWeekday: weekday === 0 ? 7 : weekday, localMinute: hour * 60 + minute };
}

export class MeetingService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Re-expands the meetings of the given groups (all when none given) from `now` over the
   * horizon, and stores each group's next meeting that is not cancelled.
   */
  async refresh(groupIds?: string[], now = new Date(), manager: EntityManager = this.dataSource.manager): Promise<void> {
    const groups = await manager.getRepository(GroupEntity).find({
      select: { id: true, schedule: true },
      where: groupIds ? { id: In(groupIds) } : {},
    });
    const until = new Date(now.getTime() + MEETING_HORIZON_DAYS * DAY_MS);
    const rows: MeetingEntity[] = [];
    const next = new Map<string, Date | null>();
    for (const group of groups) {
      const meetings = group.schedule ? meetingsBetween(group.schedule, now, until) : [];
      for (const meeting of meetings) {
        rows.push(
          manager.create(MeetingEntity, {
            groupId: group.id,
            startsAt: new Date(meeting.start),
            endsAt: new Date(meeting.end),
            status: meeting.status,
            ...localSlot(meeting),
          }),
        );
      }
      const upcoming = meetings.find((meeting) => meeting.status !== 'CANCELLED');
      next.set(group.id, upcoming ? new Date(upcoming.start) : null);
    }
    await manager.transaction(async (transaction) => {
      const ids = groups.map((group) => group.id);
      if (ids.length === 0) return;
      await transaction.query(`DELETE FROM meetings WHERE group_id = ANY($1::uuid[])`, [ids]);
      for (let index = 0; index < rows.length; index += 1000) await transaction.insert(MeetingEntity, rows.slice(index, index + 1000));
      await transaction.query(
        `UPDATE groups g SET next_meeting_at = n.next FROM unnest($1::uuid[], $2::timestamptz[]) AS n(id, next) WHERE g.id = n.id`,
        [[...next.keys()], [...next.values()].map((date) => date?.toISOString() ?? null)],
      );
    });
  }
}
