import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { DataTable } from '../ui/DataTable';
import { DateTime } from '../ui/DateTime';
import { ConfirmedRemoval, useRemovalNotice } from './ConfirmedRemoval';

const InvitationTableFragment = graphql(`
  fragment InvitationTable_invitation on Invitation {
    id
    email
    role
    expiresAt
  }
`);

const WithdrawInvitationMutation = graphql(`
  mutation WithdrawInvitation($input: WithdrawInvitationInput!) {
    withdrawInvitation(input: $input)
  }
`);

export interface InvitationTableProps {
  readonly invitations: readonly FragmentType<typeof InvitationTableFragment>[];
  readonly caption: string;
  /** The page's queries to refetch once an invitation is withdrawn. */
  readonly refetchQueries: readonly string[];
}

/** Invitations sent and not yet accepted, with the role each grants and until when it can be accepted; each can be withdrawn. */
export function InvitationTable(props: InvitationTableProps) {
  const { t } = useLocale();
  const invitations = props.invitations.map((invitation) => getFragmentData(InvitationTableFragment, invitation));
  const [withdraw, { loading }] = useMutation(WithdrawInvitationMutation, { refetchQueries: [...props.refetchQueries], awaitRefetchQueries: true });
  const { notice, say } = useRemovalNotice();
  if (invitations.length === 0) {
    return (
      <>
        {notice}
        <p className="muted">{t('dashboard.invitations.none')}</p>
      </>
    );
  }
  return (
    <>
      {notice}
      <DataTable caption={props.caption} columns={[t('common.email'), t('dashboard.invitations.role'), t('dashboard.invitations.expires'), t('dashboard.actions')]}>
        {invitations.map((invitation) => {
          const words = { email: invitation.email, role: t(`role.${invitation.role}`) };
          return (
            <tr key={invitation.id}>
              <th scope="row" className="data-table__email">
                {invitation.email}
              </th>
              <td>{words.role}</td>
              <td>
                <DateTime value={invitation.expiresAt} />
              </td>
              <td>
                <ConfirmedRemoval
                  label={t('dashboard.invitations.withdraw.label', words)}
                  question={t('dashboard.invitations.withdraw.question', words)}
                  button={t('dashboard.invitations.withdraw')}
                  confirm={t('dashboard.invitations.withdraw.confirm')}
                  busy={loading}
                  remove={() => withdraw({ variables: { input: { invitationId: invitation.id } } })}
                  onRemoved={() => say(t('dashboard.invitations.withdrawn', words))}
                />
              </td>
            </tr>
          );
        })}
      </DataTable>
    </>
  );
}
