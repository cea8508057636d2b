import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { parseRoute, routeHref } from '../routing/routes';
import { navigate } from '../routing/useRoute';
import { FormAlert } from '../ui/FormAlert';
import { PageLayout } from '../ui/PageLayout';
import { TextField } from '../ui/TextField';
import { useFormProblem } from '../ui/useFormProblem';
import { homePage } from './access';
import { PasswordField, SIGN_IN_CODE_ERRORS, SignInCodeField } from './SignInFields';
import { useViewer } from './useViewer';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
      memberships {
        id
        role
      }
    }
  }
`);

export interface SignInPageProps {
  /** The dashboard path to go back to once signed in. */
  readonly next?: string | undefined;
}

/** E-mail and password, and a code from an authenticator app when the account has a second factor. */
export function SignInPage({ next }: SignInPageProps) {
  const { t } = useLocale();
  const client = useApolloClient();
  const { viewer } = useViewer();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [askForCode, setAskForCode] = useState(false);
  const [signIn, { loading }] = useMutation(SignInMutation);
  const form = useFormProblem({ fields: ['email', 'password', 'code'], fieldsByCode: SIGN_IN_CODE_ERRORS });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const { result, problem } = await form.send(() => signIn({ variables: { input: { email, password, ...(askForCode && code ? { code } : {}) } } }));
    if (problem) {
      // From now on ask for the code too: its field appears, and the problem moves the focus there.
      if (problem.field === 'code') setAskForCode(true);
      return;
    }
    // Everything cached was fetched as somebody else (or nobody): start afresh as the new viewer.
    await client.resetStore().catch(() => undefined);
    // No page asked for: a municipality editor's is the embeds, everyone else's their account.
    navigate(next ? parseRoute(next) : { page: homePage(result.data?.signIn.memberships ?? []) }, { replace: true });
  }

  return (
    <PageLayout title={t('dashboard.signIn.title')} narrow>
      {viewer ? <p className="note note--lead">{t('dashboard.signIn.already', { name: viewer.name })}</p> : null}
      <form ref={form.formRef} className="form card" onSubmit={(event) => void onSubmit(event)} noValidate>
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
        <PasswordField value={password} onChange={setPassword} error={form.fieldError('password')} />
        {askForCode ? <SignInCodeField value={code} onChange={setCode} error={form.fieldError('code')} /> : null}
        <div className="form__actions">
          <button type="submit" className="button">
            {t('dashboard.signIn.submit')}
          </button>
          <a href={routeHref({ page: 'forgotPassword' })}>{t('dashboard.signIn.forgot')}</a>
        </div>
      </form>
    </PageLayout>
  );
}

