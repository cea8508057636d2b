import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Groups as they really are: recurring schedules in RFC 5545 terms, enrolment details, method,
 * facilitators, promises, online joining, translated practical notes and intake text; venue
 * accessibility; municipality neighbours; the meetings table that search filters and sorts on;
 * the folded search text with a trigram index; distance search on venues.
 */
export class GroupDetails1764100000000 implements MigrationInterface {
  name = 'GroupDetails1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await runner.query(`CREATE EXTENSION IF NOT EXISTS cube`);
    await runner.query(`CREATE EXTENSION IF NOT EXISTS earthdistance`);

    // The weekly columns become a schedule: the first such weekday of 2026 at that time, weekly.
    await runner.query(`ALTER TABLE groups ADD COLUMN schedule jsonb`);
    await runner.query(`
      UPDATE groups SET schedule = jsonb_build_object(
        'timeZone', time_zone,
        'start', to_char(date '2026-01-05' + (array_position(
          ARRAY['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY'], weekday) - 1), 'YYYY-MM-DD')
          || 'T' || to_char(start_time, 'HH24:MI'),
        'durationMinutes', (EXTRACT(EPOCH FROM (end_time - start_time)) / 60)::int,
        'rrule', 'FREQ=WEEKLY',
        'exdates', '[]'::jsonb, 'rdates', '[]'::jsonb, 'moves', '[]'::jsonb, 'pauses', '[]'::jsonb)
      WHERE weekday IS NOT NULL`);
    // The time zone now lives in the schedule, the one place that uses it.
    await runner.query(`ALTER TABLE groups DROP COLUMN weekday, DROP COLUMN start_time, DROP COLUMN end_time, DROP COLUMN time_zone`);

    await runner.query(`
      ALTER TABLE groups
        ADD COLUMN practical_notes jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(practical_notes) = 'object'),
        ADD COLUMN intake_text jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(intake_text) = 'object'),
        ADD COLUMN method text,
        ADD COLUMN promises text[] NOT NULL DEFAULT '{}',
        ADD COLUMN age_min smallint CHECK (age_min BETWEEN 0 AND 120),
        ADD COLUMN age_max smallint CHECK (age_max BETWEEN 0 AND 120),
        ADD COLUMN facilitator_count smallint NOT NULL DEFAULT 0 CHECK (facilitator_count BETWEEN 0 AND 20),
        ADD COLUMN starter_meetings smallint CHECK (starter_meetings > 0),
        ADD COLUMN size_min smallint CHECK (size_min > 0),
        ADD COLUMN size_max smallint CHECK (size_max > 0),
        ADD COLUMN places_left smallint CHECK (places_left >= 0),
        ADD COLUMN forming_minimum smallint CHECK (forming_minimum > 0),
        ADD COLUMN paused_until date,
        ADD COLUMN online_join_url text,
        ADD COLUMN online_join_on_request boolean NOT NULL DEFAULT false,
        ADD COLUMN next_meeting_at timestamptz,
        ADD COLUMN search_text text NOT NULL DEFAULT '',
        ADD CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max),
        ADD CHECK (size_min IS NULL OR size_max IS NULL OR size_min <= size_max)`);
    // Children's and youth groups always have one or two facilitators (seed 004).
    await runner.query(`UPDATE groups SET facilitator_count = 2 WHERE age_band IN ('CHILDREN', 'YOUTH') AND facilitator_count = 0`);
    await runner.query(`
      ALTER TABLE groups ADD CONSTRAINT groups_children_facilitated CHECK (
        NOT (age_band IN ('CHILDREN', 'YOUTH') OR age_max <= 18) OR facilitator_count BETWEEN 1 AND 2)`);
    await runner.query(`CREATE INDEX groups_search_text_idx ON groups USING gin (search_text gin_trgm_ops)`);
    await runner.query(`CREATE INDEX groups_next_meeting_idx ON groups (next_meeting_at, slug)`);
    await runner.query(`CREATE INDEX groups_audience_idx ON groups (audience)`);

