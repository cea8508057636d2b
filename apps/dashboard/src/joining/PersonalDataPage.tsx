import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { administersOrganisation } from '../auth/access';
import { SignedInPage } from '../auth/SignedInPage';
import { useViewer } from '../auth/useViewer';
import { graphql } from '../gql';
import type { DataSubjectQuery, PersonalDataAccessPageQuery as PersonalDataAccessPageData } from '../gql/graphql';
import { textLanguage } from '../editing/languages';
import { useLocale } from '../i18n/useLocale';
import { NotFoundPage } from '../routing/NotFoundPage';
import { emailLink, phoneLink } from '../organisations/contactLinks';
import { DataTable } from '../ui/DataTable';
import { DateTime } from '../ui/DateTime';
import { EmptyState } from '../ui/EmptyState';
import { FormAlert } from '../ui/FormAlert';
import { InlineQuestion } from '../ui/InlineQuestion';
import { OrganisationContext } from '../ui/OrganisationContext';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';
import { TextField } from '../ui/TextField';
import { useFormProblem } from '../ui/useFormProblem';
import { useInlineConfirm } from '../ui/useInlineConfirm';
import { errorCodes } from '../ui/errorCodes';

/** How many entries of the access log a page shows. */
export const ACCESS_LOG_PAGE_SIZE = 50;

export const PersonalDataAccessPageQuery = graphql(`
  query PersonalDataAccessPage($slug: String!, $first: Int!, $before: DateTimeISO) {
    organisation(slug: $slug) {
      id
      slug
      name
    }
    personalDataAccess(organisationSlug: $slug, first: $first, before: $before) {
      at
      action
      joinRequestId
      by
      groupName
    }
  }
`);

export const DataSubjectQueryDocument = graphql(`
  query DataSubject($slug: String!, $contact: String!) {
    dataSubjectRequests(organisationSlug: $slug, contact: $contact) {
      id
      groupName
      kind
      status
      alias
      contactKind
      contact
      message
      note
      language
      askedAt
      deleteAfter
    }
    dataSubjectMessages(organisationSlug: $slug, contact: $contact) {
      id
      groupName
      alias
      contactKind
      contact
      message
      language
      sentAt
      deliveredAt
      deleteAfter
    }
  }
`);

const EraseDataSubjectMutation = graphql(`
  mutation EraseDataSubject($slug: String!, $contact: String!) {
    eraseDataSubject(organisationSlug: $slug, contact: $contact)
  }
`);

type AccessEntry = PersonalDataAccessPageData['personalDataAccess'][number];
export type StoredRequest = DataSubjectQuery['dataSubjectRequests'][number];
export type StoredMessage = DataSubjectQuery['dataSubjectMessages'][number];


/**
 * An organisation's personal data, for its admins: the access log (who read, exported, changed or
 * deleted which request to join, and when; never what it holds), and answering a person who asks
 * what is stored about them, or to have it erased.
 */
export function PersonalDataPage({ slug }: { readonly slug: string }) {
  const { t } = useLocale();
  // Older pages by the time of the last entry shown; the cursors of the pages before, to go back.
  const [cursors, setCursors] = useState<readonly (string | null)[]>([null]);
  const before = cursors.at(-1) ?? null;
  const { viewer: signedIn } = useViewer();
  const query = useQuery(PersonalDataAccessPageQuery, { variables: { slug, first: ACCESS_LOG_PAGE_SIZE, before }, skip: !signedIn, fetchPolicy: 'network-only' });
  const [code] = errorCodes(query.error);
  if (code === 'NOT_FOUND') return <NotFoundPage />;
  const organisation = query.data?.organisation;
  const title = organisation ? t('dashboard.personalData.titleOf', { organisation: organisation.name }) : t('dashboard.personalData.title');

  return (
    <SignedInPage title={title} busy={query.loading} next={{ page: 'personalData', slug }}>
      {(viewer) =>
        code === 'FORBIDDEN' || (organisation && !administersOrganisation(viewer.memberships, organisation.id)) ? (
          <p className="notice">{t('dashboard.personalData.adminsOnly')}</p>
        ) : (
          <QueryState query={query} errorMessage={t('dashboard.personalData.error')}>
            {(data) => (
              <>
                <OrganisationContext organisation={data.organisation} />
                <p className="note note--lead">{t('dashboard.personalData.intro')}</p>
                <Section title={t('dashboard.personalData.log')}>
                  <AccessLog
                    entries={data.personalDataAccess}
                    newer={cursors.length > 1 ? () => setCursors((previous) => previous.slice(0, -1)) : null}
                    older={
                      // A page never ends inside one instant, so it may hold more than asked for.
                      data.personalDataAccess.length >= ACCESS_LOG_PAGE_SIZE
                        ? () => setCursors((previous) => [...previous, String(data.personalDataAccess.at(-1)?.at)])
                        : null
                    }
                  />
                </Section>
                <Section title={t('dashboard.personalData.subject')}>
                  <DataSubjectSearch slug={data.organisation.slug} />
                </Section>
              </>
            )}
          </QueryState>
        )
      }
    </SignedInPage>
  );
}

