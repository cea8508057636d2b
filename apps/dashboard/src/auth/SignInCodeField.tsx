import { useLocale } from '../i18n/useLocale';
import { TextField } from '../ui/TextField';

/** The API's answers that a password was right and the account's second factor is still missing or wrong. */
export const SIGN_IN_CODE_ERRORS = { SECOND_FACTOR_REQUIRED: 'code', INVALID_SECOND_FACTOR: 'code' } as const;

export interface SignInCodeFieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | undefined;
}

/** Signing in with a second factor: a code from an authenticator app, or one of the recovery codes. */
export function SignInCodeField({ value, onChange, error }: SignInCodeFieldProps) {
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
