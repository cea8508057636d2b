import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { administersOrganisation } from '../auth/access';
import { SignedInPage } from '../auth/SignedInPage';
import type { Viewer } from '../auth/useViewer';
import { useViewer } from '../auth/useViewer';
import { UnsavedChangesDialog } from '../editing/UnsavedChangesDialog';
import { useUnsavedChanges } from '../editing/useUnsavedChanges';
import { graphql } from '../gql';
import type { JoinQueuePageQuery as JoinQueuePageData } from '../gql/graphql';
import { useLocale } from '../i18n/useLocale';
import { NotFoundPage } from '../routing/NotFoundPage';
import { routeHref } from '../routing/routes';
import { DataTable } from '../ui/DataTable';
import { EmptyState } from '../ui/EmptyState';
import { FactList } from '../ui/FactList';
import { FormAlert } from '../ui/FormAlert';
import { OrganisationContext } from '../ui/OrganisationContext';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';
import { useFormProblem } from '../ui/useFormProblem';
import { entryValues, exportFileName, placesLeftNow, queueCounts } from './queue';
import { QUEUE_COLUMNS, QueueEntryRow } from './QueueEntryRow';
import { errorCodes } from '../ui/errorCodes';

export const JoinQueuePageQuery = graphql(`
  query JoinQueuePage($groupId: ID!) {
    joinQueue(groupId: $groupId) {
      groupId
      groupName
      joinWay
      formingMinimum
      accepted
      sizeMax
      placesLeft
      requests {
        id
        version
        kind
        status
        alias
        contactKind
        contact
        message
        note
        language
        askedAt
        updatedAt
        deleteAfter
      }
    }
    editableGroup(id: $groupId) {
      id
      organisationId
    }
    organisations {
      id
      slug
      name
    }
  }
`);

const ExportJoinQueueMutation = graphql(`
  mutation ExportJoinQueue($groupId: ID!) {
    exportJoinQueue(groupId: $groupId)
  }
`);


/**
 * A group's requests to join, for the admins of its organisation or unit (the API says NOT_FOUND
 * to anyone else): how far it is against its threshold and its size, each request in order of
 * arrival with its status and note, deleting, and the export. Every read is in the access log.
 */
export function JoinQueuePage({ id }: { readonly id: string }) {
  const { t } = useLocale();
  const { viewer } = useViewer();
  // Always from the API: what the queue holds changes outside this page (new requests, withdrawals).
  const query = useQuery(JoinQueuePageQuery, { variables: { groupId: id }, skip: !viewer, fetchPolicy: 'network-only' });
  const [code] = errorCodes(query.error);
  if (code === 'NOT_FOUND' || code === 'GROUP_NOT_FOUND') return <NotFoundPage />;
  const queue = query.data?.joinQueue;
  const title = queue ? t('dashboard.queue.titleOf', { group: queue.groupName }) : t('dashboard.queue.title');

  return (
    <SignedInPage title={title} busy={query.loading} next={{ page: 'joinRequests', id }}>
      {(signedIn) =>
        code === 'FORBIDDEN' ? (
          <p className="notice">{t('dashboard.queue.adminsOnly')}</p>
        ) : (
          <QueryState query={query} errorMessage={t('dashboard.queue.error')}>
            {(data) => <JoinQueue data={data} viewer={signedIn} />}
          </QueryState>
        )
      }
    </SignedInPage>
  );
}

export interface JoinQueueProps {
  readonly data: JoinQueuePageData;
  readonly viewer: Viewer;
}

