import { useMutation } from '@apollo/client/react';
import { JOIN_REQUEST_STATUSES, JOINING_LIMITS, type JoinRequestStatus } from '@groupfinder/domain';
import { useEffect, useId, useState, type FormEvent, type RefObject } from 'react';
import { ConflictView } from '../editing/ConflictView';
import { describeLine } from '../editing/describeValue';
import { followStored, isDirty, startEdit } from '../editing/editState';
import type { Choice } from '../editing/mergeFields';
import { useConflict, type Conflict, type FetchTheirs } from '../editing/useConflict';
import { graphql } from '../gql';
import type { JoinQueuePageQuery } from '../gql/graphql';
import { textLanguage } from '../editing/languages';
import { useLocale } from '../i18n/useLocale';
import { emailLink, phoneLink } from '../organisations/contactLinks';
import { DateTime } from '../ui/DateTime';
import { formatDay } from '../ui/formatDateTime';
import { InlineQuestion } from '../ui/InlineQuestion';
import { useConfirmFocus } from '../ui/useInlineConfirm';
import { useFormProblem } from '../ui/useFormProblem';
import { entryChange, entryValues, type EntryValues } from './queue';

export const ChangeJoinRequestMutation = graphql(`
  mutation ChangeJoinRequest($input: ChangeJoinRequestInput!) {
    changeJoinRequest(input: $input) {
      id
      version
      status
      note
      updatedAt
      deleteAfter
    }
  }
`);

const DeleteJoinRequestMutation = graphql(`
  mutation DeleteJoinRequest($input: EditInput!) {
    deleteJoinRequest(input: $input)
  }
`);

/** A refused change is shown at its control: GROUP_FULL at the status, a note too long at the note; anything else under the buttons. */
export const ENTRY_PROBLEMS = { fields: ['status', 'note'], fieldsByCode: { GROUP_FULL: 'status' } } as const;

export type QueueEntry = JoinQueuePageQuery['joinQueue']['requests'][number];

/** The columns of the queue's table, left to right (QueueEntryView writes its cells in this order). */
export const QUEUE_COLUMNS = ['number', 'alias', 'contact', 'kind', 'status', 'askedAt', 'message', 'note', 'actions'] as const;

export interface QueueEntryRowProps {
  readonly entry: QueueEntry;
  /** Its place in the order of arrival, from 1. */
  readonly position: number;
  /** The request as stored now, asked of the API after a CONFLICT. */
  readonly fetchTheirs: (id: string) => ReturnType<FetchTheirs<EntryValues>>;
  /** Whether this row holds changes not saved: the page asks before leaving with any. */
  readonly onDirtyChange: (id: string, dirty: boolean) => void;
  /** Once deleted (the row goes with it): the page says so where the focus can go. */
  readonly onDeleted: (alias: string) => void;
}

/**
 * One request in the queue: its status and note saved from the version shown; on a CONFLICT,
 * merged with what is stored now (ConflictView, under the row); deleting asks first, in place.
 */
