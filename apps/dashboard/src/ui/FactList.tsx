import type { ReactNode } from 'react';

export interface Fact {
  readonly term: string;
  /** Left out when null, undefined, false or an empty list: a fact not given is not shown. */
  readonly value: ReactNode;
}

export interface FactListProps {
  readonly facts: readonly Fact[];
}

/** Terms and their values, one under the other; what has no value is left out. */
export function FactList({ facts }: FactListProps) {
  const given = facts.filter(({ value }) => value !== null && value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0));
  if (given.length === 0) return null;
  return (
    <dl className="fact-list">
      {given.map(({ term, value }) => (
        <div className="fact-list__item" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
