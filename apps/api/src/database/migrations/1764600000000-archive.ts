import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Archiving instead of deleting: an archived group or venue leaves the finder (and its meetings the
 * meetings table) but keeps its history, so that an archive can be undone and its changes read.
 */
export class Archive1764600000000 implements MigrationInterface {
  name = 'Archive1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE groups ADD COLUMN archived_at timestamptz`);
    await runner.query(`ALTER TABLE venues ADD COLUMN archived_at timestamptz, ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE venues DROP COLUMN archived_at, DROP COLUMN updated_at`);
    await runner.query(`ALTER TABLE groups DROP COLUMN archived_at`);
  }
}