export function QueueEntryRow({ entry, position, fetchTheirs, onDirtyChange, onDeleted }: QueueEntryRowProps) {
  const stored = entryValues(entry);
  const [edit, setEdit] = useState(() => startEdit(stored, entry.version));
  // Someone else's change that came in (the queue asked again after a CONFLICT) shows, unless something is typed here.
  const followed = followStored(edit, stored, entry.version);
  if (followed !== edit) setEdit(followed);
  const dirty = isDirty(followed);
  const { conflict, compare, resolve } = useConflict(() => fetchTheirs(entry.id));
  const problem = useFormProblem(ENTRY_PROBLEMS);
  const [changeJoinRequest, { loading: saving }] = useMutation(ChangeJoinRequestMutation);
  const [deleteJoinRequest, { loading: deleting }] = useMutation(DeleteJoinRequestMutation, {
    // Gone from the list at once, without asking the queue again (each read of it is logged).
    update: (cache, { data }) => {
      if (data?.deleteJoinRequest) cache.evict({ id: cache.identify({ __typename: 'JoinRequest', id: entry.id }) });
    },
  });
  const [saves, setSaves] = useState(0);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => onDirtyChange(entry.id, dirty), [entry.id, dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(entry.id, false), [entry.id, onDirtyChange]);

  async function save(values: EntryValues, base: EntryValues, fromVersion: number) {
    const input = entryChange(entry.id, fromVersion, base, values);
    if (input.status === undefined && input.note === undefined) return;
    const { result, problem: refused } = await problem.send(() => changeJoinRequest({ variables: { input } }));
    if (refused?.code === 'CONFLICT') return compare(base, values);
    const saved = result?.data?.changeJoinRequest;
    if (!saved) return;
    setEdit(startEdit(entryValues(saved), saved.version));
    setSaves((count) => count + 1);
  }

  async function saveAgain(choices: Partial<Record<keyof EntryValues, Choice>>) {
    const resolved = resolve(choices);
    if (!resolved) return;
    setEdit({ base: resolved.theirs, version: resolved.version, values: resolved.values });
    await save(resolved.values, resolved.theirs, resolved.version);
  }

  async function remove() {
    if (deleting) return;
    const { problem: refused } = await problem.send(() => deleteJoinRequest({ variables: { input: { id: entry.id, version: followed.version } } }));
    setConfirming(false);
    // Changed by someone since: the row shows their change (unless something is typed here), to look at before deleting.
    if (refused?.code === 'CONFLICT') await fetchTheirs(entry.id).catch(() => null);
    else if (!refused) onDeleted(entry.alias);
  }

  return (
    <QueueEntryView
      entry={entry}
      position={position}
      values={followed.values}
      dirty={dirty}
      saving={saving}
      saved={saves > 0 && !dirty ? saves : 0}
      statusError={problem.fieldError('status')}
      noteError={problem.fieldError('note')}
      rowError={conflict ? undefined : problem.formError}
      attempt={problem.attempt}
      formRef={problem.formRef}
      conflict={conflict}
      confirmingDelete={confirming}
      deleting={deleting}
      onChange={(values) => setEdit((previous) => ({ ...previous, values }))}
      onSave={() => {
        if (!saving) void save(followed.values, followed.base, followed.version);
      }}
      onSaveAgain={(choices) => void saveAgain(choices)}
      onAskDelete={() => setConfirming(true)}
      onCancelDelete={() => setConfirming(false)}
      onDelete={() => void remove()}
    />
  );
}

export interface QueueEntryViewProps {
  readonly entry: QueueEntry;
  readonly position: number;
  /** What the status and note controls hold. */
  readonly values: EntryValues;
  readonly dirty: boolean;
  readonly saving: boolean;
  /** Counts this row's saves while nothing new is typed (0: say nothing), so that each save is announced. */
  readonly saved: number;
  /** Why the status was refused (GROUP_FULL), or the note (too long). */
  readonly statusError?: string | undefined;
  readonly noteError?: string | undefined;
  /** Why the change or the deletion failed as a whole. */
  readonly rowError?: string | undefined;
  readonly attempt: number;
  readonly formRef?: RefObject<HTMLFormElement | null>;
  /** Someone else saved this request since it was shown: their version and mine, under the row. */
  readonly conflict: Conflict<EntryValues> | null;
  readonly confirmingDelete: boolean;
  readonly deleting: boolean;
  readonly onChange: (values: EntryValues) => void;
  readonly onSave: () => void;
  readonly onSaveAgain: (choices: Partial<Record<keyof EntryValues, Choice>>) => void;
  readonly onAskDelete: () => void;
  readonly onCancelDelete: () => void;
  readonly onDelete: () => void;
}

/**
 * A request as a row of the queue's table. Its status and note belong to a form in the last cell
 * (the `form` attribute), so that a problem moves the focus to its control and Enter saves.
 */
