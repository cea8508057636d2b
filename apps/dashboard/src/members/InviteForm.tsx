import { useMutation } from '@apollo/client/react';
import { LIMITS, type Role } from '@groupfinder/domain';
import { LOCALE_NAMES, LOCALES, isLocale, type Locale } from '@groupfinder/translations';
import { useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import { graphqlLanguage } from '../i18n/locale';
import { useLocale } from '../i18n/useLocale';
import { FormAlert } from '../ui/FormAlert';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { useFormProblem } from '../ui/useFormProblem';
import { invitableRoles, invitationNeeds, invitationScope, type InvitationPlace } from './invitation';

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
  const roles = invitableRoles(place);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(roles[0] ?? 'EDITOR');
  const [unitId, setUnitId] = useState('');
  const [groupId, setGroupId] = useState('');
  const [language, setLanguage] = useState<Locale>(locale);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [invite, { loading }] = useMutation(InviteUserMutation, { refetchQueries: [...refetchQueries], awaitRefetchQueries: true });
  const needs = invitationNeeds(role, place);
  const form = useFormProblem({
    fields: ['email', 'role', 'unitId', 'groupId'],
    fieldsByCode: { EMAIL_INVALID: 'email', MEMBERSHIP_SCOPE_INVALID: needs.group ? 'groupId' : needs.unit ? 'unitId' : 'role' },
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const scope = invitationScope({ role, unitId, groupId }, place);
    const { problem } = await form.send(() => invite({ variables: { input: { email, role, ...scope, locale: graphqlLanguage(language) } } }));
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
      <SelectField
        label={t('dashboard.invite.role')}
        name="role"
        value={role}
        options={roles.map((value) => ({ value, label: t(`role.${value}`) }))}
        onChange={(value) => setRole(roles.find((candidate) => candidate === value) ?? role)}
        error={form.fieldError('role')}
      />
      {needs.unit ? (
        <SelectField
          label={t('dashboard.invite.unit')}
          name="unitId"
          required
          value={unitId}
          placeholder={t('dashboard.invite.unit.choose')}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
          onChange={setUnitId}
          error={form.fieldError('unitId')}
        />
      ) : null}
      {needs.group ? (
        <SelectField
          label={t('dashboard.invite.group')}
          name="groupId"
          required
          value={groupId}
          placeholder={t('dashboard.invite.group.choose')}
          options={groups.map((group) => ({ value: group.id, label: group.name }))}
          onChange={setGroupId}
          error={form.fieldError('groupId')}
        />
      ) : null}
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
