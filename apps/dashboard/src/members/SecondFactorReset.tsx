import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { ConfirmedRemoval } from './ConfirmedRemoval';

const ResetSecondFactorMutation = graphql(`
  mutation ResetSecondFactor($input: ResetSecondFactorInput!) {
    resetSecondFactor(input: $input)
  }
`);

export interface SecondFactorResetProps {
  readonly userId: string;
  readonly person: string;
  /** The page's queries to refetch, so that the person is listed without a second factor. */
  readonly refetchQueries: readonly string[];
  /** Called once it is reset, to say so where the focus can go (this button goes with the second factor). */
  readonly onReset: () => void;
}

/**
 * Resetting a person's second factor (a lost phone), asked first: they are signed out, mailed who
 * did it, and set one up again. Why it was refused (a person with roles elsewhere) is said beside it.
 */
export function SecondFactorReset({ userId, person, refetchQueries, onReset }: SecondFactorResetProps) {
  const { t } = useLocale();
  const [reset, { loading }] = useMutation(ResetSecondFactorMutation, { refetchQueries: [...refetchQueries], awaitRefetchQueries: true });
  return (
    <ConfirmedRemoval
      label={t('dashboard.members.resetSecondFactor.label', { person })}
      question={t('dashboard.members.resetSecondFactor.question', { person })}
      button={t('dashboard.members.resetSecondFactor')}
      confirm={t('dashboard.members.resetSecondFactor.confirm')}
      busy={loading}
      remove={() => reset({ variables: { input: { userId } } })}
      onRemoved={onReset}
    />
  );
}
