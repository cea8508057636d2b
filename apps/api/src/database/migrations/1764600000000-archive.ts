import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Archiving instead of deleting: an archived group or venue leaves the finder (and its meetings the
 * meetings table) but keeps its history, so that an archive can be undone and its changes read. An
 * organisation or unit is archived once it runs no group in the finder.
 */
export class Archive1764600000000 implements MigrationInterface {
  name = 'Archive1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of ['organisations', 'units', 'groups']) await runner.query(`ALTER TABLE ${table} ADD COLUMN archived_at timestamptz`);
    await runner.query(`ALTER TABLE venues ADD COLUMN archived_at timestamptz, ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE venues DROP COLUMN archived_at, DROP COLUMN updated_at`);
    for (const table of ['organisations', 'units', 'groups']) await runner.query(`ALTER TABLE ${table} DROP COLUMN archived_at`);
  }
}
