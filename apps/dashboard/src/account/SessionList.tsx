import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { navigate } from '../routing/useRoute';
import { Badge } from '../ui/Badge';
import { DataTable } from '../ui/DataTable';
import { DateTime } from '../ui/DateTime';
import { formatDateTime } from '../ui/formatDateTime';
import { FormAlert } from '../ui/FormAlert';
import { useFormProblem } from '../ui/useFormProblem';

const SessionListFragment = graphql(`
  fragment SessionList_session on SessionInfo {
    id
    current
    createdAt
    lastSeenAt
    secondFactor
  }
`);

const RevokeSessionMutation = graphql(`
  mutation RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input)
  }
`);

const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export interface SessionListProps {
  readonly sessions: readonly FragmentType<typeof SessionListFragment>[];
}

/** Where the viewer is signed in, newest first; any other session can be ended, or all of them. */
export function SessionList(props: SessionListProps) {
  const { t, locale } = useLocale();
  const client = useApolloClient();
  const sessions = props.sessions.map((session) => getFragmentData(SessionListFragment, session));
  const [revokeSession, { loading: revoking }] = useMutation(RevokeSessionMutation, { refetchQueries: ['AccountPage'], awaitRefetchQueries: true });
  const [signOutEverywhere, { loading: signingOut }] = useMutation(SignOutEverywhereMutation);
  const form = useFormProblem({ fields: [] });

  async function revoke(sessionId: string) {
    if (revoking) return;
    await form.send(() => revokeSession({ variables: { input: { sessionId } } }));
  }

  async function everywhere() {
    if (signingOut) return;
    const { problem } = await form.send(() => signOutEverywhere());
    if (problem) return;
    await client.resetStore().catch(() => undefined);
    navigate({ page: 'signIn' });
  }

  return (
    <>
      <FormAlert form={form} />
      <DataTable
        caption={t('dashboard.sessions.title')}
        columns={[
          t('dashboard.sessions.started'),
          t('dashboard.sessions.lastSeen'),
          t('dashboard.sessions.secondFactor'),
          <span className="visually-hidden">{t('dashboard.actions')}</span>,
        ]}
      >
        {sessions.map((session) => (
          <tr key={session.id}>
            <th scope="row">
              <DateTime value={session.createdAt} />
              {session.current ? (
                <>
                  {' '}
                  <Badge tone="current">{t('dashboard.sessions.current')}</Badge>
                </>
              ) : null}
            </th>
            <td>
              <DateTime value={session.lastSeenAt} />
            </td>
            <td>{session.secondFactor ? t('dashboard.yes') : t('dashboard.no')}</td>
            <td className="data-table__action">
              {session.current ? null : (
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t('dashboard.sessions.revoke.label', { started: formatDateTime(session.createdAt, locale) })}
                  onClick={() => void revoke(session.id)}
                >
                  {t('dashboard.sessions.revoke')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      <p className="note">{t('dashboard.sessions.everywhere.hint')}</p>
      <button type="button" className="button button--danger" onClick={() => void everywhere()}>
        {t('dashboard.sessions.everywhere')}
      </button>
    </>
  );
}
