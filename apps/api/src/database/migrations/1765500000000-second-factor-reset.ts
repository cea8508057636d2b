import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './1764300000000-accounts';

/**
 * An administrator resets someone's second factor (a lost phone, the recovery codes used up): the
 * one change to another person's account that an organisation admin may make. Row-level security
 * lets nobody but the person (and a platform admin) update a users row, whole; so the reset is a
 * function that runs as its owner and checks the caller itself, from the settings row-level
 * security reads (`app.user_id`, `app.platform_admin`, `app.organisation_ids`): a platform admin
 * resets anyone's but their own; an organisation admin, the second factor of a person all of whose
 * roles lie in organisations they administer, not a platform admin's. It clears the second factor
 * and the recovery codes, and ends the person's sessions as of `at`. Answers RESET, NOT_ENABLED
 * (there was none), or FORBIDDEN (not the caller's to reset, or no such person: the same answer).
 */
export class SecondFactorReset1765500000000 implements MigrationInterface {
  name = 'SecondFactorReset1765500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION reset_second_factor(target uuid, at timestamptz) RETURNS text
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF target IS NOT DISTINCT FROM app_user_id() THEN RETURN 'FORBIDDEN'; END IF;
        IF NOT app_platform_admin() AND (
          NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = target)
          OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = target
                     AND (m.role = 'PLATFORM_ADMIN' OR m.organisation_id IS NULL OR NOT (m.organisation_id = ANY (app_ids('app.organisation_ids')))))
        ) THEN
          RETURN 'FORBIDDEN';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM users WHERE id = target) THEN RETURN 'FORBIDDEN'; END IF;
        UPDATE users SET totp_secret_sealed = NULL, totp_enabled_at = NULL, recovery_code_hashes = '{}'
          WHERE id = target AND totp_enabled_at IS NOT NULL;
        IF NOT FOUND THEN RETURN 'NOT_ENABLED'; END IF;
        UPDATE sessions SET revoked_at = at WHERE user_id = target AND revoked_at IS NULL;
        RETURN 'RESET';
      END $$`);
    await runner.query(`REVOKE ALL ON FUNCTION reset_second_factor(uuid, timestamptz) FROM PUBLIC`);
    await runner.query(`GRANT EXECUTE ON FUNCTION reset_second_factor(uuid, timestamptz) TO ${APP_ROLE}`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP FUNCTION reset_second_factor(uuid, timestamptz)`);
  }
}
