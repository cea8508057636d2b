export interface ErrorStateProps {
  /** What could not be done, in the reader's words. */
  readonly message: string;
  /** The server's own explanation, when it gave one in the reader's language. */
  readonly detail?: string | undefined;
  readonly retryLabel: string;
  /** Absent when trying again cannot help (no access): then no button is offered. */
  readonly onRetry?: (() => void) | undefined;
}

/** A failed load, with a way to try again when that may help. */
export function ErrorState({ message, detail, retryLabel, onRetry }: ErrorStateProps) {
  return (
    <div className="state state--error" role="alert">
      <p className="state__message">{message}</p>
      {detail ? <p className="state__detail">{detail}</p> : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {retryLabel}
        </button>
      ) : null}
    </div>
  );
}
