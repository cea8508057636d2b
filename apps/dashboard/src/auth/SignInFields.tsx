import { useLocale } from '../i18n/useLocale';
import { TextField } from '../ui/TextField';

/** The API's answers that a password was right and the account's second factor is still missing or wrong. */
export const SIGN_IN_CODE_ERRORS = { SECOND_FACTOR_REQUIRED: 'code', INVALID_SECOND_FACTOR: 'code' } as const;

export interface SignInFieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | undefined;
}

/** Signing in with a second factor: a code from an authenticator app, or one of the recovery codes. */
export function SignInCodeField({ value, onChange, error }: SignInFieldProps) {
  const { t } = useLocale();
  return (
    <TextField
      label={t('dashboard.signIn.code')}
      hint={t('dashboard.signIn.code.hint')}
      name="code"
      autoComplete="one-time-code"
      autoCapitalize="none"
      spellCheck={false}
      required
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

/** The person's present password, as signing in asks for it (and changing the second factor). */
export function PasswordField({ value, onChange, error }: SignInFieldProps) {
  const { t } = useLocale();
  return <TextField label={t('dashboard.password')} name="password" type="password" autoComplete="current-password" required value={value} onChange={onChange} error={error} />;
}
