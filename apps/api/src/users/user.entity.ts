import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { registerSealedColumns } from '../privacy/sealed-columns';

registerSealedColumns({ table: 'users', idColumn: 'id', columns: ['totp_secret_sealed'] });

/** A person who signs in to the dashboard. Never exposed as it is: see `Member` and `Me`. */
@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lower case; unique. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  /** argon2id, with its parameters and salt. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'text' })
  locale: string;

  /** The authenticator app's secret, sealed to this row (auth/second-factor.ts); set at enrolment, before it is confirmed. */
  @Column({ name: 'totp_secret_sealed', type: 'text', nullable: true })
  totpSecretSealed: string | null;

  /** Set once a code from the authenticator app confirmed the secret. */
  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** SHA-256 of each unused recovery code. */
  @Column({ name: 'recovery_code_hashes', type: 'text', array: true, default: () => "'{}'" })
  recoveryCodeHashes: string[];

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;
}
