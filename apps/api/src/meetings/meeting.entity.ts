import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MeetingStatus } from '@groupfinder/domain';

/** One meeting of the coming weeks, expanded from a group's schedule so that SQL can filter and sort on it. */
@Entity({ name: 'meetings' })
export class MeetingEntity {
  @PrimaryColumn({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @PrimaryColumn({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** ISO weekday (Monday 1) in the group's own time zone. */
  @Column({ name: 'local_weekday', type: 'smallint' })
  localWeekday: number;

  /** Minutes after local midnight in the group's own time zone. */
  @Column({ name: 'local_minute', type: 'smallint' })
  localMinute: number;

  @Column({ type: 'text' })
  status: MeetingStatus;
}
