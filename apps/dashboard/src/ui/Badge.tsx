import type { ReactNode } from 'react';

export interface BadgeProps {
  /** `demo` marks invented data, so that nobody mistakes it for a real group; `current` what the reader is using. */
  readonly tone: 'demo' | 'current';
  readonly children: ReactNode;
}

/** A short label beside a name. */
export function Badge({ tone, children }: BadgeProps) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
