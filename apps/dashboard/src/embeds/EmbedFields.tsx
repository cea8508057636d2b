import { EMBED_LIMITS, LANGUAGES, LIMITS, type Language as TextLanguage } from '@groupfinder/domain';
import { topicOptions } from '../groups/editing/vocabularyOptions';
import { useLocale } from '../i18n/useLocale';
import { CheckboxField } from '../ui/CheckboxField';
import { CheckboxGroup, type CheckboxOption } from '../ui/CheckboxGroup';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { AccentColourField } from './AccentColourField';
import { AllowedOriginsField } from './AllowedOriginsField';
import type { EmbedField, EmbedFormValues } from './embedForm';
import { embedFieldLabel } from './embedLabels';
import { EmbedTextFields } from './EmbedTextFields';

/** The fields chosen from a list. */
type ChoiceField = 'neighbourCodes' | 'onlineLanguages' | 'topics' | 'organisationIds';

/** Something to choose by code or id (a neighbour, an organisation), with its name. */
export type EmbedChoice = Pick<CheckboxOption, 'value' | 'label'>;

export interface EmbedFieldsProps {
  readonly values: EmbedFormValues;
  readonly onChange: (update: (values: EmbedFormValues) => EmbedFormValues) => void;
  /** The municipality's neighbours, by code: whose groups it may also show. */
  readonly neighbours: readonly EmbedChoice[];
  /** The organisations of the municipality's country, by id (and any chosen before elsewhere). */
  readonly organisations: readonly EmbedChoice[];
  /** The contact and crisis texts as stored: a language emptied in the form stays shown. */
  readonly storedTexts: Pick<EmbedFormValues, 'contactText' | 'crisisText'>;
  /** The id of the control of a field the API names (`name`, `allowedOrigins.0`, `contactText.da`). */
  readonly controlId: (field: string) => string;
  readonly fieldError: (field: string) => string | undefined;
}

/** Every field of an embed: which groups it shows, how it looks and speaks, where it may be shown, and the texts under the results. */
export function EmbedFields({ values, onChange, neighbours, organisations, storedTexts, controlId, fieldError }: EmbedFieldsProps) {
  const { t } = useLocale();
  const set =
    <K extends keyof EmbedFormValues>(field: K) =>
    (value: EmbedFormValues[K]) =>
      onChange((current) => ({ ...current, [field]: value }));
  // A neighbour the API does not know (`neighbourCodes.0`) is said at the neighbours.
  const neighbourErrors =
    [fieldError('neighbourCodes'), ...Array.from({ length: EMBED_LIMITS.neighboursMax }, (_, index) => fieldError(`neighbourCodes.${index}`))].filter(Boolean).join(' ') || undefined;
  const languageOptions = LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }));
  /** What every control says of its field: its id (for the summary of problems), name, label and problem. */
  const bound = (field: EmbedField) => ({ id: controlId(field), name: field, label: embedFieldLabel(t, field), error: fieldError(field) });
  /** A field chosen from a list (codes, languages, ids), under its legend. */
  const choices = (field: ChoiceField, options: readonly CheckboxOption[], hint?: string, error = fieldError(field)) => (
    <CheckboxGroup
      id={controlId(field)}
      name={field}
      legend={embedFieldLabel(t, field)}
      hint={hint}
      options={options}
      values={values[field]}
      // The options are the field's own values: a chosen one is one of them.
      onChange={(chosen) => onChange((current) => ({ ...current, [field]: chosen }))}
      error={error}
    />
  );

  return (
    <>
      <fieldset className="form-section">
        <legend className="form-section__legend">{t('dashboard.embed.section.groups')}</legend>
        <TextField
          {...bound('name')}
          hint={t('dashboard.embed.name.hint')}
          required
          maxLength={LIMITS.nameMaxLength}
          autoComplete="off"
          value={values.name}
          onChange={set('name')}
        />
        {neighbours.length > 0 ? choices('neighbourCodes', neighbours, t('dashboard.embed.neighbours.hint'), neighbourErrors) : null}
        <CheckboxField
          {...bound('includeOnline')}
          hint={t('dashboard.embed.includeOnline.hint')}
          checked={values.includeOnline}
          onChange={set('includeOnline')}
        />
        {values.includeOnline ? choices('onlineLanguages', languageOptions) : null}
        {choices('topics', topicOptions(t), t('dashboard.embed.topics.hint'))}
        {organisations.length > 0 ? choices('organisationIds', organisations, t('dashboard.embed.organisations.hint', { max: EMBED_LIMITS.organisationsMax })) : null}
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__legend">{t('dashboard.embed.section.look')}</legend>
        <SelectField
          {...bound('defaultLanguage')}
          hint={t('dashboard.embed.defaultLanguage.hint')}
          value={values.defaultLanguage}
          options={languageOptions}
          onChange={(language) => set('defaultLanguage')(language as TextLanguage)}
        />
        <AccentColourField id={controlId('accentColour')} value={values.accentColour} onChange={set('accentColour')} error={fieldError('accentColour')} />
        <TextField
          {...bound('font')}
          hint={t('dashboard.embed.font.hint')}
          maxLength={EMBED_LIMITS.fontMaxLength}
          autoComplete="off"
          spellCheck={false}
          value={values.font}
          onChange={set('font')}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__legend">{t('dashboard.embed.section.sites')}</legend>
        <AllowedOriginsField rows={values.allowedOrigins} onChange={(update) => onChange((current) => ({ ...current, allowedOrigins: update(current.allowedOrigins) }))} controlId={controlId} fieldError={fieldError} />
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__legend">{t('dashboard.embed.section.texts')}</legend>
        <EmbedTextFields values={values} onChange={onChange} stored={storedTexts} controlId={controlId} fieldError={fieldError} />
      </fieldset>
    </>
  );
}
