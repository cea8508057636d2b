import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeping what people send only as long as needed (issue 11): when a group ended, which the
 * retention job counts from, and messages written to a group (issue 11, "write to the group").
 *
 * A message is sealed by the API like a request to join (apps/api/src/privacy) and read by nobody
 * but the system: the job that delivers it by e-mail, and an organisation's data-subject export
 * through the API's service. So the table has row-level security and no policy, and the
 * application role is granted nothing on it.
 */
export class JoinRetention1764900000000 implements MigrationInterface {
  name = 'JoinRetention1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    // Ended: its enrolment ENDED, or archived. Set when it becomes so (the earlier instant when both happen), cleared when neither holds any more.
    await runner.query(`ALTER TABLE groups ADD COLUMN ended_at timestamptz`);
    await runner.query(`
      CREATE FUNCTION groups_set_ended_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.enrolment = 'ENDED' OR NEW.archived_at IS NOT NULL THEN
          NEW.ended_at := COALESCE(CASE WHEN TG_OP = 'UPDATE' THEN OLD.ended_at END, now());
        ELSE
          NEW.ended_at := NULL;
        END IF;
        RETURN NEW;
      END $$`);
    await runner.query(`
      CREATE TRIGGER groups_ended_at BEFORE INSERT OR UPDATE OF enrolment, archived_at ON groups
        FOR EACH ROW EXECUTE FUNCTION groups_set_ended_at()`);
    // Groups that ended before this column existed: from when they were archived, else from now.
    await runner.query(`UPDATE groups SET ended_at = COALESCE(archived_at, now()) WHERE enrolment = 'ENDED' OR archived_at IS NOT NULL`);
    await runner.query(`CREATE INDEX groups_ended_at_idx ON groups (ended_at) WHERE ended_at IS NOT NULL`);

    await runner.query(`
      CREATE TABLE group_messages (
        id uuid PRIMARY KEY,
        group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
        alias_sealed text NOT NULL,
        contact_kind text NOT NULL CHECK (contact_kind IN ('EMAIL', 'PHONE')),
        contact_sealed text NOT NULL,
        contact_index text NOT NULL,
        message_sealed text NOT NULL,
        language text NOT NULL CHECK (language IN ('da', 'sv', 'nb', 'pl', 'en')),
        consent_version text NOT NULL,
        consented_at timestamptz NOT NULL,
        idempotency_key uuid NOT NULL,
        created_at timestamptz NOT NULL,
        delivered_at timestamptz,
        delete_after timestamptz NOT NULL,
        UNIQUE (group_id, idempotency_key)
      )`);
    await runner.query(`CREATE INDEX group_messages_delete_after_idx ON group_messages (delete_after)`);
    await runner.query(`CREATE INDEX group_messages_contact_idx ON group_messages (contact_index)`);
    await runner.query(`ALTER TABLE group_messages ENABLE ROW LEVEL SECURITY`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE group_messages`);
    await runner.query(`DROP TRIGGER groups_ended_at ON groups`);
    await runner.query(`DROP FUNCTION groups_set_ended_at()`);
    await runner.query(`ALTER TABLE groups DROP COLUMN ended_at`);
  }
}
