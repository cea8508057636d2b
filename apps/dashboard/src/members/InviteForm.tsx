import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@groupfinder/domain';
import { LOCALE_NAMES, LOCALES, isLocale, type Locale } from '@groupfinder/translations';
import { useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import { graphqlLanguage } from '../i18n/locale';
import { useLocale } from '../i18n/useLocale';
import { FormAlert } from '../ui/FormAlert';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { useFormProblem } from '../ui/useFormProblem';
import { RoleScopeFields, useRoleScope } from './RoleScopeFields';
import type { InvitationPlace } from './invitation';

const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
    }
  }
`);

export interface Choice {
  readonly id: string;
  readonly name: string;
}

export interface InviteFormProps {
  readonly place: InvitationPlace;
  /** The organisation's units, for a unit admin invited from the organisation's page. */
  readonly units: readonly Choice[];
  /** The groups an editor can be given. */
  readonly groups: readonly Choice[];
  /** The page's queries to refetch, so that the new invitation is listed. */
  readonly refetchQueries: readonly string[];
}

/** Invites a person by e-mail to a role here; the mail is written in the language chosen for them. */
export function InviteForm({ place, units, groups, refetchQueries }: InviteFormProps) {
  const { t, locale } = useLocale();
  const [email, setEmail] = useState('');
  const choice = useRoleScope(place);
  const [language, setLanguage] = useState<Locale>(locale);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [invite, { loading }] = useMutation(InviteUserMutation, { refetchQueries: [...refetchQueries], awaitRefetchQueries: true });
  const form = useFormProblem({
    fields: ['email', 'role', 'unitId', 'groupId'],
    fieldsByCode: { EMAIL_INVALID: 'email', MEMBERSHIP_SCOPE_INVALID: choice.scopeField },
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const { problem } = await form.send(() => invite({ variables: { input: { email, ...choice.input(), locale: graphqlLanguage(language) } } }));
    if (problem) return;
    setSentTo(email);
    setEmail('');
  }

  return (
    <form ref={form.formRef} className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <div role="status">{sentTo ? <p className="notice">{t('dashboard.invite.sent', { email: sentTo })}</p> : null}</div>
      <FormAlert form={form} />
      <TextField
        label={t('dashboard.invite.email')}
        name="email"
        type="email"
        autoComplete="off"
        required
        maxLength={LIMITS.emailMaxLength}
        value={email}
        onChange={setEmail}
        error={form.fieldError('email')}
      />
      <RoleScopeFields choice={choice} units={units} groups={groups} fieldError={form.fieldError} />
      <SelectField
        label={t('dashboard.invite.language')}
        name="language"
        value={language}
        options={LOCALES.map((code) => ({ value: code, label: LOCALE_NAMES[code], lang: code }))}
        onChange={(value) => {
          if (isLocale(value)) setLanguage(value);
        }}
      />
      <div className="form__actions">
        <button type="submit" className="button">
          {t('dashboard.invite.submit')}
        </button>
      </div>
    </form>
  );
}
