import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The role its author made a change in (platform admin, organisation admin, unit admin, editor,
 * municipality editor), kept with the change: a unit's admin or a group's editor may not see the
 * organisation's admins (row-level security on users), and read "someone outside your scope" with
 * nothing more. Now they read the role. Changes made before, and by the platform itself: none.
 */
export class ChangeAuthorRole1765600000000 implements MigrationInterface {
  name = 'ChangeAuthorRole1765600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE changes ADD COLUMN by_role text CHECK (by_role IN ('PLATFORM_ADMIN', 'ORGANISATION_ADMIN', 'UNIT_ADMIN', 'EDITOR', 'MUNICIPALITY_EDITOR'))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE changes DROP COLUMN by_role`);
  }
}
