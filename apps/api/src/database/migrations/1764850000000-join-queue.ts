import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organisation's queue (issue 11): its audit names the group an entry belonged to, so that the
 * trail still says which group after the entry itself is deleted (join_request_id has no foreign key
 * for the same reason). Entries written before, or by code that does not know the group, leave it empty.
 */
export class JoinQueue1764850000000 implements MigrationInterface {
  name = 'JoinQueue1764850000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE personal_data_access ADD COLUMN group_id uuid REFERENCES groups (id) ON DELETE SET NULL`);
    await runner.query(`UPDATE personal_data_access a SET group_id = r.group_id FROM join_requests r WHERE r.id = a.join_request_id`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE personal_data_access DROP COLUMN group_id`);
  }
}
