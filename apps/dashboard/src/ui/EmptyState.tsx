export interface EmptyStateProps {
  readonly message: string;
}

/** A list with nothing in it yet. */
export function EmptyState({ message }: EmptyStateProps) {
  return <p className="state state--empty">{message}</p>;
}
