import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { LIMITS } from '@groupfinder/domain';
import { useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { navigate } from '../routing/useRoute';
import { FactList } from '../ui/FactList';
import { FormAlert } from '../ui/FormAlert';
import { PageLayout } from '../ui/PageLayout';
import { QueryState } from '../ui/QueryState';
import { TextField } from '../ui/TextField';
import { useFormProblem } from '../ui/useFormProblem';
import { SIGN_IN_CODE_ERRORS, SignInCodeField } from './SignInFields';
import { useViewer } from './useViewer';

const InvitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      email
      role
      organisationName
      unitName
      groupName
      existingAccount
    }
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      id
    }
  }
`);

/**
 * Where the link in an invitation leads: what the invitation grants, then a name and a password
 * for a new account, or the password of the existing one. Accepting signs in: whoever else is
 * signed in here is told first that it signs them out.
 */
export function AcceptInvitationPage({ token }: { readonly token: string }) {
  const { t } = useLocale();
  const client = useApolloClient();
  const query = useQuery(InvitationQuery, { variables: { token } });
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [askForCode, setAskForCode] = useState(false);
  const [accept, { loading: accepting }] = useMutation(AcceptInvitationMutation);
  const form = useFormProblem({
    fields: ['name', 'password', 'code'],
    fieldsByCode: {
      ...SIGN_IN_CODE_ERRORS,
      NAME_INVALID: 'name',
      INVALID_CREDENTIALS: 'password',
      PASSWORD_TOO_SHORT: 'password',
      PASSWORD_TOO_LONG: 'password',
      PASSWORD_TOO_COMMON: 'password',
    },
  });
  const invitation = query.data?.invitation;
  const { viewer } = useViewer();
  // Someone else is signed in here: accepting signs them out, so it is said before, not after.
  const signedInAsAnother = viewer && invitation && viewer.email.toLowerCase() !== invitation.email.toLowerCase() ? viewer : null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (accepting || !invitation) return;
    const input = { token, password, ...(invitation.existingAccount ? {} : { name }), ...(askForCode && code ? { code } : {}) };
    const { problem } = await form.send(() => accept({ variables: { input } }));
    if (problem) {
      // An existing account with two-step sign-in: ask for its code too, as signing in does.
      if (problem.field === 'code') setAskForCode(true);
      return;
    }
    await client.resetStore().catch(() => undefined);
    navigate({ page: 'account' }, { replace: true });
  }

  return (
    <PageLayout title={t('dashboard.invitation.title')} narrow busy={query.loading}>
      <QueryState query={query} errorMessage={t('dashboard.page.error')}>
        {({ invitation }) => {
          if (!invitation) return <p className="notice notice--warning">{t('dashboard.invitation.invalid')}</p>;
          const where = [invitation.groupName, invitation.unitName, invitation.organisationName].filter(Boolean).join(', ');
          return (
            <>
              <FactList
                facts={[
                  { term: t('dashboard.invitation.role'), value: t(`role.${invitation.role}`) },
                  { term: t('dashboard.invitation.where'), value: where || null },
                  { term: t('common.email'), value: invitation.email },
                ]}
              />
              <form ref={form.formRef} className="form card" onSubmit={(event) => void onSubmit(event)} noValidate>
                <p className="form__intro">
                  {invitation.existingAccount ? t('dashboard.invitation.intro.existing') : t('dashboard.invitation.intro.new')}
                </p>
                {signedInAsAnother ? (
                  <p className="notice notice--warning">{t('dashboard.invitation.signedInAsAnother', { name: signedInAsAnother.name, email: signedInAsAnother.email, invited: invitation.email })}</p>
                ) : null}
                <FormAlert form={form} />
                {/* For password managers: the account the password belongs to. */}
                <input type="email" name="username" autoComplete="username" value={invitation.email} readOnly hidden />
                {invitation.existingAccount ? null : (
                  <TextField
                    label={t('dashboard.invitation.name')}
                    name="name"
                    autoComplete="name"
                    required
                    maxLength={LIMITS.nameMaxLength}
                    value={name}
                    onChange={setName}
                    error={form.fieldError('name')}
                  />
                )}
                <TextField
                  label={invitation.existingAccount ? t('dashboard.password') : t('dashboard.password.new')}
                  hint={invitation.existingAccount ? undefined : t('dashboard.password.hint', { min: LIMITS.passwordMinLength })}
                  name="password"
                  type="password"
                  autoComplete={invitation.existingAccount ? 'current-password' : 'new-password'}
                  required
                  value={password}
                  onChange={setPassword}
                  error={form.fieldError('password')}
                />
                {askForCode ? <SignInCodeField value={code} onChange={setCode} error={form.fieldError('code')} /> : null}
                <div className="form__actions">
                  <button type="submit" className="button">
                    {signedInAsAnother ? t('dashboard.invitation.submit.switch', { name: signedInAsAnother.name }) : t('dashboard.invitation.submit')}
                  </button>
                </div>
              </form>
            </>
          );
        }}
      </QueryState>
    </PageLayout>
  );
}