export interface AccessLogProps {
  readonly entries: readonly AccessEntry[];
  /** Goes to the newer entries, or null on the first page. */
  readonly newer: (() => void) | null;
  /** Goes to older entries, or null when there are none. */
  readonly older: (() => void) | null;
}

/** The access log, newest first: when, who, what they did, to which request of which group. */
export function AccessLog({ entries, newer, older }: AccessLogProps) {
  const { t } = useLocale();
  if (entries.length === 0 && !newer) return <EmptyState message={t('dashboard.personalData.log.none')} />;
  return (
    <>
      <DataTable
        caption={t('dashboard.personalData.log')}
        columns={[t('dashboard.personalData.column.at'), t('dashboard.personalData.column.by'), t('dashboard.personalData.column.action'), t('dashboard.personalData.column.request'), t('dashboard.personalData.column.group')]}
      >
        {entries.map((entry, index) => (
          // The same person may read the same request twice in a moment: the place in the list tells them apart.
          <tr key={`${String(entry.at)}-${entry.joinRequestId}-${entry.action}-${index}`}>
            <td>
              <DateTime value={entry.at} />
            </td>
            <td className="data-table__email">{entry.by ?? <span className="muted">{t('dashboard.personalData.bySystem')}</span>}</td>
            <td>{t(`dashboard.personalData.action.${entry.action}`)}</td>
            <td>
              {/* The id alone: the log never copies what a request holds. */}
              <code title={entry.joinRequestId}>{entry.joinRequestId.slice(0, 8)}</code>
            </td>
            <td>{entry.groupName ?? <span className="muted">{t('dashboard.personalData.groupGone')}</span>}</td>
          </tr>
        ))}
      </DataTable>
      {newer || older ? (
        <nav className="form__actions" aria-label={t('dashboard.personalData.log.pages')}>
          {newer ? (
            <button type="button" className="button button--quiet" onClick={newer}>
              {t('dashboard.personalData.log.newer')}
            </button>
          ) : null}
          {older ? (
            <button type="button" className="button button--quiet" onClick={older}>
              {t('dashboard.personalData.log.older')}
            </button>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

/**
 * Answering a person's request under GDPR: what is stored about an e-mail address or a phone number
 * (found through the blind index, and logged as exported), and erasing all of it, asked first.
 */
function DataSubjectSearch({ slug }: { readonly slug: string }) {
  const { t } = useLocale();
  const [contact, setContact] = useState('');
  // What was searched for, so that erasing erases what is shown, whatever the field holds by then.
  const [searched, setSearched] = useState<{ readonly contact: string; readonly requests: readonly StoredRequest[]; readonly messages: readonly StoredMessage[] } | null>(null);
  const [erased, setErased] = useState<{ readonly count: number; readonly times: number } | null>(null);
  // Erasing asks first; once done, what was erased is said and focused instead of the button.
  const confirm = useInlineConfirm<HTMLParagraphElement>(erased !== null);
  // Never cached: it is personal data, read only for this answer.
  const [findStored, { loading: finding }] = useLazyQuery(DataSubjectQueryDocument, { fetchPolicy: 'no-cache' });
  const [eraseDataSubject, { loading: erasing }] = useMutation(EraseDataSubjectMutation);
  const form = useFormProblem({ fields: ['contact'], fieldsByCode: { EMAIL_INVALID: 'contact', PHONE_INVALID: 'contact', CONTACT_INVALID: 'contact' } });
  const eraseForm = useFormProblem({ fields: [] });
  const outcome = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (erased) outcome.current?.focus();
  }, [erased]);

  async function find(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (finding) return;
    const value = contact.trim();
    if (value === '') {
      form.show({ code: 'CONTACT_REQUIRED', message: t('dashboard.personalData.contact.required'), field: 'contact' });
      return;
    }
    setErased(null);
    confirm.cancel();
    const { result } = await form.send(() => findStored({ variables: { slug, contact: value } }));
    if (result?.data) setSearched({ contact: value, requests: result.data.dataSubjectRequests, messages: result.data.dataSubjectMessages });
  }

  async function erase() {
    if (erasing || !searched) return;
    const { result } = await eraseForm.send(() => eraseDataSubject({ variables: { slug, contact: searched.contact } }));
    confirm.cancel();
    if (result?.data === undefined) return;
    setErased((previous) => ({ count: result.data?.eraseDataSubject ?? 0, times: (previous?.times ?? 0) + 1 }));
    setSearched(null);
  }

  return (
    <>
      <p>{t('dashboard.personalData.subject.intro')}</p>
      <form ref={form.formRef} className="form inline-form" onSubmit={(event) => void find(event)} noValidate aria-busy={finding}>
        <FormAlert form={form} />
        <TextField
          label={t('dashboard.personalData.contact')}
          hint={t('dashboard.personalData.contact.hint')}
          name="contact"
          autoComplete="off"
          spellCheck={false}
          value={contact}
          onChange={setContact}
          error={form.fieldError('contact')}
        />
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={finding}>
            {finding ? t('dashboard.personalData.finding') : t('dashboard.personalData.find')}
          </button>
        </div>
      </form>
      <p ref={outcome} tabIndex={-1} role="status" className="section__status">
        {erased ? <span key={erased.times}>{t('dashboard.personalData.erased', { count: erased.count })}</span> : null}
      </p>
      {searched ? (
        <StoredData
          contact={searched.contact}
          requests={searched.requests}
          messages={searched.messages}
          erase={
            searched.requests.length + searched.messages.length === 0 ? null : (
              <div className="archive-control">
                {confirm.confirming ? (
                  <InlineQuestion
                    confirm={confirm}
                    question={t('dashboard.personalData.erase.question', { count: searched.requests.length + searched.messages.length, contact: searched.contact })}
                    confirmLabel={t('dashboard.personalData.erase.confirm')}
                    busy={erasing}
                    onConfirm={() => void erase()}
                    size="regular"
                  />
                ) : (
                  <button ref={confirm.buttonRef} type="button" className="button button--quiet" onClick={confirm.ask}>
                    {t('dashboard.personalData.erase')}
                  </button>
                )}
                <FormAlert form={eraseForm} />
              </div>
            )
          }
        />
      ) : null}
    </>
  );
}

export interface StoredDataProps {
  readonly contact: string;
  readonly requests: readonly StoredRequest[];
  readonly messages: readonly StoredMessage[];
  /** The control that erases it all, under the lists. */
  readonly erase: ReactNode;
}

/** Everything stored about one person, as it is stored: for the organisation to hand over or erase. */
export function StoredData({ contact, requests, messages, erase }: StoredDataProps) {
  const { t } = useLocale();
  if (requests.length + messages.length === 0) return <EmptyState message={t('dashboard.personalData.found.none', { contact })} />;
  const contactCell = (stored: { readonly contactKind: StoredRequest['contactKind']; readonly contact: string; readonly language: StoredRequest['language'] }) => {
    const link = stored.contactKind === 'EMAIL' ? emailLink(stored.contact) : phoneLink(stored.contact);
    return (
      <td className="data-table__email">
        {link ? <a href={link.href}>{link.label}</a> : stored.contact}
        <br />
        <span className="muted">{t('dashboard.queue.writesIn', { language: t(`language.${textLanguage(stored.language)}`) })}</span>
      </td>
    );
  };
  return (
    <>
      {requests.length > 0 ? (
        <>
          <h3 className="section__subtitle">{t('dashboard.personalData.found', { count: requests.length, contact })}</h3>
          <DataTable
            caption={t('dashboard.personalData.found', { count: requests.length, contact })}
            columns={[
              t('dashboard.queue.column.alias'),
              t('dashboard.queue.column.contact'),
              t('dashboard.personalData.column.group'),
              t('dashboard.queue.column.kind'),
              t('dashboard.queue.column.status'),
              t('dashboard.queue.column.askedAt'),
              t('dashboard.queue.column.message'),
              t('dashboard.queue.column.note'),
            ]}
          >
            {requests.map((request) => (
              <tr key={request.id}>
                <th scope="row">{request.alias}</th>
                {contactCell(request)}
                <td>{request.groupName}</td>
                <td>{t(`dashboard.queue.kind.${request.kind}`)}</td>
                <td>{t(`dashboard.queue.status.${request.status}`)}</td>
                <td>
                  <DateTime value={request.askedAt} />
                </td>
                <td className="queue__message">{request.message ?? <span className="muted">{t('dashboard.queue.noMessage')}</span>}</td>
                <td className="queue__message">{request.note ?? ''}</td>
              </tr>
            ))}
          </DataTable>
        </>
      ) : null}
      {messages.length > 0 ? (
        <>
          <h3 className="section__subtitle">{t('dashboard.personalData.messages', { count: messages.length, contact })}</h3>
          <DataTable
            caption={t('dashboard.personalData.messages', { count: messages.length, contact })}
            columns={[
              t('dashboard.queue.column.alias'),
              t('dashboard.queue.column.contact'),
              t('dashboard.personalData.column.group'),
              t('dashboard.personalData.column.sentAt'),
              t('dashboard.queue.column.message'),
            ]}
          >
            {messages.map((message) => (
              <tr key={message.id}>
                <th scope="row">{message.alias}</th>
                {contactCell(message)}
                <td>{message.groupName}</td>
                <td>
                  <DateTime value={message.sentAt} />
                  <br />
                  <span className="muted">
                    {message.deliveredAt ? t('dashboard.personalData.delivered') : t('dashboard.personalData.notDelivered')}
                  </span>
                </td>
                <td className="queue__message">{message.message}</td>
              </tr>
            ))}
          </DataTable>
        </>
      ) : null}
      {erase}
    </>
  );
}
