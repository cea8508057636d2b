import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { suggestSlug } from '../editing/slug';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { routeHref } from '../routing/routes';
import { FormAlert } from '../ui/FormAlert';
import { TextField } from '../ui/TextField';
import { useFormProblem } from '../ui/useFormProblem';
import { UnitNameField } from './UnitNameField';

const CreateUnitMutation = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
      name
    }
  }
`);

export interface CreateUnitFormProps {
  readonly organisationId: string;
  /** The page's queries to refetch, so that the new unit is listed. */
  readonly refetchQueries: readonly string[];
}

/** Adds a unit to an organisation; its short name is suggested from its name until edited. */
export function CreateUnitForm({ organisationId, refetchQueries }: CreateUnitFormProps) {
  const { t } = useLocale();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [createUnit, { loading }] = useMutation(CreateUnitMutation, { refetchQueries: [...refetchQueries], awaitRefetchQueries: true });
  const form = useFormProblem({
    fields: ['name', 'slug'],
    fieldsByCode: { NAME_INVALID: 'name', SLUG_TAKEN: 'slug', INVALID_SLUG: 'slug' },
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const { result, problem } = await form.send(() => createUnit({ variables: { input: { organisationId, name: name.trim(), slug } } }));
    if (problem) return;
    if (result.data) setCreated(result.data.createUnit);
    setName('');
    setSlug('');
    setSlugEdited(false);
  }

  return (
    <form ref={form.formRef} className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <div role="status">
        {created ? (
          <p className="notice">
            {t('dashboard.unit.created')} <a href={routeHref({ page: 'unit', id: created.id })}>{created.name}</a>
          </p>
        ) : null}
      </div>
      <FormAlert form={form} />
      <UnitNameField
        value={name}
        onChange={(value) => {
          setName(value);
          if (!slugEdited) setSlug(suggestSlug(value));
        }}
        error={form.fieldError('name')}
      />
      <TextField
        label={t('dashboard.unit.slug')}
        hint={t('dashboard.unit.slug.hint', { example: 'frivilligcenter-soeborg' })}
        name="slug"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        required
        pattern="[a-z0-9]+(-[a-z0-9]+)*"
        value={slug}
        onChange={(value) => {
          setSlug(value);
          setSlugEdited(value !== '');
        }}
        error={form.fieldError('slug')}
      />
      <div className="form__actions">
        <button type="submit" className="button">
          {t('dashboard.unit.create.submit')}
        </button>
      </div>
    </form>
  );
}
