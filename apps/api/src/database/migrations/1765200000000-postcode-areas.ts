import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Postcode areas in the gazetteer: where a country's postcodes have no full register here, the
 * first digits of a postcode name its postal town ("8000" Aarhus C, "111 22" Stockholm, "00-001"
 * Warszawa). Looked up by prefix after an exact postcode (place.service.ts).
 */
export class PostcodeAreas1765200000000 implements MigrationInterface {
  name = 'PostcodeAreas1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE places DROP CONSTRAINT places_kind_check`);
    await runner.query(`ALTER TABLE places ADD CONSTRAINT places_kind_check CHECK (kind IN ('TOWN', 'POSTCODE', 'POSTCODE_AREA'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM places WHERE kind = 'POSTCODE_AREA'`);
    await runner.query(`ALTER TABLE places DROP CONSTRAINT places_kind_check`);
    await runner.query(`ALTER TABLE places ADD CONSTRAINT places_kind_check CHECK (kind IN ('TOWN', 'POSTCODE'))`);
  }
}
