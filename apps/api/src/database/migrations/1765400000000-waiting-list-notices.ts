import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What those waiting for a group were last told (joining/waiting-list-notice.job.ts): that it
 * opened, or that it ended. A change of the group's enrolment is told a while after it was saved,
 * once, and only if it still holds: a slip undone within minutes tells nobody. Read and written by
 * the job alone, as the system: row-level security on, and no policy, so no request ever sees it.
 *
 * A group's end (ended_at, from which its requests are deleted and which their people are told)
 * is taken from the API's clock, as every other time of a change is: when it was archived, else
 * when the change that ended it was saved (updated_at); from the database's clock only for a change
 * made outside the API (updated_at left as it was).
 */
export class WaitingListNotices1765400000000 implements MigrationInterface {
  name = 'WaitingListNotices1765400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE waiting_list_notices (
        group_id uuid PRIMARY KEY REFERENCES groups (id) ON DELETE CASCADE,
        told text NOT NULL CHECK (told IN ('OPENED', 'ENDED')),
        told_at timestamptz NOT NULL
      )`);
    await runner.query(`ALTER TABLE waiting_list_notices ENABLE ROW LEVEL SECURITY`);
    await runner.query(
      endedAtFunction(`COALESCE(
          CASE WHEN NEW.enrolment <> 'ENDED' THEN NEW.archived_at END,
          CASE WHEN TG_OP = 'INSERT' THEN NEW.updated_at WHEN NEW.updated_at IS DISTINCT FROM OLD.updated_at THEN NEW.updated_at END,
          now())`),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(endedAtFunction('now()'));
    await runner.query(`DROP TABLE waiting_list_notices`);
  }
}

/** The trigger function of groups.ended_at (1764900000000-join-retention.ts), with `endedNow` as the time a group that ends now ended. */
function endedAtFunction(endedNow: string): string {
  return `
    CREATE OR REPLACE FUNCTION groups_set_ended_at() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.enrolment = 'ENDED' OR NEW.archived_at IS NOT NULL THEN
        NEW.ended_at := COALESCE(CASE WHEN TG_OP = 'UPDATE' THEN OLD.ended_at END, ${endedNow});
      ELSE
        NEW.ended_at := NULL;
      END IF;
      RETURN NEW;
    END $$`;
}
