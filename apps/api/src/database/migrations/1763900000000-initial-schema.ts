import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations, municipalities, venues and groups with a weekly schedule. */
export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        name text NOT NULL,
        country text NOT NULL CHECK (country IN ('DK', 'SE', 'NO', 'PL')),
        default_language text NOT NULL,
        website text,
        phone text,
        email text,
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE municipalities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        country text NOT NULL CHECK (country IN ('DK', 'SE', 'NO', 'PL')),
        code text NOT NULL,
        name text NOT NULL,
        UNIQUE (country, code)
      )`);
    await runner.query(`
      CREATE TABLE venues (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        name text NOT NULL,
        street text NOT NULL,
        postal_code text NOT NULL,
        town text NOT NULL,
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180)
      )`);
    await runner.query(`CREATE INDEX venues_organisation_idx ON venues (organisation_id)`);
    await runner.query(`
      CREATE TABLE groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        venue_id uuid REFERENCES venues (id),
        municipality_id uuid REFERENCES municipalities (id),
        name jsonb NOT NULL CHECK (jsonb_typeof(name) = 'object' AND name <> '{}'::jsonb),
        description jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(description) = 'object'),
        topics text[] NOT NULL CHECK (cardinality(topics) > 0),
        audience text NOT NULL,
        age_band text,
        format text NOT NULL,
        languages text[] NOT NULL CHECK (cardinality(languages) > 0),
        weekday text,
        start_time time,
        end_time time,
        time_zone text NOT NULL,
        enrolment text NOT NULL,
        contact_name text,
        contact_phone text,
        contact_email text,
        contact_url text,
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- A group still forming may have no venue and no time yet; an online one has no venue.
        CHECK (format <> 'ONLINE' OR venue_id IS NULL),
        CHECK ((weekday IS NULL) = (start_time IS NULL) AND (start_time IS NULL) = (end_time IS NULL))
      )`);
    await runner.query(`CREATE INDEX groups_organisation_idx ON groups (organisation_id)`);
    await runner.query(`CREATE INDEX groups_venue_idx ON groups (venue_id)`);
    await runner.query(`CREATE INDEX groups_municipality_idx ON groups (municipality_id)`);
    await runner.query(`CREATE INDEX groups_topics_idx ON groups USING gin (topics)`);
    await runner.query(`CREATE INDEX groups_languages_idx ON groups USING gin (languages)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE groups`);
    await runner.query(`DROP TABLE venues`);
    await runner.query(`DROP TABLE municipalities`);
    await runner.query(`DROP TABLE organisations`);
  }
}
