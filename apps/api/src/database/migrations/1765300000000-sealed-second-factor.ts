import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The authenticator app's secret is sealed at rest (privacy/sealed.ts), as personal data is: a copy
 * of the database alone no longer gives anyone a person's second factor. The column is renamed;
 * secrets stored before stay readable only until the API's start seals them (sealPlainSecrets in
 * auth/second-factor.ts): a base32 secret never begins with the sealed format's `gf1.`.
 */
export class SealedSecondFactor1765300000000 implements MigrationInterface {
  name = 'SealedSecondFactor1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE users RENAME COLUMN totp_secret TO totp_secret_sealed`);
  }

  async down(runner: QueryRunner): Promise<void> {
    // Sealed secrets cannot be opened here: whoever goes back enrols their authenticator app again.
    await runner.query(`UPDATE users SET totp_secret_sealed = NULL, totp_enabled_at = NULL WHERE totp_secret_sealed LIKE 'gf1.%'`);
    await runner.query(`ALTER TABLE users RENAME COLUMN totp_secret_sealed TO totp_secret`);
  }
}
