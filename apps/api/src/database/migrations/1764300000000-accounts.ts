import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role requests run under: no superuser, no BYPASSRLS, so the policies below always apply. */
export const APP_ROLE = 'groupfinder_app';

const TABLES = ['organisations', 'units', 'venues', 'groups', 'meetings', 'users', 'memberships', 'sessions', 'account_tokens'];
/** Public reference data: readable by every request, written only by the owner (migrations, jobs). */
const READ_ONLY_TABLES = ['municipalities', 'municipality_neighbours', 'places', 'places_version'];

/**
 * Accounts, roles and the scope PostgreSQL itself enforces.
 *
 * A request's unit of work sets, with `SET LOCAL` (the only kind that works behind PGlite's shared
 * session), who is asking (`app.user_id`) and what they administer (`app.platform_admin`,
 * `app.organisation_ids`, `app.unit_ids`, `app.group_ids`, `app.municipality_ids`), then
 * `SET LOCAL ROLE groupfinder_app`. Every table has row-level security under that role, so a query
 * that forgets its WHERE still sees and changes only the caller's rows.
 */
export class Accounts1764300000000 implements MigrationInterface {
  name = 'Accounts1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    // Roles belong to the cluster, not the database: other databases may have created it already.
    await runner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS;
        END IF;
      END $$`);
    // The connecting user switches to it with SET LOCAL ROLE.
    await runner.query(`DO $$ BEGIN EXECUTE format('GRANT ${APP_ROLE} TO %I', current_user); END $$`);

    await runner.query(`
      CREATE TABLE units (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisation_id, slug),
        UNIQUE (id, organisation_id)
      )`);
    await runner.query(`ALTER TABLE groups ADD COLUMN unit_id uuid`);
    await runner.query(`ALTER TABLE groups ADD FOREIGN KEY (unit_id, organisation_id) REFERENCES units (id, organisation_id)`);
    await runner.query(`CREATE INDEX groups_unit_idx ON groups (unit_id)`);
    await runner.query(`ALTER TABLE organisations ADD COLUMN require_second_factor boolean NOT NULL DEFAULT false`);

    await runner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        password_hash text NOT NULL,
        locale text NOT NULL DEFAULT 'en',
        totp_secret text,
        totp_enabled_at timestamptz,
        recovery_code_hashes text[] NOT NULL DEFAULT '{}',
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (email)
      )`);
    await runner.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('PLATFORM_ADMIN', 'ORGANISATION_ADMIN', 'UNIT_ADMIN', 'EDITOR', 'MUNICIPALITY_EDITOR')),
        organisation_id uuid REFERENCES organisations (id),
        unit_id uuid,
        group_id uuid REFERENCES groups (id) ON DELETE CASCADE,
        municipality_id uuid REFERENCES municipalities (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (unit_id, organisation_id) REFERENCES units (id, organisation_id),
        -- Each role names exactly its scope: an organisation, a unit (and its organisation), a group, a municipality.
        CHECK (CASE role
          WHEN 'PLATFORM_ADMIN' THEN num_nonnulls(organisation_id, unit_id, group_id, municipality_id) = 0
          WHEN 'ORGANISATION_ADMIN' THEN organisation_id IS NOT NULL AND num_nonnulls(unit_id, group_id, municipality_id) = 0
          WHEN 'UNIT_ADMIN' THEN organisation_id IS NOT NULL AND unit_id IS NOT NULL AND num_nonnulls(group_id, municipality_id) = 0
          WHEN 'EDITOR' THEN organisation_id IS NOT NULL AND group_id IS NOT NULL AND municipality_id IS NULL
          ELSE municipality_id IS NOT NULL AND num_nonnulls(organisation_id, unit_id, group_id) = 0
        END),
        UNIQUE NULLS NOT DISTINCT (user_id, role, organisation_id, unit_id, group_id, municipality_id)
      )`);
    await runner.query(`CREATE INDEX memberships_organisation_idx ON memberships (organisation_id)`);
    await runner.query(`CREATE INDEX memberships_unit_idx ON memberships (unit_id)`);
    await runner.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- SHA-256 of the cookie's token: a copy of this table signs nobody in.
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        second_factor boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await runner.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    await runner.query(`
      CREATE TABLE account_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        purpose text NOT NULL CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET')),
        email text NOT NULL CHECK (email = lower(email)),
        user_id uuid REFERENCES users (id) ON DELETE CASCADE,
        -- An invitation's role and scope, as in memberships.
        role text CHECK (role IN ('PLATFORM_ADMIN', 'ORGANISATION_ADMIN', 'UNIT_ADMIN', 'EDITOR', 'MUNICIPALITY_EDITOR')),
        organisation_id uuid REFERENCES organisations (id),
        unit_id uuid,
        group_id uuid REFERENCES groups (id) ON DELETE CASCADE,
        municipality_id uuid REFERENCES municipalities (id),
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        FOREIGN KEY (unit_id, organisation_id) REFERENCES units (id, organisation_id),
        CHECK ((purpose = 'INVITATION') = (role IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX account_tokens_organisation_idx ON account_tokens (organisation_id)`);

    // What the unit of work set for this transaction; empty outside a request.
    await runner.query(`
      CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT nullif(current_setting('app.user_id', true), '')::uuid $$`);
    await runner.query(`
      CREATE FUNCTION app_platform_admin() RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT coalesce(current_setting('app.platform_admin', true), '') = 'on' $$`);
    await runner.query(`
      CREATE FUNCTION app_ids(setting text) RETURNS uuid[] LANGUAGE sql STABLE AS $$
        SELECT coalesce(string_to_array(nullif(current_setting(setting, true), ''), ',')::uuid[], '{}') $$`);
    // A group the caller may change: all of an organisation's, a unit's, or one assigned to an editor.
    await runner.query(`
      CREATE FUNCTION app_may_edit_group(organisation uuid, unit uuid, group_id uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT app_platform_admin()
          OR organisation = ANY (app_ids('app.organisation_ids'))
          OR unit = ANY (app_ids('app.unit_ids'))
          OR group_id = ANY (app_ids('app.group_ids')) $$`);

    for (const table of [...TABLES, ...READ_ONLY_TABLES]) {
      await runner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await runner.query(`GRANT SELECT ON ${table} TO ${APP_ROLE}`);
    }
    for (const table of TABLES) await runner.query(`GRANT INSERT, UPDATE, DELETE ON ${table} TO ${APP_ROLE}`);
    for (const table of READ_ONLY_TABLES) await runner.query(`CREATE POLICY public_read ON ${table} FOR SELECT USING (true)`);

    // What the public finder shows is public; who may change it is scoped.
    for (const table of ['organisations', 'units', 'venues', 'groups', 'meetings']) {
      await runner.query(`CREATE POLICY public_read ON ${table} FOR SELECT USING (true)`);
    }
    await this.writePolicies(runner, 'organisations', `app_platform_admin() OR id = ANY (app_ids('app.organisation_ids'))`, `app_platform_admin()`);
    await this.writePolicies(
      runner,
      'units',
      `app_platform_admin() OR organisation_id = ANY (app_ids('app.organisation_ids')) OR id = ANY (app_ids('app.unit_ids'))`,
      `app_platform_admin() OR organisation_id = ANY (app_ids('app.organisation_ids'))`,
    );
    await this.writePolicies(runner, 'venues', `app_platform_admin() OR organisation_id = ANY (app_ids('app.organisation_ids'))`);
    await this.writePolicies(runner, 'groups', `app_may_edit_group(organisation_id, unit_id, id)`);
    await this.writePolicies(
      runner,
      'meetings',
      `EXISTS (SELECT 1 FROM groups g WHERE g.id = meetings.group_id AND app_may_edit_group(g.organisation_id, g.unit_id, g.id))`,
    );

    // A membership is seen by its holder and by the admins of its scope; admins grant only below themselves.
    const membershipsInScope = `app_platform_admin()
      OR organisation_id = ANY (app_ids('app.organisation_ids'))
      OR unit_id = ANY (app_ids('app.unit_ids'))`;
    await runner.query(`CREATE POLICY read ON memberships FOR SELECT USING (user_id = app_user_id() OR ${membershipsInScope})`);
    const grantable = `app_platform_admin()
      OR (organisation_id = ANY (app_ids('app.organisation_ids')) AND role IN ('ORGANISATION_ADMIN', 'UNIT_ADMIN', 'EDITOR'))
      OR (unit_id = ANY (app_ids('app.unit_ids')) AND role IN ('UNIT_ADMIN', 'EDITOR'))`;
    await this.writePolicies(runner, 'memberships', grantable);
    await runner.query(`CREATE POLICY read ON account_tokens FOR SELECT USING (${membershipsInScope})`);
    await this.writePolicies(runner, 'account_tokens', grantable.replaceAll('role IN', `purpose = 'INVITATION' AND role IN`));

    // A person is seen by themselves and by the admins of a scope they hold a role in.
    await runner.query(`
      CREATE POLICY read ON users FOR SELECT USING (
        id = app_user_id() OR app_platform_admin()
        OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id))`);
    await runner.query(`CREATE POLICY own_update ON users FOR UPDATE USING (id = app_user_id() OR app_platform_admin())`);
    await runner.query(`CREATE POLICY platform_insert ON users FOR INSERT WITH CHECK (app_platform_admin())`);
    await runner.query(`CREATE POLICY platform_delete ON users FOR DELETE USING (app_platform_admin())`);
    // Sessions are their holder's alone: not even an admin reads another person's.
    await runner.query(`CREATE POLICY own ON sessions USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id())`);
  }

  /** INSERT, UPDATE and DELETE allowed where `condition` holds (INSERT and DELETE where `createOrDelete` does, when given). */
  private async writePolicies(runner: QueryRunner, table: string, condition: string, createOrDelete = condition): Promise<void> {
    await runner.query(`CREATE POLICY scoped_insert ON ${table} FOR INSERT WITH CHECK (${createOrDelete})`);
    await runner.query(`CREATE POLICY scoped_update ON ${table} FOR UPDATE USING (${condition}) WITH CHECK (${condition})`);
    await runner.query(`CREATE POLICY scoped_delete ON ${table} FOR DELETE USING (${createOrDelete})`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [...TABLES, ...READ_ONLY_TABLES]) {
      const policies: { policyname: string }[] = await runner.query(`SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = $1`, [table]);
      for (const { policyname } of policies) await runner.query(`DROP POLICY "${policyname}" ON ${table}`);
      await runner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await runner.query(`DROP TABLE account_tokens, sessions, memberships, users`);
    await runner.query(`ALTER TABLE organisations DROP COLUMN require_second_factor`);
    await runner.query(`ALTER TABLE groups DROP COLUMN unit_id`);
    await runner.query(`DROP TABLE units`);
    await runner.query(`DROP FUNCTION app_may_edit_group(uuid, uuid, uuid), app_ids(text), app_platform_admin(), app_user_id()`);
    for (const table of [...TABLES, ...READ_ONLY_TABLES].filter((table) => !['units', 'users', 'memberships', 'sessions', 'account_tokens'].includes(table))) {
      await runner.query(`REVOKE ALL ON ${table} FROM ${APP_ROLE}`);
    }
    // The role stays: other databases of the cluster may still use it.
  }
}
