import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './1764300000000-accounts';

/** The admins of a group's organisation or unit; not its editors, not platform admins: the organisation is the controller. */
const GROUP_ADMINS = `EXISTS (
  SELECT 1 FROM groups g WHERE g.id = group_id
    AND (g.organisation_id = ANY (app_ids('app.organisation_ids')) OR g.unit_id = ANY (app_ids('app.unit_ids'))))`;

/**
 * Asking to join a group (issue 11). What a person sends is sealed by the API (AES-256-GCM, bound
 * to its row and column: apps/api/src/privacy) before it reaches these tables, so no column holds
 * a readable name, contact or message; equality (the same person again, a data-subject request)
 * goes through a keyed blind index. Only the admins of the group's organisation or unit see a
 * request; anonymous visitors reach theirs only through the API's services (the link's token).
 */
export class Joining1764800000000 implements MigrationInterface {
  name = 'Joining1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    // A full or closed group that still takes names for when a place frees.
    await runner.query(`ALTER TABLE groups ADD COLUMN waiting_list boolean NOT NULL DEFAULT false`);
    await runner.query(`ALTER TABLE organisations ADD COLUMN request_retention_days smallint NOT NULL DEFAULT 180 CHECK (request_retention_days BETWEEN 30 AND 730)`);

    await runner.query(`
      CREATE TABLE join_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('WAITING_LIST', 'INTAKE')),
        status text NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'CONTACTED', 'INTAKE_BOOKED', 'ACCEPTED', 'DECLINED')),
        alias_sealed text NOT NULL,
        contact_kind text NOT NULL CHECK (contact_kind IN ('EMAIL', 'PHONE')),
        contact_sealed text NOT NULL,
        contact_index text NOT NULL,
        message_sealed text,
        note_sealed text,
        language text NOT NULL CHECK (language IN ('da', 'sv', 'nb', 'pl', 'en')),
        consent_version text NOT NULL,
        consented_at timestamptz NOT NULL,
        idempotency_key uuid NOT NULL,
        access_token_hash text NOT NULL UNIQUE,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        delete_after timestamptz NOT NULL,
        UNIQUE (group_id, idempotency_key),
        -- One request per person and group: asking again only sends the confirmation again.
        UNIQUE (group_id, contact_index)
      )`);
    await runner.query(`CREATE INDEX join_requests_queue_idx ON join_requests (group_id, created_at)`);
    await runner.query(`CREATE INDEX join_requests_delete_after_idx ON join_requests (delete_after)`);
    await runner.query(`CREATE INDEX join_requests_contact_idx ON join_requests (contact_index)`);

    // Who read, exported, changed or deleted which request, and when; never what it says.
    await runner.query(`
      CREATE TABLE personal_data_access (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        join_request_id uuid NOT NULL,
        action text NOT NULL CHECK (action IN ('VIEWED', 'EXPORTED', 'CHANGED', 'DELETED')),
        at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX personal_data_access_organisation_idx ON personal_data_access (organisation_id, at)`);

    for (const table of ['join_requests', 'personal_data_access']) await runner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
    await runner.query(`GRANT SELECT, UPDATE, DELETE ON join_requests TO ${APP_ROLE}`);
    await runner.query(`CREATE POLICY admins_read ON join_requests FOR SELECT USING (${GROUP_ADMINS})`);
    await runner.query(`CREATE POLICY admins_update ON join_requests FOR UPDATE USING (${GROUP_ADMINS}) WITH CHECK (${GROUP_ADMINS})`);
    await runner.query(`CREATE POLICY admins_delete ON join_requests FOR DELETE USING (${GROUP_ADMINS})`);
    // The audit is read by the organisation's admins and written only as the person acting; nobody changes it.
    await runner.query(`GRANT SELECT, INSERT ON personal_data_access TO ${APP_ROLE}`);
    await runner.query(`CREATE POLICY admins_read ON personal_data_access FOR SELECT USING (organisation_id = ANY (app_ids('app.organisation_ids')))`);
    await runner.query(`CREATE POLICY own_insert ON personal_data_access FOR INSERT WITH CHECK (user_id = app_user_id())`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE personal_data_access`);
    await runner.query(`DROP TABLE join_requests`);
    await runner.query(`ALTER TABLE organisations DROP COLUMN request_retention_days`);
    await runner.query(`ALTER TABLE groups DROP COLUMN waiting_list`);
  }
}
