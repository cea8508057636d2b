import { RETENTION } from '@groupfinder/domain';
import type { DataSource } from 'typeorm';
import type { ScheduledJob } from '../jobs/jobs';
import { logger } from '../kernel/logger';

const log = logger('joining');

/** What one run deleted. */
export interface RetentionCount {
  joinRequests: number;
  groupMessages: number;
}

/**
 * When a request to join is deleted, as SQL on the join_requests row `alias`: the first of its own
 * deletion time (delete_after: its organisation's retention after it last changed, set when it is
 * stored or changed), its organisation's retention after its last change (should the organisation
 * have shortened it since), and RETENTION.afterGroupEndsDays after its group ended. What the queue
 * and the person are shown, and what deleteExpired deletes by. Whole days of 24 hours, as the API
 * counts delete_after.
 */
export function deletionTimeSql(alias: string): string {
  return `(SELECT LEAST(${alias}.delete_after, ${alias}.updated_at + o.request_retention_days * interval '24 hours', g.ended_at + ${RETENTION.afterGroupEndsDays} * interval '24 hours')
     FROM groups g JOIN organisations o ON o.id = g.organisation_id WHERE g.id = ${alias}.group_id)`;
}

/**
 * Deletes, as of `now`, every request to join that is past its time (deletionTimeSql), and every
 * message to a group past its grace (its delete_after: delivered, or given up on, plus
 * RETENTION.messageAfterDeliveryDays).
 *
 * Deleting the row deletes every copy the database holds: its sealed values and the blind index
 * of its contact are columns of it, and the job queue only ever held its id. Each request deleted
 * is audited as DELETED by no one (the system). One transaction: all of it or none.
 */
export async function deleteExpired(dataSource: DataSource, now: Date): Promise<RetentionCount> {
  return dataSource.transaction(async (db) => {
    const [requests] = (await db.query(
      `WITH gone AS (
         DELETE FROM join_requests r USING groups g
         WHERE g.id = r.group_id AND ${deletionTimeSql('r')} <= $1
         RETURNING r.id, r.group_id, g.organisation_id
       ), audited AS (
         INSERT INTO personal_data_access (organisation_id, group_id, user_id, join_request_id, action, at)
         SELECT organisation_id, group_id, NULL, id, 'DELETED', $1 FROM gone
         RETURNING 1
       )
       SELECT count(*)::int AS deleted FROM audited`,
      [now],
    )) as { deleted: number }[];
    const [messages] = (await db.query(
      `WITH gone AS (DELETE FROM group_messages WHERE delete_after <= $1 RETURNING 1)
       SELECT count(*)::int AS deleted FROM gone`,
      [now],
    )) as { deleted: number }[];
    return { joinRequests: requests?.deleted ?? 0, groupMessages: messages?.deleted ?? 0 };
  });
}

/**
 * Every hour, what people sent that is past its time is deleted (issue 11, "Deleted on time"):
 * one run at a time however many API processes there are (the jobs module's queue).
 */
export const retentionJob: ScheduledJob = {
  name: 'join-retention',
  cron: '25 * * * *',
  periodSeconds: 60 * 60,
  expireInSeconds: 30 * 60,
  run: async ({ dataSource, now }) => {
    const deleted = await deleteExpired(dataSource, now);
    // Counts only: nothing of what was deleted.
    if (deleted.joinRequests + deleted.groupMessages > 0) log.info('deleted what people sent, its time being up', { ...deleted });
  },
};
