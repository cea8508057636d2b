import { graphql, getFragmentData, type FragmentType } from '../gql';
import type { MemberTable_MemberFragment } from '../gql/graphql';
import { MembershipList } from '../account/MembershipList';
import { useLocale } from '../i18n/useLocale';
import { DataTable } from '../ui/DataTable';
import { useRemovalNotice } from './ConfirmedRemoval';
import { RoleRemoval } from './RoleRemoval';
import { SecondFactorReset } from './SecondFactorReset';
import { useViewer } from '../auth/useViewer';

const MemberTableFragment = graphql(`
  fragment MemberTable_member on Member {
    id
    name
    email
    secondFactorEnabled
    memberships {
      id
      role
      organisation {
        id
        name
      }
      unit {
        id
        name
      }
      groupName
      ...MembershipList_membership
    }
  }
`);

type MemberRole = MemberTable_MemberFragment['memberships'][number];

/** Where a role applies, in words: its group, its unit or its organisation. */
function placeOf(membership: MemberRole): string {
  return membership.groupName ?? membership.unit?.name ?? membership.organisation?.name ?? '';
}

export interface MemberTableProps {
  readonly members: readonly FragmentType<typeof MemberTableFragment>[];
  readonly caption: string;
  /** The page's queries to refetch once a role is removed. */
  readonly refetchQueries: readonly string[];
}

/** The people with roles here, and whether they sign in with a second factor; each role can be removed, a second factor reset. */
export function MemberTable(props: MemberTableProps) {
  const { t } = useLocale();
  const members = props.members.map((member) => getFragmentData(MemberTableFragment, member));
  const { notice, say } = useRemovalNotice();
  const { viewer } = useViewer();
  // Organisation and platform admins reset second factors (the API says when a person is not theirs to reset).
  const mayReset = viewer?.memberships.some((membership) => membership.role === 'ORGANISATION_ADMIN' || membership.role === 'PLATFORM_ADMIN') ?? false;
  if (members.length === 0) {
    return (
      <>
        {notice}
        <p className="muted">{t('dashboard.members.none')}</p>
      </>
    );
  }
  return (
    <>
      {notice}
      <DataTable
        caption={props.caption}
        columns={[t('dashboard.members.name'), t('common.email'), t('dashboard.members.roles'), t('dashboard.members.secondFactor')]}
      >
        {members.map((member) => (
          <tr key={member.id}>
            <th scope="row">{member.name}</th>
            <td className="data-table__email">{member.email}</td>
            <td>
              <MembershipList
                memberships={member.memberships}
                action={(membershipId) => {
                  const membership = member.memberships.find((candidate) => candidate.id === membershipId);
                  if (!membership) return null;
                  const words = { role: t(`role.${membership.role}`), place: placeOf(membership), person: member.name };
                  return (
                    <RoleRemoval
                      membershipId={membership.id}
                      label={t('dashboard.members.remove.label', words)}
                      question={t('dashboard.members.remove.question', words)}
                      refetchQueries={props.refetchQueries}
                      onRemoved={() => say(t('dashboard.members.removed', words))}
                    />
                  );
                }}
              />
            </td>
            <td>
              {member.secondFactorEnabled ? t('dashboard.yes') : t('dashboard.no')}
              {member.secondFactorEnabled && mayReset && member.id !== viewer?.id ? (
                <>
                  {' '}
                  <SecondFactorReset
                    userId={member.id}
                    person={member.name}
                    refetchQueries={props.refetchQueries}
                    onReset={() => say(t('dashboard.members.resetSecondFactor.done', { person: member.name }))}
                  />
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
