import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The gazetteer: towns and postcodes to search near, and the version of the data loaded. */
export class Places1764000000000 implements MigrationInterface {
  name = 'Places1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE places (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        country text NOT NULL CHECK (country IN ('DK', 'SE', 'NO', 'PL')),
        kind text NOT NULL CHECK (kind IN ('TOWN', 'POSTCODE')),
        name text NOT NULL,
        search_key text NOT NULL,
        is_alias boolean NOT NULL DEFAULT false,
        postcode text,
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        population integer NOT NULL DEFAULT 0 CHECK (population >= 0),
        CHECK ((kind = 'POSTCODE') = (postcode IS NOT NULL))
      )`);
    // text_pattern_ops serves both the exact match and the prefix match (LIKE 'krak%') in any collation.
    await runner.query(`CREATE INDEX places_search_key_idx ON places (search_key text_pattern_ops)`);
    // One row: the version of gazetteer.json the places table holds.
    await runner.query(`
      CREATE TABLE places_version (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        version text NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`INSERT INTO places_version (version) VALUES ('')`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE places_version`);
    await runner.query(`DROP TABLE places`);
  }
}