    await runner.query(`
      ALTER TABLE venues
        ADD COLUMN accessibility text[] NOT NULL DEFAULT '{}',
        ADD COLUMN transport_notes jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(transport_notes) = 'object')`);
    await runner.query(`CREATE INDEX venues_location_idx ON venues USING gist (ll_to_earth(latitude, longitude))`);

    await runner.query(`
      CREATE TABLE municipality_neighbours (
        municipality_id uuid NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
        neighbour_id uuid NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
        PRIMARY KEY (municipality_id, neighbour_id),
        CHECK (municipality_id <> neighbour_id)
      )`);

    // The meetings of the coming weeks, expanded from the schedules, for filters and sorting.
    await runner.query(`
      CREATE TABLE meetings (
        group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        local_weekday smallint NOT NULL CHECK (local_weekday BETWEEN 1 AND 7),
        local_minute smallint NOT NULL CHECK (local_minute BETWEEN 0 AND 1439),
        status text NOT NULL,
        PRIMARY KEY (group_id, starts_at)
      )`);
    await runner.query(`CREATE INDEX meetings_starts_at_idx ON meetings (starts_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE meetings`);
    await runner.query(`DROP TABLE municipality_neighbours`);
    await runner.query(`DROP INDEX venues_location_idx`);
    await runner.query(`ALTER TABLE venues DROP COLUMN accessibility, DROP COLUMN transport_notes`);
    await runner.query(`DROP INDEX groups_search_text_idx`);
    await runner.query(`DROP INDEX groups_next_meeting_idx`);
    await runner.query(`DROP INDEX groups_audience_idx`);
    await runner.query(`ALTER TABLE groups DROP CONSTRAINT groups_children_facilitated`);
    await runner.query(`
      ALTER TABLE groups
        DROP COLUMN practical_notes, DROP COLUMN intake_text, DROP COLUMN method, DROP COLUMN promises,
        DROP COLUMN age_min, DROP COLUMN age_max, DROP COLUMN facilitator_count, DROP COLUMN starter_meetings,
        DROP COLUMN size_min, DROP COLUMN size_max, DROP COLUMN places_left, DROP COLUMN forming_minimum,
        DROP COLUMN paused_until, DROP COLUMN online_join_url, DROP COLUMN online_join_on_request,
        DROP COLUMN next_meeting_at, DROP COLUMN search_text`);
    // Back to one weekly slot: the weekday and time of the schedule's first meeting.
    await runner.query(`ALTER TABLE groups ADD COLUMN weekday text, ADD COLUMN start_time time, ADD COLUMN end_time time, ADD COLUMN time_zone text`);
    await runner.query(`
      UPDATE groups g SET time_zone = COALESCE(g.schedule->>'timeZone', CASE o.country
        WHEN 'SE' THEN 'Europe/Stockholm' WHEN 'NO' THEN 'Europe/Oslo' WHEN 'PL' THEN 'Europe/Warsaw' ELSE 'Europe/Copenhagen' END)
      FROM organisations o WHERE o.id = g.organisation_id`);
    await runner.query(`ALTER TABLE groups ALTER COLUMN time_zone SET NOT NULL`);
    await runner.query(`
      UPDATE groups SET
        weekday = (ARRAY['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY'])[
          EXTRACT(ISODOW FROM (schedule->>'start')::timestamp)::int],
        start_time = (schedule->>'start')::timestamp::time,
        end_time = ((schedule->>'start')::timestamp + make_interval(mins => (schedule->>'durationMinutes')::int))::time
      WHERE schedule IS NOT NULL`);
    await runner.query(`ALTER TABLE groups DROP COLUMN schedule`);
    await runner.query(`ALTER TABLE groups ADD CHECK ((weekday IS NULL) = (start_time IS NULL) AND (start_time IS NULL) = (end_time IS NULL))`);
  }
}
