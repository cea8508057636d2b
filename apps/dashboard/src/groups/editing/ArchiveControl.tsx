import { useMutation } from '@apollo/client/react';
import { RETENTION } from '@groupfinder/domain';
import { useState } from 'react';
import { graphql } from '../../gql';
import { useLocale } from '../../i18n/useLocale';
import { FormAlert } from '../../ui/FormAlert';
import { InlineQuestion } from '../../ui/InlineQuestion';
import { useFormProblem } from '../../ui/useFormProblem';
import { useInlineConfirm } from '../../ui/useInlineConfirm';

const ArchiveGroupMutation = graphql(`
  mutation ArchiveGroup($input: EditInput!) {
    archiveGroup(input: $input) {
      id
      version
      archivedAt
    }
  }
`);

const RestoreGroupMutation = graphql(`
  mutation RestoreGroup($input: EditInput!) {
    restoreGroup(input: $input) {
      id
      version
      archivedAt
    }
  }
`);

export interface ArchiveControlProps {
  readonly groupId: string;
  /** The version the editor works from: CONFLICT when someone saved since. */
  readonly version: number;
  readonly archived: boolean;
  /** The group's new version, once archived or restored. */
  readonly onChanged: (version: number) => void;
}

/**
 * Taking a group out of the finder, asked first in place (the focus moves to the question and
 * back, Escape cancels); and putting an archived group back. What happened is said politely.
 */
export function ArchiveControl({ groupId, version, archived, onChanged }: ArchiveControlProps) {
  const { t } = useLocale();
  const confirm = useInlineConfirm<HTMLParagraphElement>();
  const [done, setDone] = useState<'archived' | 'restored' | null>(null);
  const [archiveGroup, archiving] = useMutation(ArchiveGroupMutation, { refetchQueries: ['GroupEditor'] });
  const [restoreGroup, restoring] = useMutation(RestoreGroupMutation, { refetchQueries: ['GroupEditor'] });
  const form = useFormProblem({ fields: [] });
  const busy = archiving.loading || restoring.loading;

  async function change(action: 'archive' | 'restore') {
    if (busy) return;
    const variables = { input: { id: groupId, version } };
    const { result: changed } = await form.send(() =>
      action === 'archive' ? archiveGroup({ variables }).then(({ data }) => data?.archiveGroup) : restoreGroup({ variables }).then(({ data }) => data?.restoreGroup),
    );
    confirm.cancel();
    if (!changed) return;
    onChanged(changed.version);
    setDone(action === 'archive' ? 'archived' : 'restored');
  }

  let control;
  if (archived) {
    control = (
      <>
        <p>{t('dashboard.groupEditor.archived')}</p>
        <button type="button" className="button button--quiet" aria-disabled={busy} onClick={() => void change('restore')}>
          {t('dashboard.groupEditor.restore')}
        </button>
      </>
    );
  } else if (confirm.confirming) {
    control = (
      <InlineQuestion
        confirm={confirm}
        question={t('dashboard.groupEditor.archive.question')}
        confirmLabel={t('dashboard.groupEditor.archive.confirm')}
        busy={busy}
        onConfirm={() => void change('archive')}
        size="regular"
      />
    );
  } else {
    control = (
      <>
        <p>{t('dashboard.groupEditor.archive.intro', { days: RETENTION.afterGroupEndsDays })}</p>
        <button ref={confirm.buttonRef} type="button" className="button button--quiet" onClick={confirm.ask}>
          {t('dashboard.groupEditor.archive')}
        </button>
      </>
    );
  }

  return (
    <div className="archive-control">
      {control}
      <FormAlert form={form} />
      <p role="status" className="archive-control__status">
        {done ? t(done === 'archived' ? 'dashboard.groupEditor.archive.done' : 'dashboard.groupEditor.restore.done') : null}
      </p>
    </div>
  );
}
