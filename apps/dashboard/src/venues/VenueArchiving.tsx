import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { FormAlert } from '../ui/FormAlert';
import { InlineQuestion } from '../ui/InlineQuestion';
import { formatDateTime } from '../ui/formatDateTime';
import { useFormProblem } from '../ui/useFormProblem';
import { useInlineConfirm } from '../ui/useInlineConfirm';

const ArchiveVenueMutation = graphql(`
  mutation ArchiveVenue($input: EditInput!) {
    archiveVenue(input: $input) {
      id
      version
      archivedAt
    }
  }
`);

const RestoreVenueMutation = graphql(`
  mutation RestoreVenue($input: EditInput!) {
    restoreVenue(input: $input) {
      id
      version
      archivedAt
    }
  }
`);

export interface VenueArchivingProps {
  readonly id: string;
  readonly name: string;
  /** The version stored: archiving changes no field, so an edit going on from it goes on from the next (see onDone). */
  readonly version: number;
  readonly archivedAt: unknown;
  readonly groupCount: number;
  readonly refetchQueries: readonly string[];
  readonly onDone: (from: number, to: number) => void;
}

/**
 * Archiving a venue (no new group can choose it; the groups meeting there keep it), asked first
 * inline, and restoring it. The focus moves to the question, back to the button when cancelled
 * (Escape too), and to what happened once done.
 */
export function VenueArchiving({ id, name, version, archivedAt, groupCount, refetchQueries, onDone }: VenueArchivingProps) {
  const { t, locale } = useLocale();
  const [done, setDone] = useState<{ readonly message: string; readonly count: number } | null>(null);
  // Once done, the focus goes to what was done.
  const confirm = useInlineConfirm<HTMLParagraphElement>(!!done);
  const options = { refetchQueries: [...refetchQueries] };
  const [archiveVenue, archiving] = useMutation(ArchiveVenueMutation, options);
  const [restoreVenue, restoring] = useMutation(RestoreVenueMutation, options);
  const form = useFormProblem({ fields: [] });
  const client = useApolloClient();
  const doneNotice = useRef<HTMLParagraphElement>(null);
  const busy = archiving.loading || restoring.loading;

  useEffect(() => {
    if (done) doneNotice.current?.focus();
  }, [done]);

  async function change(archive: boolean) {
    if (busy) return;
    const input = { id, version };
    const request = archive
      ? () => archiveVenue({ variables: { input } }).then(({ data }) => data?.archiveVenue)
      : () => restoreVenue({ variables: { input } }).then(({ data }) => data?.restoreVenue);
    const { result: changed, problem } = await form.send(request);
    confirm.cancel();
    // Someone saved since: the page shows their version, and the next try starts from it.
    if (problem?.code === 'CONFLICT') void client.refetchQueries({ include: [...refetchQueries] }).catch(() => undefined);
    if (!changed) return;
    onDone(version, changed.version);
    setDone((previous) => ({ message: t(archive ? 'dashboard.venue.archive.done' : 'dashboard.venue.restore.done'), count: (previous?.count ?? 0) + 1 }));
  }

  const notice = done ? (
    <p key={done.count} ref={doneNotice} tabIndex={-1} className="notice section__status">
      {done.message}
    </p>
  ) : null;

  if (archivedAt) {
    return (
      <div className="form">
        {notice}
        <p className="form__intro">{t('dashboard.venue.archived', { when: formatDateTime(archivedAt, locale) })}</p>
        <FormAlert form={form} />
        <div className="form__actions">
          <button type="button" className="button" aria-disabled={busy} onClick={() => void change(false)}>
            {t('dashboard.venue.restore')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="form">
      {notice}
      <p className="form__intro">{t('dashboard.venue.archive.explain', { count: groupCount })}</p>
      <FormAlert form={form} />
      {confirm.confirming ? (
        <InlineQuestion
          confirm={confirm}
          question={t('dashboard.venue.archive.question', { name })}
          confirmLabel={t('dashboard.venue.archive.confirm')}
          busy={busy}
          onConfirm={() => void change(true)}
        />
      ) : (
        <div className="form__actions">
          <button
            ref={confirm.buttonRef}
            type="button"
            className="button button--quiet"
            onClick={() => {
              setDone(null);
              confirm.ask();
            }}
          >
            {t('dashboard.venue.archive')}
          </button>
        </div>
      )}
    </div>
  );
}
