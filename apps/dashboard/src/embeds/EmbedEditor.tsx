import { useMutation } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { ConflictView } from '../editing/ConflictView';
import { UnsavedChangesDialog } from '../editing/UnsavedChangesDialog';
import { useEditedRecord } from '../editing/useEditedRecord';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { navigate } from '../routing/useRoute';
import { Section } from '../ui/Section';
import { useFormProblem } from '../ui/useFormProblem';
import { EmbedDeletion } from './EmbedDeletion';
import type { EmbedChoice } from './EmbedFields';
import { EmbedForm } from './EmbedForm';
import { embedFormValues, embedInput } from './embedForm';
import { describeEmbedField, EMBED_CONTROL_NAMES, embedFieldLabel } from './embedLabels';
import { EmbedPreview } from './EmbedPreview';
import { EmbedSnippet } from './EmbedSnippet';

export const EmbedEditorFragment = graphql(`
  fragment EmbedEditor_embed on EditableEmbed {
    id
    key
    version
    snippet
    frameUrl
    municipality {
      id
      country
      name
      neighbours {
        id
        code
        name
      }
    }
    fields {
      name
      neighbourCodes
      includeOnline
      onlineLanguages
      topics
      organisationIds
      defaultLanguage
      accentColour
      font
      allowedOrigins
      contactText
      crisisText
    }
  }
`);

const UpdateEmbedMutation = graphql(`
  mutation UpdateEmbed($input: UpdateEmbedInput!) {
    updateEmbed(input: $input) {
      id
      ...EmbedEditor_embed
    }
  }
`);

export interface EmbedEditorProps {
  readonly embed: FragmentType<typeof EmbedEditorFragment>;
  /** The organisations an embed may be narrowed to: those of the municipality's country are offered. */
  readonly organisations: readonly { readonly id: string; readonly name: string; readonly country: string }[];
  /** The page's queries to refetch after a save: the history lists it. */
  readonly refetchQueries: readonly string[];
  /** The embed as stored now, after a CONFLICT; null when it could not be loaded. */
  readonly fetchTheirs: () => Promise<FragmentType<typeof EmbedEditorFragment> | null>;
}

/** The organisations to offer: the country's, and any chosen before (so that none is dropped unseen). */
export function organisationChoices(organisations: EmbedEditorProps['organisations'], country: string, chosen: readonly string[]): EmbedChoice[] {
  return organisations.filter((organisation) => organisation.country === country || chosen.includes(organisation.id)).map(({ id, name }) => ({ value: id, label: name }));
}

/**
 * An embed's fields, saved from the version shown (on a CONFLICT, merged with theirs field by
 * field), beside the snippet to copy and the finder as saved; and deleting it.
 */
export function EmbedEditor({ embed: embedData, organisations, refetchQueries, fetchTheirs }: EmbedEditorProps) {
  const { t } = useLocale();
  const embed = getFragmentData(EmbedEditorFragment, embedData);
  const stored = useMemo(() => embedFormValues(embed.fields), [embed.fields]);
  const problem = useFormProblem({ fields: EMBED_CONTROL_NAMES });
  const [updateEmbed, { loading }] = useMutation(UpdateEmbedMutation, { refetchQueries: [...refetchQueries] });
  const [saves, setSaves] = useState(0);
  const edited = useEditedRecord(stored, embed.version, {
    async fetchTheirs() {
      const theirs = await fetchTheirs();
      if (!theirs) return null;
      const current = getFragmentData(EmbedEditorFragment, theirs);
      return { values: embedFormValues(current.fields), version: current.version };
    },
    async save(values, _, fromVersion) {
      const { result, problem: refused } = await problem.send(() => updateEmbed({ variables: { input: { id: embed.id, version: fromVersion, fields: embedInput(values) } } }));
      const saved = result?.data ? getFragmentData(EmbedEditorFragment, result.data.updateEmbed) : null;
      if (saved) {
        edited.saved(embedFormValues(saved.fields), saved.version);
        setSaves((count) => count + 1);
      }
      return refused;
    },
  });
  const neighbours = embed.municipality.neighbours.map(({ code, name }) => ({ value: code, label: name }));
  const names = {
    neighbours: new Map(embed.municipality.neighbours.map(({ code, name }) => [code, name])),
    organisations: new Map(organisations.map(({ id, name }) => [id, name])),
  };

  return (
    <>
      <div className="embed-layout">
        <div className="embed-layout__main">
          {edited.conflict ? (
            <ConflictView
              record="embed"
              conflict={edited.conflict}
              fieldLabel={(field) => embedFieldLabel(t, field)}
              describe={(field, values) => describeEmbedField(t, field, values, names)}
              saving={loading}
              onSaveAgain={(choices) => void edited.saveAgain(choices)}
            />
          ) : (
            <Section title={t('dashboard.embed.settings')}>
              <EmbedForm
                values={edited.values}
                onChange={edited.setValues}
                neighbours={neighbours}
                organisations={organisationChoices(organisations, embed.municipality.country, edited.values.organisationIds)}
                storedTexts={edited.base}
                problem={problem}
                submitLabel={t('dashboard.embed.save')}
                saving={loading}
                status={saves > 0 && !edited.dirty ? <p key={saves} className="notice">{t('dashboard.embed.saved')}</p> : null}
                onSubmit={() => void edited.submit()}
              />
            </Section>
          )}
        </div>
        <div className="embed-layout__aside">
          <EmbedSnippet snippet={embed.snippet} frameUrl={embed.frameUrl} language={stored.defaultLanguage} />
          <EmbedPreview name={embed.fields.name} frameUrl={embed.frameUrl} version={embed.version} />
        </div>
      </div>
      <Section title={t('dashboard.embed.delete.title')}>
        <EmbedDeletion
          id={embed.id}
          name={embed.fields.name}
          version={embed.version}
          refetchQueries={refetchQueries}
          onDeleted={() => {
            edited.changes.allowNextMove();
            navigate({ page: 'embeds' });
          }}
        />
      </Section>
      <UnsavedChangesDialog changes={edited.changes} record="embed" />
    </>
  );
}