export function QueueEntryView(props: QueueEntryViewProps) {
  const { entry, position, values, dirty, saving, saved, statusError, noteError, rowError, attempt, formRef, conflict } = props;
  const { t, locale } = useLocale();
  const id = useId();
  const formId = `${id}-form`;
  const deleteFocus = useConfirmFocus<HTMLParagraphElement>(props.confirmingDelete);

  const contact = entry.contactKind === 'EMAIL' ? emailLink(entry.contact) : phoneLink(entry.contact);
  const describedBy = (error: string | undefined, errorId: string) => (error ? errorId : undefined);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    props.onSave();
  }

  return (
    <>
      <tr>
        <td>{position}</td>
        <th scope="row">{entry.alias}</th>
        <td className="data-table__email">
          {contact ? <a href={contact.href}>{contact.label}</a> : entry.contact}
          <br />
          <span className="muted">{t('dashboard.queue.writesIn', { language: t(`language.${textLanguage(entry.language)}`) })}</span>
        </td>
        <td>{t(`dashboard.queue.kind.${entry.kind}`)}</td>
        <td>
          <div className={statusError ? 'field field--invalid' : 'field'}>
            <label className="visually-hidden" htmlFor={`${id}-status`}>
              {t('dashboard.queue.statusOf', { alias: entry.alias })}
            </label>
            {statusError ? (
              <p className="field__error" id={`${id}-status-error`}>
                {statusError}
              </p>
            ) : null}
            <select
              id={`${id}-status`}
              name="status"
              form={formId}
              className="field__input field__input--select queue__status"
              value={values.status}
              aria-invalid={statusError ? true : undefined}
              aria-describedby={describedBy(statusError, `${id}-status-error`)}
              onChange={(event) => props.onChange({ ...values, status: event.target.value as JoinRequestStatus })}
            >
              {JOIN_REQUEST_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`dashboard.queue.status.${status}`)}
                </option>
              ))}
            </select>
          </div>
        </td>
        <td>
          <DateTime value={entry.askedAt} />
          <br />
          <span className="muted">{t('dashboard.queue.deleteAfter', { date: formatDay(entry.deleteAfter, locale) })}</span>
        </td>
        <td className="queue__message">
          {/* Written in the form they read, in their language: a screen reader speaks it so (WCAG 3.1.2). */}
          {entry.message != null ? <span lang={textLanguage(entry.language)}>{entry.message}</span> : <span className="muted">{t('dashboard.queue.noMessage')}</span>}
        </td>
        <td>
          <div className={noteError ? 'field field--invalid' : 'field'}>
            <label className="visually-hidden" htmlFor={`${id}-note`}>
              {t('dashboard.queue.noteOn', { alias: entry.alias })}
            </label>
            {noteError ? (
              <p className="field__error" id={`${id}-note-error`}>
                {noteError}
              </p>
            ) : null}
            <textarea
              id={`${id}-note`}
              name="note"
              form={formId}
              rows={2}
              maxLength={JOINING_LIMITS.noteMaxLength}
              className="field__input field__input--textarea queue__note"
              value={values.note}
              aria-invalid={noteError ? true : undefined}
              aria-describedby={describedBy(noteError, `${id}-note-error`)}
              onChange={(event) => props.onChange({ ...values, note: event.target.value })}
            />
          </div>
        </td>
        <td>
          <div className="queue__actions">
            <form id={formId} ref={formRef} onSubmit={submit} noValidate aria-busy={saving}>
              <button type="submit" className="button button--small" aria-disabled={saving || !dirty} aria-label={saving ? undefined : t('dashboard.queue.saveFor', { alias: entry.alias })}>
                {saving ? t('dashboard.saving') : t('dashboard.queue.save')}
              </button>
            </form>
            {props.confirmingDelete ? (
              <InlineQuestion
                confirm={{ questionRef: deleteFocus.questionRef, cancel: props.onCancelDelete }}
                question={t('dashboard.queue.delete.question', { alias: entry.alias })}
                confirmLabel={t('dashboard.queue.delete.confirm')}
                busy={props.deleting}
                onConfirm={props.onDelete}
              />
            ) : (
              <button
                ref={deleteFocus.buttonRef}
                type="button"
                className="button button--small button--quiet"
                aria-label={t('dashboard.queue.deleteFor', { alias: entry.alias })}
                onClick={props.onAskDelete}
              >
                {t('dashboard.queue.delete')}
              </button>
            )}
            {rowError ? (
              <div key={attempt} className="form-alert" role="alert">
                {rowError}
              </div>
            ) : null}
            <p role="status" className="queue__saved">
              {saved > 0 ? <span key={saved}>{t('dashboard.queue.saved')}</span> : null}
            </p>
          </div>
        </td>
      </tr>
      {conflict ? (
        <tr>
          <td colSpan={QUEUE_COLUMNS.length}>
            <ConflictView
              record="joinRequest"
              conflict={conflict}
              fieldLabel={(field) => t(field === 'status' ? 'dashboard.queue.column.status' : 'dashboard.queue.column.note')}
              describe={(field, fields) => (field === 'status' ? t(`dashboard.queue.status.${fields.status}`) : describeLine(t, fields.note))}
              saving={saving}
              onSaveAgain={props.onSaveAgain}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}
