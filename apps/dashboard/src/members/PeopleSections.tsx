import { useLocale } from '../i18n/useLocale';
import { Section } from '../ui/Section';
import { GrantRoleForm, type GrantRoleFormProps } from './GrantRoleForm';
import { InvitationTable, type InvitationTableProps } from './InvitationTable';
import { InviteForm, type InviteFormProps } from './InviteForm';
import { MemberTable, type MemberTableProps } from './MemberTable';

export interface PeopleSectionsProps {
  /** Read by the table and by the form that gives them another role. */
  readonly members: readonly (MemberTableProps['members'][number] & GrantRoleFormProps['members'][number])[];
  readonly invitations: InvitationTableProps['invitations'];
  /** Where the invitations made here lead, and what they can grant. */
  readonly invite: InviteFormProps;
}

/**
 * For the admins of an organisation or a unit: who has a role there (removing and giving roles),
 * who is invited, and inviting more.
 */
export function PeopleSections({ members, invitations, invite }: PeopleSectionsProps) {
  const { t } = useLocale();
  return (
    <>
      <Section title={t('dashboard.members.title')}>
        <MemberTable members={members} caption={t('dashboard.members.title')} refetchQueries={invite.refetchQueries} />
      </Section>
      {members.length > 0 ? (
        <Section title={t('dashboard.grant.title')}>
          <GrantRoleForm {...invite} members={members} />
        </Section>
      ) : null}
      <Section title={t('dashboard.invitations.title')}>
        <InvitationTable invitations={invitations} caption={t('dashboard.invitations.title')} refetchQueries={invite.refetchQueries} />
      </Section>
      <Section title={t('dashboard.invite.title')}>
        <InviteForm {...invite} />
      </Section>
    </>
  );
}
