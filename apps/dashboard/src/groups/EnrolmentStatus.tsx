import type { EnrolmentState } from '../gql/graphql';

/** How inviting a state is, shown as a coloured dot beside the label (the label alone carries it). */
const TONES: Readonly<Record<EnrolmentState, 'open' | 'waiting' | 'closed' | 'inactive'>> = {
  OPEN: 'open',
  OPEN_AFTER_INTAKE: 'open',
  FORMING: 'waiting',
  FULL: 'closed',
  CLOSED: 'closed',
  PAUSED: 'inactive',
  ENDED: 'inactive',
};

export interface EnrolmentStatusProps {
  readonly state: EnrolmentState;
  /** The API's label for the state, in the dashboard's language. */
  readonly label: string;
}

/** Whether a newcomer can join a group. */
export function EnrolmentStatus({ state, label }: EnrolmentStatusProps) {
  return (
    <span className={`status status--${TONES[state]}`}>
      <span className="status__dot" aria-hidden="true" />
      {label}
    </span>
  );
}