/** The queue once loaded: its numbers, the access-log line, the export and the table. */
export function JoinQueue({ data, viewer }: JoinQueueProps) {
  const { t } = useLocale();
  const client = useApolloClient();
  const { joinQueue: queue, editableGroup } = data;
  const organisation = data.organisations.find((each) => each.id === editableGroup.organisationId) ?? null;
  const [dirtyIds, setDirtyIds] = useState<ReadonlySet<string>>(new Set());
  const changes = useUnsavedChanges(dirtyIds.size > 0);
  const [deleted, setDeleted] = useState<{ readonly alias: string; readonly count: number } | null>(null);
  const deletedNotice = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (deleted) deletedNotice.current?.focus();
  }, [deleted]);

  const onDirtyChange = useCallback((entryId: string, dirty: boolean) => {
    setDirtyIds((previous) => {
      if (previous.has(entryId) === dirty) return previous;
      const next = new Set(previous);
      if (dirty) next.add(entryId);
      else next.delete(entryId);
      return next;
    });
  }, []);

  const fetchTheirs = useCallback(
    async (entryId: string) => {
      const { data: now } = await client.query({ query: JoinQueuePageQuery, variables: { groupId: queue.groupId }, fetchPolicy: 'network-only' });
      const theirs = now?.joinQueue.requests.find((each) => each.id === entryId);
      return theirs ? { values: entryValues(theirs), version: theirs.version } : null;
    },
    [client, queue.groupId],
  );

  return (
    <>
      {organisation ? <OrganisationContext organisation={organisation} /> : null}
      <nav className="page__links" aria-label={t('dashboard.queue.links')}>
        <a href={routeHref({ page: 'group', id: queue.groupId })}>{t('dashboard.queue.backToGroup')}</a>
      </nav>
      <QueueSummary queue={queue} />
      <p className="note note--lead">
        {t('dashboard.queue.accessLogged')}{' '}
        {organisation && administersOrganisation(viewer.memberships, organisation.id) ? (
          <a href={routeHref({ page: 'personalData', slug: organisation.slug })}>{t('dashboard.personalData.title')}</a>
        ) : null}
      </p>
      <Section title={t('dashboard.queue.requests')}>
        <p ref={deletedNotice} tabIndex={-1} role="status" className="section__status">
          {deleted ? <span key={deleted.count}>{t('dashboard.queue.deleted', { alias: deleted.alias })}</span> : null}
        </p>
        {queue.requests.length === 0 ? (
          <EmptyState message={t('dashboard.queue.none')} />
        ) : (
          <>
            <p className="note note--lead">{t('dashboard.queue.noteHint')}</p>
            <DataTable caption={t('dashboard.queue.caption', { group: queue.groupName })} columns={QUEUE_COLUMNS.map((column) => t(`dashboard.queue.column.${column}`))}>
            {queue.requests.map((entry, index) => (
              <QueueEntryRow
                key={entry.id}
                entry={entry}
                position={index + 1}
                fetchTheirs={fetchTheirs}
                onDirtyChange={onDirtyChange}
                onDeleted={(alias) => setDeleted((previous) => ({ alias, count: (previous?.count ?? 0) + 1 }))}
              />
            ))}
            </DataTable>
          </>
        )}
        <ExportButton groupId={queue.groupId} groupName={queue.groupName} disabled={queue.requests.length === 0} />
      </Section>
      <UnsavedChangesDialog changes={changes} record="joinRequest" />
    </>
  );
}

/** "4 of 6 signed up" against the group's threshold, the accepted against its size, and how it takes requests now. */
export function QueueSummary({ queue }: { readonly queue: JoinQueuePageData['joinQueue'] }) {
  const { t } = useLocale();
  // Counted from the requests shown, so that a status just saved counts at once.
  const { signedUp, accepted } = queueCounts(queue.requests);
  const placesLeft = placesLeftNow(queue, accepted);
  return (
    <div className="card section">
      <FactList
        facts={[
          {
            term: t('dashboard.queue.signedUp'),
            value:
              queue.formingMinimum != null
                ? t('dashboard.queue.signedUpOf', { count: signedUp, minimum: queue.formingMinimum })
                : t('dashboard.queue.signedUpCount', { count: signedUp }),
          },
          {
            term: t('dashboard.queue.accepted'),
            value: queue.sizeMax != null ? t('dashboard.queue.acceptedOf', { count: accepted, size: queue.sizeMax }) : t('dashboard.queue.acceptedCount', { count: accepted }),
          },
          { term: t('dashboard.queue.placesLeft'), value: placesLeft !== null ? t('enrolment.placesLeft', { count: placesLeft }) : null },
          { term: t('dashboard.queue.joinWay'), value: t(`dashboard.queue.joinWay.${queue.joinWay}`) },
        ]}
      />
    </div>
  );
}

/** Saves the queue as a CSV file, made here from the API's text: the file never passes through a server of ours again. */
function ExportButton({ groupId, groupName, disabled }: { readonly groupId: string; readonly groupName: string; readonly disabled: boolean }) {
  const { t } = useLocale();
  const [exportJoinQueue, { loading }] = useMutation(ExportJoinQueueMutation);
  const form = useFormProblem({ fields: [] });
  const [exported, setExported] = useState(0);

  async function download() {
    if (loading || disabled) return;
    const { result } = await form.send(() => exportJoinQueue({ variables: { groupId } }));
    const csv = result?.data?.exportJoinQueue;
    if (csv === undefined) return;
    // A byte-order mark, so that spreadsheet programs read the letters æ, ø, å, ł as UTF-8.
    const url = URL.createObjectURL(new Blob([csv.startsWith('\uFEFF') ? csv : `\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(groupName, new Date());
    document.body.append(link);
    link.click();
    link.remove();
    // The browser has taken the file; nothing of it is kept in the page.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setExported((count) => count + 1);
  }

  return (
    <div className="form__actions">
      <button type="button" className="button button--quiet" aria-disabled={loading || disabled} onClick={() => void download()}>
        {loading ? t('dashboard.queue.exporting') : t('dashboard.queue.export')}
      </button>
      <FormAlert form={form} />
      <p role="status" className="note">
        {exported > 0 ? <span key={exported}>{t('dashboard.queue.exported')}</span> : null}
      </p>
    </div>
  );
}
