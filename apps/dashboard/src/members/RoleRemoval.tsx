import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { FormAlert } from '../ui/FormAlert';
import { InlineQuestion } from '../ui/InlineQuestion';
import { useFormProblem } from '../ui/useFormProblem';
import { useInlineConfirm } from '../ui/useInlineConfirm';

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

/**
 * Removing one role of a person: the button asks first, inline. The focus moves to the question,
 * and back to the button when cancelled (Escape too) or refused; why it was refused (such as the
 * last admin of an organisation) is said beside the role.
 */
export function RoleRemoval({ membershipId, label, question, refetchQueries, onRemoved }: RoleRemovalProps) {
  const { t } = useLocale();
  const confirm = useInlineConfirm<HTMLParagraphElement>();
  const [revokeRole, { loading }] = useMutation(RevokeRoleMutation, { refetchQueries: [...refetchQueries], awaitRefetchQueries: true });
  const form = useFormProblem({ fields: [] });

  async function remove() {
    if (loading) return;
    const { problem } = await form.send(() => revokeRole({ variables: { input: { membershipId } } }));
    confirm.cancel();
    if (!problem) onRemoved();
  }

  return (
    <>
      {confirm.confirming ? (
        <InlineQuestion
          confirm={confirm}
          question={question}
          confirmLabel={t('dashboard.members.remove.confirm')}
          busy={loading}
          onConfirm={() => void remove()}
        />
      ) : (
        <button ref={confirm.buttonRef} type="button" className="button button--small button--quiet" aria-label={label} onClick={confirm.ask}>
          {t('dashboard.members.remove')}
        </button>
      )}
      <FormAlert form={form} />
    </>
  );
}
