import type { ReactNode } from 'react';

export interface BadgeProps {
  /** `demo` marks invented data, so that nobody mistakes it for a real group. */
  readonly tone: 'demo';
  readonly children: ReactNode;
}

/** A short label beside a name. */
export function Badge({ tone, children }: BadgeProps) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
