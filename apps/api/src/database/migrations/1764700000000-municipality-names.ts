import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './1764300000000-accounts';

/**
 * Municipalities are reference data, but their names change (mergers, a new official spelling):
 * platform admins may rename one, and only they (row-level security), so that the groups' search
 * text follows in the same transaction.
 */
export class MunicipalityNames1764700000000 implements MigrationInterface {
  name = 'MunicipalityNames1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`GRANT UPDATE (name) ON municipalities TO ${APP_ROLE}`);
    await runner.query(`CREATE POLICY platform_rename ON municipalities FOR UPDATE USING (app_platform_admin()) WITH CHECK (app_platform_admin())`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP POLICY platform_rename ON municipalities`);
    await runner.query(`REVOKE UPDATE (name) ON municipalities FROM ${APP_ROLE}`);
  }
}
