export interface LoadingStateProps {
  readonly label: string;
}

/** Shown while a page's data is on its way; announced politely to screen readers. */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <p className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
