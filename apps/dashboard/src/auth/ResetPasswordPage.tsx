import { useMutation, useQuery } from '@apollo/client/react';
import { LIMITS } from '@groupfinder/domain';
import { useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { routeHref } from '../routing/routes';
import { FormAlert } from '../ui/FormAlert';
import { LoadingState } from '../ui/LoadingState';
import { PageLayout } from '../ui/PageLayout';
import { TextField } from '../ui/TextField';
import { useFormProblem } from '../ui/useFormProblem';

const PasswordResetLinkQuery = graphql(`
  query PasswordResetLink($token: String!) {
    passwordResetLinkValid(token: $token)
  }
`);

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

/**
 * Where the link in a password-reset mail leads: a new password, then signing in with it. A link
 * already used or expired says so first, with the way to ask for a new one, instead of a form that
 * would refuse the password typed into it.
 */
export function ResetPasswordPage({ token }: { readonly token: string }) {
  const { t } = useLocale();
  const link = useQuery(PasswordResetLinkQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const [resetPassword, { loading }] = useMutation(ResetPasswordMutation);
  const form = useFormProblem({
    fields: ['password'],
    fieldsByCode: { PASSWORD_TOO_SHORT: 'password', PASSWORD_TOO_LONG: 'password', PASSWORD_TOO_COMMON: 'password' },
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const { problem } = await form.send(() => resetPassword({ variables: { input: { token, password } } }));
    if (!problem) setDone(true);
  }

  if (link.loading && !link.data) {
    return (
      <PageLayout title={t('dashboard.resetPassword.title')} narrow>
        <LoadingState label={t('common.loading')} />
      </PageLayout>
    );
  }
  if (link.data?.passwordResetLinkValid === false && !done) {
    return (
      <PageLayout title={t('dashboard.resetPassword.title')} narrow>
        <p className="notice notice--warning">
          {t('error.INVALID_TOKEN')} <a href={routeHref({ page: 'forgotPassword' })}>{t('dashboard.forgotPassword.title')}</a>
        </p>
      </PageLayout>
    );
  }

  return (
    <PageLayout title={t('dashboard.resetPassword.title')} narrow>
      <div role="status">
        {done ? (
          <p className="notice">
            {t('dashboard.resetPassword.done')} <a href={routeHref({ page: 'signIn' })}>{t('dashboard.signIn.title')}</a>
          </p>
        ) : null}
      </div>
      {done ? null : (
        <form ref={form.formRef} className="form card" onSubmit={(event) => void onSubmit(event)} noValidate>
          <FormAlert form={form} />
          <TextField
            label={t('dashboard.password.new')}
            hint={t('dashboard.password.hint', { min: LIMITS.passwordMinLength })}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={LIMITS.passwordMinLength}
            maxLength={LIMITS.passwordMaxLength}
            value={password}
            onChange={setPassword}
            error={form.fieldError('password')}
          />
          <div className="form__actions">
            <button type="submit" className="button">
              {t('dashboard.resetPassword.submit')}
            </button>
          </div>
        </form>
      )}
    </PageLayout>
  );
}
