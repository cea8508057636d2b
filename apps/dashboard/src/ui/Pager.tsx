export interface PagerProps {
  /** Names the navigation: "Pages of groups". */
  readonly label: string;
  /** "21–40 of 57". */
  readonly position: string;
  readonly previousLabel: string;
  readonly nextLabel: string;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
}

/**
 * Moving through a list shown a page at a time. A button with nowhere to go stays focusable and
 * says so (aria-disabled), so that the focus is not lost on reaching the first or last page.
 */
export function Pager({ label, position, previousLabel, nextLabel, hasPrevious, hasNext, onPrevious, onNext }: PagerProps) {
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button button--quiet button--small" aria-disabled={!hasPrevious} onClick={() => hasPrevious && onPrevious()}>
        {previousLabel}
      </button>
      <span className="pager__position" aria-live="polite">
        {position}
      </span>
      <button type="button" className="button button--quiet button--small" aria-disabled={!hasNext} onClick={() => hasNext && onNext()}>
        {nextLabel}
      </button>
    </nav>
  );
}
