import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { navigate } from '../routing/useRoute';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Ends this session; then nothing of the signed-in person stays in the page's memory. */
export function SignOutButton() {
  const { t } = useLocale();
  const client = useApolloClient();
  const [signOut, { loading }] = useMutation(SignOutMutation);

  async function onClick() {
    try {
      await signOut();
    } finally {
      // Even when the API could not be told, this page forgets who was signed in.
      await client.resetStore().catch(() => undefined);
      navigate({ page: 'signIn' });
    }
  }

  return (
    <button type="button" className="button button--quiet" onClick={() => void onClick()} disabled={loading}>
      {t('dashboard.signOut')}
    </button>
  );
}
