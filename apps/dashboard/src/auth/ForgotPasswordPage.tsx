import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { routeHref } from '../routing/routes';
import { FormAlert } from '../ui/FormAlert';
import { PageLayout } from '../ui/PageLayout';
import { TextField } from '../ui/TextField';
import { useFormProblem } from '../ui/useFormProblem';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

/** Asks for a link to choose a new password. Says the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useLocale();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [requestReset, { loading }] = useMutation(RequestPasswordResetMutation);
  const form = useFormProblem({ fields: ['email'], fieldsByCode: { EMAIL_INVALID: 'email' } });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const { problem } = await form.send(() => requestReset({ variables: { input: { email } } }));
    if (!problem) setSentTo(email);
  }

  return (
    <PageLayout title={t('dashboard.forgotPassword.title')} narrow>
      <div role="status">{sentTo ? <p className="notice">{t('dashboard.forgotPassword.sent', { email: sentTo })}</p> : null}</div>
      <form ref={form.formRef} className="form card" onSubmit={(event) => void onSubmit(event)} noValidate>
        <p className="form__intro">{t('dashboard.forgotPassword.intro')}</p>
        <FormAlert form={form} />
        <TextField
          label={t('common.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={setEmail}
          error={form.fieldError('email')}
        />
        <div className="form__actions">
          <button type="submit" className="button">
            {t('dashboard.forgotPassword.submit')}
          </button>
          <a href={routeHref({ page: 'signIn' })}>{t('dashboard.backToSignIn')}</a>
        </div>
      </form>
    </PageLayout>
  );
}
