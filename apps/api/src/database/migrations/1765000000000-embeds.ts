import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './1764300000000-accounts';

const EDITS_EMBED = `app_platform_admin() OR municipality_id = ANY (app_ids('app.municipality_ids'))`;

/** Who reads and appends history: an organisation's scope (as in VersionsAndHistory), and now a municipality's. */
const ORGANISATION_HISTORY = `app_platform_admin()
      OR organisation_id = ANY (app_ids('app.organisation_ids'))
      OR unit_id = ANY (app_ids('app.unit_ids'))
      OR (entity = 'GROUP' AND entity_id = ANY (app_ids('app.group_ids')))`;
const HISTORY = `${ORGANISATION_HISTORY}
      OR municipality_id = ANY (app_ids('app.municipality_ids'))`;

async function historyPolicies(runner: QueryRunner, inScope: string): Promise<void> {
  await runner.query(`DROP POLICY scoped_read ON changes`);
  await runner.query(`DROP POLICY scoped_insert ON changes`);
  await runner.query(`CREATE POLICY scoped_read ON changes FOR SELECT USING (${inScope})`);
  await runner.query(`CREATE POLICY scoped_insert ON changes FOR INSERT WITH CHECK ((${inScope}) AND user_id = app_user_id())`);
}

/**
 * Embeds (issue 12): a municipality's saved finder, reached by its public key. Only its municipality
 * editors (and platform admins) read or change one; the public endpoint looks a key up before anyone
 * is known, as the database owner, and shows only what the embed allows. Their changes go to the
 * history, which now belongs to an organisation or to a municipality.
 */
export class Embeds1765000000000 implements MigrationInterface {
  name = 'Embeds1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE embeds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE CHECK (key ~ '^[A-Za-z0-9_-]{16,64}$'),
        municipality_id uuid NOT NULL REFERENCES municipalities (id),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        neighbour_codes text[] NOT NULL DEFAULT '{}',
        include_online boolean NOT NULL DEFAULT false,
        online_languages text[] NOT NULL DEFAULT '{}' CHECK (online_languages <@ ARRAY['da', 'sv', 'nb', 'pl', 'en']),
        topics text[] NOT NULL DEFAULT '{}',
        organisation_ids uuid[] NOT NULL DEFAULT '{}',
        default_language text NOT NULL CHECK (default_language IN ('da', 'sv', 'nb', 'pl', 'en')),
        accent_colour text NOT NULL CHECK (accent_colour ~ '^#[0-9a-f]{6}$'),
        font text NOT NULL DEFAULT '' CHECK (length(font) <= 120),
        allowed_origins text[] NOT NULL CHECK (cardinality(allowed_origins) BETWEEN 1 AND 20),
        contact_text jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(contact_text) = 'object'),
        crisis_text jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(crisis_text) = 'object'),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX embeds_municipality_idx ON embeds (municipality_id)`);
    await runner.query(`ALTER TABLE embeds ENABLE ROW LEVEL SECURITY`);
    await runner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON embeds TO ${APP_ROLE}`);
    await runner.query(`CREATE POLICY municipality_editors ON embeds USING (${EDITS_EMBED}) WITH CHECK (${EDITS_EMBED})`);

    await runner.query(`ALTER TABLE changes DROP CONSTRAINT changes_entity_check`);
    await runner.query(`ALTER TABLE changes ADD CONSTRAINT changes_entity_check CHECK (entity IN ('ORGANISATION', 'UNIT', 'VENUE', 'GROUP', 'EMBED'))`);
    await runner.query(`ALTER TABLE changes ALTER COLUMN organisation_id DROP NOT NULL`);
    await runner.query(`ALTER TABLE changes ADD COLUMN municipality_id uuid REFERENCES municipalities (id)`);
    await runner.query(`ALTER TABLE changes ADD CONSTRAINT changes_owner_check CHECK (num_nonnulls(organisation_id, municipality_id) = 1)`);
    await historyPolicies(runner, HISTORY);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM changes WHERE entity = 'EMBED'`);
    await historyPolicies(runner, ORGANISATION_HISTORY);
    await runner.query(`ALTER TABLE changes DROP CONSTRAINT changes_owner_check`);
    await runner.query(`ALTER TABLE changes DROP COLUMN municipality_id`);
    await runner.query(`ALTER TABLE changes ALTER COLUMN organisation_id SET NOT NULL`);
    await runner.query(`ALTER TABLE changes DROP CONSTRAINT changes_entity_check`);
    await runner.query(`ALTER TABLE changes ADD CONSTRAINT changes_entity_check CHECK (entity IN ('ORGANISATION', 'UNIT', 'VENUE', 'GROUP'))`);
    await runner.query(`DROP TABLE embeds`);
  }
}
