import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { editsEmbeds } from '../auth/access';
import { SignedInPage } from '../auth/SignedInPage';
import { useViewer } from '../auth/useViewer';
import { sameValue } from '../editing/sameValue';
import { UnsavedChangesDialog } from '../editing/UnsavedChangesDialog';
import { useUnsavedChanges } from '../editing/useUnsavedChanges';
import { graphql } from '../gql';
import type { EmbedFieldsInput, NewEmbedPageQuery as NewEmbedPageData } from '../gql/graphql';
import { useLocale } from '../i18n/useLocale';
import { navigate } from '../routing/useRoute';
import { QueryState } from '../ui/QueryState';
import { SelectField } from '../ui/SelectField';
import { useFormProblem } from '../ui/useFormProblem';
import { EmbedContext } from './EmbedContext';
import { organisationChoices } from './EmbedEditor';
import { EmbedForm } from './EmbedForm';
import { newEmbedValues } from './embedForm';
import { EMBED_CONTROL_NAMES } from './embedLabels';

const NewEmbedPageQuery = graphql(`
  query NewEmbedPage {
    embedMunicipalities {
      id
      country
      name
      neighbours {
        id
        code
        name
      }
    }
    organisations {
      id
      name
      country
    }
  }
`);

const CreateEmbedMutation = graphql(`
  mutation CreateEmbed($input: CreateEmbedInput!) {
    createEmbed(input: $input) {
      id
    }
  }
`);

/** A new embed, for municipality editors: of their municipality (chosen first when they edit several's). */
export function NewEmbedPage() {
  const { t } = useLocale();
  const { viewer } = useViewer();
  const mayEdit = !!viewer && editsEmbeds(viewer.memberships);
  const query = useQuery(NewEmbedPageQuery, { skip: !mayEdit });

  return (
    <SignedInPage title={t('dashboard.embed.new')} busy={query.loading} next={{ page: 'newEmbed' }}>
      {() =>
        mayEdit ? (
          <QueryState query={query} errorMessage={t('dashboard.embeds.error')}>
            {({ embedMunicipalities, organisations }) =>
              embedMunicipalities.length === 0 ? (
                <p className="note">{t('dashboard.embeds.noMunicipality')}</p>
              ) : (
                <NewEmbedForm municipalities={embedMunicipalities} organisations={organisations} />
              )
            }
          </QueryState>
        ) : (
          <p className="note">{t('dashboard.embeds.editorsOnly')}</p>
        )
      }
    </SignedInPage>
  );
}

interface NewEmbedFormProps {
  readonly municipalities: NewEmbedPageData['embedMunicipalities'];
  readonly organisations: NewEmbedPageData['organisations'];
}

/** The municipality (a choice when there are several), then the embed's fields; once created, its page, with the snippet. */
function NewEmbedForm({ municipalities, organisations }: NewEmbedFormProps) {
  const { t } = useLocale();
  const [first] = municipalities;
  const [municipalityId, setMunicipalityId] = useState(municipalities.length === 1 && first ? first.id : '');
  const municipality = municipalities.find((candidate) => candidate.id === municipalityId) ?? null;
  const [values, setValues] = useState(() => newEmbedValues(municipality?.country ?? 'DK'));
  // The list of embeds is not on screen now (refetchQueries would find no query to ask): the one kept is dropped, so that it is asked anew.
  const [createEmbed, { loading }] = useMutation(CreateEmbedMutation, { update: (cache) => void cache.evict({ fieldName: 'embeds' }) });
  const problem = useFormProblem({ fields: EMBED_CONTROL_NAMES });
  const changes = useUnsavedChanges(!!municipality && !sameValue(values, newEmbedValues(municipality.country)));

  function chooseMunicipality(id: string) {
    setMunicipalityId(id);
    const chosen = municipalities.find((candidate) => candidate.id === id);
    // Another municipality's neighbours and language: start its fields afresh, keeping the name and the sites typed.
    if (chosen) setValues((current) => ({ ...newEmbedValues(chosen.country), name: current.name, allowedOrigins: current.allowedOrigins }));
  }

  async function create(input: EmbedFieldsInput) {
    if (!municipality) return;
    const { result } = await problem.send(() => createEmbed({ variables: { input: { municipalityId: municipality.id, fields: input } } }));
    const created = result?.data?.createEmbed;
    if (!created) return;
    changes.allowNextMove();
    navigate({ page: 'embed', id: created.id }, { replace: true });
  }

  return (
    <>
      {municipalities.length > 1 ? (
        <div className="card section">
          <SelectField
            name="municipality"
            label={t('dashboard.embed.municipality')}
            hint={t('dashboard.embed.municipality.hint')}
            value={municipalityId}
            placeholder={t('dashboard.embed.municipality.choose')}
            options={municipalities.map(({ id, name, country }) => ({ value: id, label: `${name} (${t(`country.${country}`)})` }))}
            onChange={chooseMunicipality}
          />
        </div>
      ) : (
        <EmbedContext municipality={municipality?.name ?? null} />
      )}
      {municipality ? (
        <div className="card section">
          <EmbedForm
            values={values}
            onChange={setValues}
            neighbours={municipality.neighbours.map(({ code, name }) => ({ value: code, label: name }))}
            organisations={organisationChoices(organisations, municipality.country, values.organisationIds)}
            storedTexts={{ contactText: {}, crisisText: {} }}
            problem={problem}
            submitLabel={t('dashboard.embed.create')}
            saving={loading}
            status={null}
            onSubmit={(input) => void create(input)}
          />
        </div>
      ) : null}
      <UnsavedChangesDialog changes={changes} record="embed" />
    </>
  );
}
