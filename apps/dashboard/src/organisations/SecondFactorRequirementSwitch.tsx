import { useMutation } from '@apollo/client/react';
import { useId } from 'react';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { FormAlert } from '../ui/FormAlert';
import { useFormProblem } from '../ui/useFormProblem';

const SetSecondFactorRequirementMutation = graphql(`
  mutation SetSecondFactorRequirement($input: SetSecondFactorRequirementInput!) {
    setSecondFactorRequirement(input: $input) {
      id
      requireSecondFactor
    }
  }
`);

export interface SecondFactorRequirementSwitchProps {
  readonly organisationId: string;
  readonly required: boolean;
}

/** Whether every admin of the organisation and its units must sign in with a second factor. */
export function SecondFactorRequirementSwitch({ organisationId, required }: SecondFactorRequirementSwitchProps) {
  const { t } = useLocale();
  const id = useId();
  const hintId = `${id}-hint`;
  // The answer updates the cached organisation by its id, and so the switch.
  const [setRequirement, { loading }] = useMutation(SetSecondFactorRequirementMutation, { refetchQueries: ['Viewer'] });
  const problem = useFormProblem({ fields: [] });

  async function onChange(next: boolean) {
    if (loading) return;
    await problem.send(() => setRequirement({ variables: { input: { organisationId, required: next } } }));
  }

  return (
    <div className="switch-field">
      <FormAlert form={problem} />
      <div className="switch-field__row">
        <input
          id={id}
          type="checkbox"
          role="switch"
          className="switch"
          checked={required}
          aria-describedby={hintId}
          onChange={(event) => void onChange(event.target.checked)}
        />
        <label htmlFor={id} className="switch-field__label">
          {t('dashboard.requireSecondFactor.label')}
        </label>
      </div>
      <p id={hintId} className="field__hint">
        {t('dashboard.requireSecondFactor.hint')}
      </p>
    </div>
  );
}
