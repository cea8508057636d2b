import { useCallback, useEffect, useRef, useState } from 'react';
import { GraphQLRequestError } from './request';

export interface RequestState<T> {
  /** `loading` while an answer for the current `key` is on its way (the previous answer stays meanwhile). */
  status: 'loading' | 'ready' | 'error';
  data: T | null;
  /** Why it failed, when it did (`code` is the API's, e.g. GROUP_NOT_FOUND). */
  error: GraphQLRequestError | null;
  retry: () => void;
}

/**
 * The answer of `run` for the current `key` (whatever `run` depends on, as a string): asked again
 * when the key changes or on `retry`, whatever was still on its way cancelled.
 */
export function useRequest<T>(key: string, run: (signal: AbortSignal) => Promise<T>): RequestState<T> {
  const [state, setState] = useState<Omit<RequestState<T>, 'retry'>>({ status: 'loading', data: null, error: null });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, status: 'loading', error: null }));
    latest
      .current(controller.signal)
      .then((data) => setState({ status: 'ready', data, error: null }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = error instanceof GraphQLRequestError ? error : new GraphQLRequestError(String(error));
        setState((previous) => ({ ...previous, status: 'error', error: failure }));
      });
    return () => controller.abort();
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { ...state, retry };
}
