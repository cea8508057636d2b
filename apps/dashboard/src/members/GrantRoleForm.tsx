import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { FormAlert } from '../ui/FormAlert';
import { SelectField } from '../ui/SelectField';
import { useFormProblem } from '../ui/useFormProblem';
import { RoleScopeFields, useRoleScope } from './RoleScopeFields';
import type { InviteFormProps } from './InviteForm';

const GrantRoleFormFragment = graphql(`
  fragment GrantRoleForm_member on Member {
    id
    name
  }
`);

const GrantRoleMutation = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      id
      role
    }
  }
`);

export interface GrantRoleFormProps extends InviteFormProps {
  /** The people with a role here: one of them is given another. */
  readonly members: readonly FragmentType<typeof GrantRoleFormFragment>[];
}

/**
 * Gives a person who already has a role here another one, from the roles an invitation from this
 * page could give (the same choices of unit and group). With removing a role, this changes roles.
 */
export function GrantRoleForm({ members: memberRefs, place, units, groups, refetchQueries }: GrantRoleFormProps) {
  const { t } = useLocale();
  const members = memberRefs.map((member) => getFragmentData(GrantRoleFormFragment, member));
  const [chosenUserId, setUserId] = useState('');
  const choice = useRoleScope(place);
  const [given, setGiven] = useState<string | null>(null);
  const [grant, { loading }] = useMutation(GrantRoleMutation, { refetchQueries: [...refetchQueries], awaitRefetchQueries: true });
  // Somebody is always chosen: the first person until another is.
  const person = members.find((member) => member.id === chosenUserId) ?? members[0];
  const form = useFormProblem({
    fields: ['userId', 'role', 'unitId', 'groupId'],
    fieldsByCode: { MEMBERSHIP_SCOPE_INVALID: choice.scopeField },
  });

  if (!person) return null;

  async function onSubmit(event: FormEvent<HTMLFormElement>, userId: string, name: string) {
    event.preventDefault();
    if (loading) return;
    const { problem } = await form.send(() => grant({ variables: { input: { userId, ...choice.input() } } }));
    setGiven(problem ? null : t('dashboard.grant.done', { person: name, role: t(`role.${choice.role}`) }));
  }

  return (
    <form ref={form.formRef} className="form" onSubmit={(event) => void onSubmit(event, person.id, person.name)} noValidate>
      <div role="status">{given ? <p className="notice">{given}</p> : null}</div>
      <FormAlert form={form} />
      <SelectField
        label={t('dashboard.grant.person')}
        name="userId"
        value={person.id}
        options={members.map((member) => ({ value: member.id, label: member.name }))}
        onChange={setUserId}
        error={form.fieldError('userId')}
      />
      <RoleScopeFields choice={choice} units={units} groups={groups} fieldError={form.fieldError} />
      <div className="form__actions">
        <button type="submit" className="button">
          {t('dashboard.grant.submit')}
        </button>
      </div>
    </form>
  );
}
