import { useEffect, useRef, useState, type RefObject } from 'react';
import { useLocale } from '../i18n/useLocale';
import { formProblem, type FormProblem, type FormProblemOptions } from './formProblem';

export interface FormProblemState {
  /** Give to the <form>: a problem with a field moves the focus there, where its message is read out. */
  readonly formRef: RefObject<HTMLFormElement | null>;
  readonly problem: FormProblem | null;
  /** Counts the problems shown, so that the same message said twice is announced twice (a new alert). */
  readonly attempt: number;
  /** Sends the form's request: success clears the problem shown; a failure is shown at its field or at the form. */
  send<T>(request: () => Promise<T>): Promise<Sent<T>>;
  /** Shows a problem found before sending (a number that is not a whole number), as if the API had said it. */
  show(problem: FormProblem): void;
  /** The message for one field, if the problem is about it (or lists it among its field problems). */
  fieldError(name: string): string | undefined;
  /** The message for the form as a whole, if the problem is about no one field. */
  readonly formError: string | undefined;
}

/** What a request sent from a form gave: its result, or the problem now shown. */
export type Sent<T> = { readonly result: T; readonly problem: null } | { readonly result: undefined; readonly problem: FormProblem };

/** A form's one problem at a time, from a failed API request. */
export function useFormProblem(options: Omit<FormProblemOptions, 'fallback'>): FormProblemState {
  const { t } = useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const [{ problem, attempt }, setState] = useState<{ problem: FormProblem | null; attempt: number }>({ problem: null, attempt: 0 });

  useEffect(() => {
    if (!problem?.field) return;
    const element = formRef.current?.elements.namedItem(problem.field);
    if (element instanceof HTMLElement) element.focus();
  }, [problem]);

  function show(shown: FormProblem) {
    setState((previous) => ({ problem: shown, attempt: previous.attempt + 1 }));
  }

  function report(error: unknown): FormProblem {
    const reported = formProblem(error, { ...options, fallback: t('dashboard.form.failed') });
    show(reported);
    return reported;
  }

  function clear() {
    setState((previous) => (previous.problem ? { problem: null, attempt: previous.attempt } : previous));
  }

  return {
    formRef,
    problem,
    attempt,
    async send(request) {
      let result;
      try {
        result = await request();
      } catch (error) {
        return { result: undefined, problem: report(error) };
      }
      clear();
      return { result, problem: null };
    },
    show,
    fieldError: (name) => {
      if (problem?.field === name) return problem.message;
      const messages = problem?.problems?.filter(({ field }) => field === name).map(({ message }) => message) ?? [];
      return messages.length > 0 ? messages.join(' ') : undefined;
    },
    formError: problem && !problem.field ? problem.message : undefined,
  };
}
