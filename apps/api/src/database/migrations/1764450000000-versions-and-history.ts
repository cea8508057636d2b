import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './1764300000000-accounts';

const EDITABLE = ['organisations', 'units', 'venues', 'groups'];

/**
 * Edits that never overwrite each other, and their history: a version on every editable record
 * (an update names the version it started from; a newer one refuses it), and one row per change
 * with who, when, and each field's old and new value. History is appended, never changed, and seen
 * only within the organisation's scope.
 */
export class VersionsAndHistory1764450000000 implements MigrationInterface {
  name = 'VersionsAndHistory1764450000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of EDITABLE) await runner.query(`ALTER TABLE ${table} ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version > 0)`);
    await runner.query(`
      CREATE TABLE changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entity text NOT NULL CHECK (entity IN ('ORGANISATION', 'UNIT', 'VENUE', 'GROUP')),
        entity_id uuid NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        unit_id uuid,
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        made_at timestamptz NOT NULL,
        -- The version the change made.
        version integer NOT NULL,
        -- [{ "field": "name", "old": …, "new": … }]
        fields jsonb NOT NULL CHECK (jsonb_typeof(fields) = 'array' AND jsonb_array_length(fields) > 0),
        reverts uuid REFERENCES changes (id),
        UNIQUE (entity, entity_id, version)
      )`);
    await runner.query(`CREATE INDEX changes_organisation_idx ON changes (organisation_id)`);
    await runner.query(`ALTER TABLE changes ENABLE ROW LEVEL SECURITY`);
    await runner.query(`GRANT SELECT, INSERT ON changes TO ${APP_ROLE}`);
    const inScope = `app_platform_admin()
      OR organisation_id = ANY (app_ids('app.organisation_ids'))
      OR unit_id = ANY (app_ids('app.unit_ids'))
      OR (entity = 'GROUP' AND entity_id = ANY (app_ids('app.group_ids')))`;
    await runner.query(`CREATE POLICY scoped_read ON changes FOR SELECT USING (${inScope})`);
    await runner.query(`CREATE POLICY scoped_insert ON changes FOR INSERT WITH CHECK (${inScope} AND user_id = app_user_id())`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE changes`);
    for (const table of EDITABLE) await runner.query(`ALTER TABLE ${table} DROP COLUMN version`);
  }
}
