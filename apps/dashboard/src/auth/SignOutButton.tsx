import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { routePath, type Route } from '../routing/routes';
import { navigate } from '../routing/useRoute';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/**
 * Ends this session; then nothing of the signed-in person stays in the page's memory, and the
 * sign-in page opens (leading back to `next` once signed in again, when given).
 */
export function useSignOut(): { signOut: (next?: Route) => Promise<void>; loading: boolean } {
  const client = useApolloClient();
  const [signOutMutation, { loading }] = useMutation(SignOutMutation);
  async function signOut(next?: Route) {
    try {
      await signOutMutation();
    } finally {
      // Even when the API could not be told, this page forgets who was signed in.
      await client.resetStore().catch(() => undefined);
      navigate({ page: 'signIn', next: next ? routePath(next) : undefined });
    }
  }
  return { signOut, loading };
}

export function SignOutButton() {
  const { t } = useLocale();
  const { signOut, loading } = useSignOut();
  return (
    <button type="button" className="button button--quiet" onClick={() => void signOut()} disabled={loading}>
      {t('dashboard.signOut')}
    </button>
  );
}
