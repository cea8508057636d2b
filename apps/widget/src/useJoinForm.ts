import type { ContactKind } from '@groupfinder/domain';
import type { Locale } from '@groupfinder/translations';
import { useCallback, useEffect, useRef, useState } from 'react';
import { graphql } from './gql';
import type { WidgetJoinFormQuery } from './gql/graphql';
import { checkDraft, EMPTY_DRAFT, JoinSubmission, toInput, type FieldErrors, type FormKind, type JoinDraft } from './join-form';
import type { WidgetTranslate } from './messages';
import { request } from './request';

export const JoinFormQuery = graphql(`
  query WidgetJoinForm($groupSlug: String!) {
    joinForm(groupSlug: $groupSlug) {
      joinWay
      formToken
      consentVersion
      retentionDays
      controller
      confirmsByText
    }
  }
`);

export const AskToJoinMutation = graphql(`
  mutation WidgetAskToJoin($input: AskToJoinInput!) {
    askToJoin(input: $input) {
      received
    }
  }
`);

export const WriteToGroupMutation = graphql(`
  mutation WidgetWriteToGroup($input: WriteToGroupInput!) {
    writeToGroup(input: $input) {
      received
    }
  }
`);

export type JoinFormData = WidgetJoinFormQuery['joinForm'];

export interface JoinFormState {
  /** The form's token and what the privacy notice needs; kept while a new one loads. */
  form: JoinFormData | null;
  loadFailed: boolean;
  draft: JoinDraft;
  errors: FieldErrors;
  /** Raised each time the errors are shown anew: the error summary takes focus then. */
  errorsShown: number;
  /** A problem that is not at a field, said in the live region; `count` makes the same words said again. */
  alert: { text: string; count: number } | null;
  sending: boolean;
  /** How the visitor said to reach them, once the request is received. */
  sent: ContactKind | null;
}

export interface JoinFormActions {
  change: <K extends keyof JoinDraft>(field: K, value: JoinDraft[K]) => void;
  submit: () => void;
  retryLoad: () => void;
}

/**
 * The form to ask to join one group, or to write to it: its token is asked for when it opens
 * (posted: a token is for one visitor, and no cache may keep it), the fields are checked as the API
 * checks them before anything is sent, and what is sent carries one idempotency key for as long as
 * the form lives. Nothing is kept in cookies or storage: closing the page forgets it all.
 */
export function useJoinForm(endpoint: string, locale: Locale, groupSlug: string, kind: FormKind, t: WidgetTranslate): JoinFormState & JoinFormActions {
  const [form, setForm] = useState<JoinFormData | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [loads, setLoads] = useState(0);
  const [draft, setDraft] = useState<JoinDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [errorsShown, setErrorsShown] = useState(0);
  const [alert, setAlert] = useState<JoinFormState['alert']>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<ContactKind | null>(null);
  // Where and in which language it is sent, as they are when it is sent.
  const target = useRef({ endpoint, locale });
  target.current = { endpoint, locale };
  const submission = useRef<JoinSubmission | null>(null);
  submission.current ??= new JoinSubmission((input) => {
    const { endpoint: to, locale: language } = target.current;
    return 'kind' in input ? request(to, AskToJoinMutation, { input }, { locale: language }) : request(to, WriteToGroupMutation, { input }, { locale: language });
  });

  useEffect(() => {
    const controller = new AbortController();
    setLoadFailed(false);
    request(endpoint, JoinFormQuery, { groupSlug }, { locale, signal: controller.signal, post: true })
      .then(({ joinForm }) => setForm(joinForm))
      .catch(() => {
        if (!controller.signal.aborted) setLoadFailed(true);
      });
    return () => controller.abort();
  }, [endpoint, locale, groupSlug, loads]);

  const say = useCallback((text: string) => setAlert((previous) => ({ text, count: (previous?.count ?? 0) + 1 })), []);

  const change = useCallback(<K extends keyof JoinDraft>(field: K, value: JoinDraft[K]) => {
    setDraft((previous) => ({ ...previous, [field]: value }));
    // A field being corrected stops being marked wrong; another way to reach them is a new contact.
    const corrected = field === 'consent' ? 'consentVersion' : field === 'contactKind' ? 'contact' : field;
    setErrors((previous) => (corrected in previous ? { ...previous, [corrected]: undefined } : previous));
  }, []);

  const submit = useCallback(() => {
    const current = submission.current;
    if (!form || !current || current.sending) return;
    const problems = checkDraft(t, draft, kind);
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      setAlert(null);
      setErrorsShown((count) => count + 1);
      return;
    }
    setAlert(null);
    setSending(true);
    void current.submit(toInput(draft, { groupSlug, kind, formToken: form.formToken, consentVersion: form.consentVersion, locale })).then((outcome) => {
      setSending(false);
      switch (outcome.kind) {
        case 'received':
          setSent(draft.contactKind);
          return;
        case 'invalid':
          setErrors(outcome.errors);
          setErrorsShown((count) => count + 1);
          return;
        case 'expired':
          // A new token, fetched without a word: the visitor is asked to send again.
          setLoads((count) => count + 1);
          say(t('widget.join.expired'));
          return;
        case 'refused':
          say(outcome.message);
          return;
        case 'failed':
          say(t(kind === 'MESSAGE' ? 'widget.write.failed' : 'widget.join.failed'));
      }
    });
  }, [form, draft, t, groupSlug, kind, locale, say]);

  const retryLoad = useCallback(() => setLoads((count) => count + 1), []);

  return { form, loadFailed, draft, errors, errorsShown, alert, sending, sent, change, submit, retryLoad };
}
