import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { Translate } from '@groupfinder/translations';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import type { HistoryList_ChangeFragment } from '../gql/graphql';
import { useLocale } from '../i18n/useLocale';
import { DateTime } from '../ui/DateTime';
import { EmptyState } from '../ui/EmptyState';
import { FormAlert } from '../ui/FormAlert';
import { formatDateTime } from '../ui/formatDateTime';
import { useFormProblem } from '../ui/useFormProblem';
import { newestFirst } from './history';

const HistoryListFragment = graphql(`
  fragment HistoryList_change on Change {
    id
    madeAt
    version
    by
    byRoleLabel
    reverts
    fields {
      field
      summary
    }
  }
`);

const RevertChangeMutation = graphql(`
  mutation RevertChange($input: RevertChangeInput!) {
    revertChange(input: $input)
  }
`);

export interface HistoryListProps {
  readonly changes: readonly FragmentType<typeof HistoryListFragment>[];
  /** Whether the reader may undo a change (its admins); the API checks again. */
  readonly canRevert: boolean;
  /** The page's queries to refetch after a revert: the record, its version and this history. */
  readonly refetchQueries: readonly string[];
}

/** Who made a change: their name, else the role they made it in ("Someone outside your scope, organisation admin"), else just someone. */
function authorOf(change: Pick<HistoryList_ChangeFragment, 'by' | 'byRoleLabel'>, t: Translate): string {
  if (change.by) return change.by;
  return change.byRoleLabel ? t('dashboard.history.someoneAs', { role: change.byRoleLabel }) : t('dashboard.history.someone');
}

/** The saved edits of an organisation, a unit or a venue, newest first: who, when, each field in words; each can be reverted. */
export function HistoryList({ changes, canRevert, refetchQueries }: HistoryListProps) {
  const { t } = useLocale();
  const listed = newestFirst(changes.map((change) => getFragmentData(HistoryListFragment, change)));
  if (listed.length === 0) return <EmptyState message={t('dashboard.history.none')} />;
  return (
    <ol className="history-list">
      {listed.map((change) => (
        <li key={change.id} className="history-list__change">
          <p className="history-list__who">
            <strong>{authorOf(change, t)}</strong> <DateTime value={change.madeAt} />
          </p>
          {change.reverts ? <p className="muted">{t('dashboard.history.isRevert')}</p> : null}
          <ul className="plain-list history-list__fields">
            {change.fields.map((field) => (
              <li key={field.field}>{field.summary}</li>
            ))}
          </ul>
          {/* The first version is the record's creation: there is nothing to put back (REVERT_CREATION). */}
          {canRevert && change.version > 1 ? <RevertButton change={change} refetchQueries={refetchQueries} /> : null}
        </li>
      ))}
    </ol>
  );
}

/** Undoes one change; the API refuses (REVERT_SUPERSEDED) when a later change touched the same fields, and says so here. */
function RevertButton({ change, refetchQueries }: { readonly change: HistoryList_ChangeFragment; readonly refetchQueries: readonly string[] }) {
  const { t, locale } = useLocale();
  const [revertChange, { loading }] = useMutation(RevertChangeMutation, { refetchQueries: [...refetchQueries], awaitRefetchQueries: true });
  const form = useFormProblem({ fields: [] });
  const [reverted, setReverted] = useState(false);
  const who = authorOf(change, t);

  async function revert() {
    if (loading) return;
    setReverted(false);
    const { problem } = await form.send(() => revertChange({ variables: { input: { changeId: change.id } } }));
    if (!problem) setReverted(true);
  }

  return (
    <div className="history-list__revert">
      <button
        type="button"
        className="button button--small button--quiet"
        aria-label={t('dashboard.history.revert.label', { who, when: formatDateTime(change.madeAt, locale) })}
        aria-disabled={loading}
        onClick={() => void revert()}
      >
        {t('dashboard.history.revert')}
      </button>
      <div role="status">{reverted ? <p className="notice section__status">{t('dashboard.history.reverted')}</p> : null}</div>
      <FormAlert form={form} />
    </div>
  );
}
