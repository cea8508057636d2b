import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { FormAlert } from '../ui/FormAlert';
import { InlineQuestion } from '../ui/InlineQuestion';
import { useFormProblem } from '../ui/useFormProblem';
import { useInlineConfirm } from '../ui/useInlineConfirm';

const DeleteEmbedMutation = graphql(`
  mutation DeleteEmbed($input: EditInput!) {
    deleteEmbed(input: $input) {
      id
    }
  }
`);

export interface EmbedDeletionProps {
  readonly id: string;
  readonly name: string;
  /** The version stored: someone's save since is a CONFLICT, and the page shows theirs. */
  readonly version: number;
  readonly refetchQueries: readonly string[];
  /** Once deleted: the page goes back to the list. */
  readonly onDeleted: () => void;
}

/**
 * Deleting an embed, asked first inline: its key stops working, so every page showing it shows
 * the finder no more. The focus moves to the question, and back to the button when cancelled.
 */
export function EmbedDeletion({ id, name, version, refetchQueries, onDeleted }: EmbedDeletionProps) {
  const { t } = useLocale();
  const confirm = useInlineConfirm<HTMLParagraphElement>();
  const [deleteEmbed, { loading }] = useMutation(DeleteEmbedMutation);
  const form = useFormProblem({ fields: [] });
  const client = useApolloClient();

  async function remove() {
    if (loading) return;
    const { result, problem } = await form.send(() => deleteEmbed({ variables: { input: { id, version } } }));
    confirm.cancel();
    if (problem?.code === 'CONFLICT') void client.refetchQueries({ include: [...refetchQueries] }).catch(() => undefined);
    if (!result?.data) return;
    client.cache.evict({ id: client.cache.identify({ __typename: 'EditableEmbed', id }) });
    onDeleted();
  }

  return (
    <div className="form">
      <p className="form__intro">{t('dashboard.embed.delete.explain')}</p>
      <FormAlert form={form} />
      {confirm.confirming ? (
        <InlineQuestion
          confirm={confirm}
          question={t('dashboard.embed.delete.question', { name })}
          confirmLabel={t('dashboard.embed.delete.confirm')}
          busy={loading}
          onConfirm={() => void remove()}
        />
      ) : (
        <div className="form__actions">
          <button ref={confirm.buttonRef} type="button" className="button button--quiet" onClick={confirm.ask}>
            {t('dashboard.embed.delete')}
          </button>
        </div>
      )}
    </div>
  );
}
