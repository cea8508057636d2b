import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { PasswordField, SignInCodeField } from '../auth/SignInFields';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { FormAlert } from '../ui/FormAlert';
import { useFormProblem } from '../ui/useFormProblem';

const SwitchOffSecondFactorMutation = graphql(`
  mutation SwitchOffSecondFactor($input: SecondFactorChangeInput!) {
    switchOffSecondFactor(input: $input)
  }
`);

const RenewRecoveryCodesMutation = graphql(`
  mutation RenewRecoveryCodes($input: SecondFactorChangeInput!) {
    renewRecoveryCodes(input: $input) {
      codes
    }
  }
`);

export type SecondFactorChangeKind = 'switchOff' | 'renewCodes';

export interface SecondFactorChangeProps {
  readonly kind: SecondFactorChangeKind;
  /** Switched off (no codes), or new recovery codes to show this once. */
  readonly onDone: (codes: readonly string[] | null) => void;
  readonly onCancel: () => void;
  /** Takes the focus when the form opens. */
  readonly titleRef: (element: HTMLElement | null) => void;
}

/**
 * Switching one's second factor off, or getting new recovery codes: the password and a code (from
 * the app, or a recovery code) prove it is the owner. Wrong ones count as failed sign-ins.
 */
export function SecondFactorChange({ kind, onDone, onCancel, titleRef }: SecondFactorChangeProps) {
  const { t } = useLocale();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [switchOff, { loading: switching }] = useMutation(SwitchOffSecondFactorMutation, { refetchQueries: ['AccountPage', 'Viewer'], awaitRefetchQueries: true });
  const [renew, { loading: renewing }] = useMutation(RenewRecoveryCodesMutation);
  const form = useFormProblem({ fields: ['password', 'code'], fieldsByCode: { WRONG_PASSWORD: 'password', INVALID_SECOND_FACTOR: 'code' } });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (switching || renewing) return;
    const input = { password, code };
    if (kind === 'switchOff') {
      const { result } = await form.send(() => switchOff({ variables: { input } }));
      if (result?.data) onDone(null);
    } else {
      const { result } = await form.send(() => renew({ variables: { input } }));
      if (result?.data) onDone(result.data.renewRecoveryCodes.codes);
    }
  }

  return (
    <div className="enrolment">
      <h3 className="section__subtitle" tabIndex={-1} ref={titleRef}>
        {t(kind === 'switchOff' ? 'dashboard.secondFactor.switchOff' : 'dashboard.secondFactor.renewCodes')}
      </h3>
      <p>{t(kind === 'switchOff' ? 'dashboard.secondFactor.switchOff.intro' : 'dashboard.secondFactor.renewCodes.intro')}</p>
      <form ref={form.formRef} className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormAlert form={form} />
        <PasswordField value={password} onChange={setPassword} error={form.fieldError('password')} />
        <SignInCodeField value={code} onChange={setCode} error={form.fieldError('code')} />
        <div className="form__actions">
          <button type="submit" className="button">
            {t(kind === 'switchOff' ? 'dashboard.secondFactor.switchOff.submit' : 'dashboard.secondFactor.renewCodes.submit')}
          </button>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('dashboard.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
