import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { ConfirmedRemoval } from './ConfirmedRemoval';

const RevokeRoleMutation = graphql(`
  mutation RevokeRole($input: RevokeRoleInput!) {
    revokeRole(input: $input)
  }
`);

export interface RoleRemovalProps {
  readonly membershipId: string;
  /** Names the role, where it applies and whose it is: "Remove the role Editor for … from Anna Berg". */
  readonly label: string;
  /** The same, asked before it is done. */
  readonly question: string;
  /** The page's queries to refetch, so that the role is no longer listed. */
  readonly refetchQueries: readonly string[];
  /** Called once the role is gone, to say so where the focus can go (this button goes with the role). */
  readonly onRemoved: () => void;
}

/** Removing one role of a person, asked first (ConfirmedRemoval); why it was refused (such as the last admin of an organisation) is said beside the role. */
export function RoleRemoval({ membershipId, label, question, refetchQueries, onRemoved }: RoleRemovalProps) {
  const { t } = useLocale();
  const [revokeRole, { loading }] = useMutation(RevokeRoleMutation, { refetchQueries: [...refetchQueries], awaitRefetchQueries: true });
  return (
    <ConfirmedRemoval
      label={label}
      question={question}
      button={t('dashboard.members.remove')}
      confirm={t('dashboard.members.remove.confirm')}
      busy={loading}
      remove={() => revokeRole({ variables: { input: { membershipId } } })}
      onRemoved={onRemoved}
    />
  );
}
