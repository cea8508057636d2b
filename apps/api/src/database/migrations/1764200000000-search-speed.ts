import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the search benchmark asked for (tools/bench/README.md):
 * - `groups.country`, kept by triggers, instead of `COALESCE(municipality's, organisation's)`,
 *   whose selectivity the planner cannot estimate;
 * - indexes that hand out a country's or a municipality's groups already in next-meeting order;
 * - `venues.location`, the point as an `earth` value stored once, so that "nearest first" is a
 *   GiST nearest-neighbour scan instead of computing the distance of every venue in the box.
 */
export class SearchSpeed1764200000000 implements MigrationInterface {
  name = 'SearchSpeed1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE groups ADD COLUMN country text`);
    await runner.query(`
      UPDATE groups g SET country = COALESCE(
        (SELECT m.country FROM municipalities m WHERE m.id = g.municipality_id),
        (SELECT o.country FROM organisations o WHERE o.id = g.organisation_id))`);
    await runner.query(`ALTER TABLE groups ALTER COLUMN country SET NOT NULL`);
    // Where it meets, else (online groups) its organisation's country.
    await runner.query(`
      CREATE FUNCTION groups_set_country() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.country := COALESCE(
          (SELECT m.country FROM municipalities m WHERE m.id = NEW.municipality_id),
          (SELECT o.country FROM organisations o WHERE o.id = NEW.organisation_id));
        RETURN NEW;
      END $$`);
    await runner.query(`
      CREATE TRIGGER groups_country BEFORE INSERT OR UPDATE OF municipality_id, organisation_id ON groups
        FOR EACH ROW EXECUTE FUNCTION groups_set_country()`);
    await runner.query(`
      CREATE FUNCTION organisations_pass_on_country() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE groups SET country = NEW.country WHERE organisation_id = NEW.id AND municipality_id IS NULL;
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE TRIGGER organisations_country AFTER UPDATE OF country ON organisations
        FOR EACH ROW WHEN (OLD.country IS DISTINCT FROM NEW.country) EXECUTE FUNCTION organisations_pass_on_country()`);
    await runner.query(`CREATE INDEX groups_country_next_meeting_idx ON groups (country, next_meeting_at, slug)`);

    await runner.query(`DROP INDEX groups_municipality_idx`);
    await runner.query(`CREATE INDEX groups_municipality_next_meeting_idx ON groups (municipality_id, next_meeting_at, slug)`);

    await runner.query(`DROP INDEX venues_location_idx`);
    await runner.query(`ALTER TABLE venues ADD COLUMN location earth GENERATED ALWAYS AS (ll_to_earth(latitude, longitude)) STORED`);
    await runner.query(`CREATE INDEX venues_location_idx ON venues USING gist (location)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX venues_location_idx`);
    await runner.query(`ALTER TABLE venues DROP COLUMN location`);
    await runner.query(`CREATE INDEX venues_location_idx ON venues USING gist (ll_to_earth(latitude, longitude))`);
    await runner.query(`DROP INDEX groups_municipality_next_meeting_idx`);
    await runner.query(`CREATE INDEX groups_municipality_idx ON groups (municipality_id)`);
    await runner.query(`DROP INDEX groups_country_next_meeting_idx`);
    await runner.query(`DROP TRIGGER organisations_country ON organisations`);
    await runner.query(`DROP FUNCTION organisations_pass_on_country()`);
    await runner.query(`DROP TRIGGER groups_country ON groups`);
    await runner.query(`DROP FUNCTION groups_set_country()`);
    await runner.query(`ALTER TABLE groups DROP COLUMN country`);
  }
}
