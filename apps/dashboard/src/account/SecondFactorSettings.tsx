import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import type { StartSecondFactorEnrolmentMutation } from '../gql/graphql';
import { useLocale } from '../i18n/useLocale';
import { FormAlert } from '../ui/FormAlert';
import { TextField } from '../ui/TextField';
import { useFormProblem } from '../ui/useFormProblem';
import { SecondFactorChange, type SecondFactorChangeKind } from './SecondFactorChange';

const StartSecondFactorEnrolmentMutationDocument = graphql(`
  mutation StartSecondFactorEnrolment {
    startSecondFactorEnrolment {
      secret
      qrCodeSvg
    }
  }
`);

const ConfirmSecondFactorMutation = graphql(`
  mutation ConfirmSecondFactor($input: ConfirmSecondFactorInput!) {
    confirmSecondFactor(input: $input) {
      codes
    }
  }
`);

type Enrolment = StartSecondFactorEnrolmentMutation['startSecondFactorEnrolment'];

type Step =
  | { readonly name: 'idle' }
  | { readonly name: 'enrolling'; readonly enrolment: Enrolment }
  | { readonly name: 'changing'; readonly kind: SecondFactorChangeKind }
  | { readonly name: 'codes'; readonly codes: readonly string[] };

/** The QR code as an image: the API's SVG, shown without ever becoming part of the page's markup. */
function svgDataUri(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export interface SecondFactorSettingsProps {
  readonly enabled: boolean;
}

/**
 * Turning on a second factor: scan the QR code (or type the key), prove it with a code, then keep
 * the recovery codes, shown this once. Once on: switching it off, or new recovery codes.
 */
export function SecondFactorSettings({ enabled }: SecondFactorSettingsProps) {
  const { t } = useLocale();
  const [step, setStep] = useState<Step>({ name: 'idle' });
  const [code, setCode] = useState('');
  const [start, { loading: starting }] = useMutation(StartSecondFactorEnrolmentMutationDocument);
  const [confirm, { loading: confirming }] = useMutation(ConfirmSecondFactorMutation, {
    refetchQueries: ['AccountPage', 'Viewer'],
  });
  const startProblem = useFormProblem({ fields: [] });
  const form = useFormProblem({ fields: ['code'], fieldsByCode: { INVALID_SETUP_CODE: 'code' } });
  // Each step's first words take the focus, so that the keyboard and screen readers follow along.
  const stepStart = useRef<HTMLElement>(null);
  const previousStep = useRef(step.name);

  useEffect(() => {
    if (previousStep.current !== step.name) stepStart.current?.focus();
    previousStep.current = step.name;
  }, [step.name]);

  async function onStart() {
    if (starting) return;
    const { result } = await startProblem.send(() => start());
    if (!result?.data) return;
    setCode('');
    setStep({ name: 'enrolling', enrolment: result.data.startSecondFactorEnrolment });
  }

  async function onConfirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (confirming) return;
    const { result } = await form.send(() => confirm({ variables: { input: { code: code.replace(/\s+/g, '') } } }));
    if (result?.data) setStep({ name: 'codes', codes: result.data.confirmSecondFactor.codes });
  }

  if (step.name === 'enrolling') {
    const { enrolment } = step;
    return (
      <div className="enrolment">
        <h3 className="section__subtitle" tabIndex={-1} ref={(element) => void (stepStart.current = element)}>
          {t('dashboard.secondFactor.scan.title')}
        </h3>
        <ol className="enrolment__steps">
          <li>
            <p>{t('dashboard.secondFactor.scan')}</p>
            <img className="enrolment__qr" src={svgDataUri(enrolment.qrCodeSvg)} alt={t('dashboard.secondFactor.qrAlt')} width={200} height={200} />
            <p>
              {t('dashboard.secondFactor.manual')} <code className="enrolment__secret" translate="no">{enrolment.secret}</code>
            </p>
          </li>
          <li>
            <form ref={form.formRef} className="form" onSubmit={(event) => void onConfirm(event)} noValidate>
              <FormAlert form={form} />
              <TextField
                label={t('dashboard.secondFactor.code')}
                name="code"
                autoComplete="one-time-code"
                inputMode="numeric"
                spellCheck={false}
                required
                value={code}
                onChange={setCode}
                error={form.fieldError('code')}
              />
              <div className="form__actions">
                <button type="submit" className="button">
                  {t('dashboard.secondFactor.confirm')}
                </button>
                <button type="button" className="button button--quiet" onClick={() => setStep({ name: 'idle' })}>
                  {t('dashboard.cancel')}
                </button>
              </div>
            </form>
          </li>
        </ol>
      </div>
    );
  }

  if (step.name === 'changing') {
    return (
      <SecondFactorChange
        kind={step.kind}
        titleRef={(element) => void (stepStart.current = element)}
        onCancel={() => setStep({ name: 'idle' })}
        // Switched off: back to the status, which takes the focus and says it is off.
        onDone={(codes) => setStep(codes ? { name: 'codes', codes } : { name: 'idle' })}
      />
    );
  }

  if (step.name === 'codes') {
    return (
      <div className="enrolment">
        <h3 className="section__subtitle" tabIndex={-1} ref={(element) => void (stepStart.current = element)}>
          {t('dashboard.secondFactor.recovery.title')}
        </h3>
        <p>{t('dashboard.secondFactor.recovery.intro')}</p>
        <ol className="recovery-codes" translate="no">
          {step.codes.map((recoveryCode) => (
            <li key={recoveryCode}>
              <code>{recoveryCode}</code>
            </li>
          ))}
        </ol>
        <button type="button" className="button" onClick={() => setStep({ name: 'idle' })}>
          {t('dashboard.secondFactor.saved')}
        </button>
      </div>
    );
  }

  return (
    <div>
      <p tabIndex={-1} ref={(element) => void (stepStart.current = element)} className="section__status">
        {enabled ? t('dashboard.secondFactor.on') : t('dashboard.secondFactor.off')}
      </p>
      <FormAlert form={startProblem} />
      {enabled ? (
        <div className="form__actions">
          <button type="button" className="button button--quiet" onClick={() => setStep({ name: 'changing', kind: 'renewCodes' })}>
            {t('dashboard.secondFactor.renewCodes')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setStep({ name: 'changing', kind: 'switchOff' })}>
            {t('dashboard.secondFactor.switchOff')}
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => void onStart()}>
          {t('dashboard.secondFactor.start')}
        </button>
      )}
    </div>
  );
}
