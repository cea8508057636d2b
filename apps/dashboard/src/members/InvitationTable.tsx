import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { DataTable } from '../ui/DataTable';
import { DateTime } from '../ui/DateTime';

const InvitationTableFragment = graphql(`
  fragment InvitationTable_invitation on Invitation {
    id
    email
    role
    expiresAt
  }
`);

export interface InvitationTableProps {
  readonly invitations: readonly FragmentType<typeof InvitationTableFragment>[];
  readonly caption: string;
}

/** Invitations sent and not yet accepted, with the role each grants and until when it can be accepted. */
export function InvitationTable(props: InvitationTableProps) {
  const { t } = useLocale();
  const invitations = props.invitations.map((invitation) => getFragmentData(InvitationTableFragment, invitation));
  if (invitations.length === 0) return <p className="muted">{t('dashboard.invitations.none')}</p>;
  return (
    <DataTable caption={props.caption} columns={[t('common.email'), t('dashboard.invitations.role'), t('dashboard.invitations.expires')]}>
      {invitations.map((invitation) => (
        <tr key={invitation.id}>
          <th scope="row" className="data-table__email">
            {invitation.email}
          </th>
          <td>{t(`role.${invitation.role}`)}</td>
          <td>
            <DateTime value={invitation.expiresAt} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
