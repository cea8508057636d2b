import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './1764300000000-accounts';

/**
 * How far the meetings table is expanded, so that the daily roll-forward adds only the days the
 * horizon newly covers instead of expanding every schedule again, and so that a roll-forward that
 * stopped half-way (a crash, an expired job) is finished where it stopped. One row, written by the
 * owner only (the job); a request reads it when a change expands one group's meetings again.
 * Until the first roll-forward, `expanded_until` is null: that run expands every group.
 */
export class MeetingsHorizon1764500000000 implements MigrationInterface {
  name = 'MeetingsHorizon1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE meetings_horizon (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        -- Every group's meetings are in the table up to here (exclusive); null: never expanded.
        expanded_until timestamptz,
        -- A roll-forward under way: the groups up to rolled_through (by id; null: none yet) reach rolling_to.
        rolling_to timestamptz,
        rolled_through uuid,
        CHECK (rolling_to IS NOT NULL OR rolled_through IS NULL)
      )`);
    await runner.query(`INSERT INTO meetings_horizon DEFAULT VALUES`);
    await runner.query(`ALTER TABLE meetings_horizon ENABLE ROW LEVEL SECURITY`);
    await runner.query(`GRANT SELECT ON meetings_horizon TO ${APP_ROLE}`);
    await runner.query(`CREATE POLICY public_read ON meetings_horizon FOR SELECT USING (true)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    // Its policy and grant go with it.
    await runner.query(`DROP TABLE meetings_horizon`);
  }
}
