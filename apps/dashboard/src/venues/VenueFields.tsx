import { ACCESSIBILITY_FEATURES, LIMITS, pickText, type AccessibilityFeature, type Language as TextLanguage, type TranslatedText } from '@groupfinder/domain';
import { useState } from 'react';
import { LanguageAdder } from '../editing/LanguageAdder';
import { missingLanguages, shownLanguages, withText } from '../editing/writtenTexts';
import { useLocale } from '../i18n/useLocale';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import type { VenueFormValues } from './venueForm';

export interface VenueFieldsProps {
  readonly values: VenueFormValues;
  readonly onChange: (update: (values: VenueFormValues) => VenueFormValues) => void;
  /** The transport notes as stored: a language emptied in the form stays shown. */
  readonly storedNotes: TranslatedText;
  readonly defaultLanguage: TextLanguage;
  /** The id of the control for a field the API names (`name`, `transportNotes.da`), so that a summary of problems links to it. */
  readonly controlId: (field: string) => string;
  readonly fieldError: (field: string) => string | undefined;
}

/** A venue's address, its point on the map, its accessibility and how to get there, in each language written. */
export function VenueFields({ values, onChange, storedNotes, defaultLanguage, controlId, fieldError }: VenueFieldsProps) {
  const { t } = useLocale();
  const [addedLanguages, setAddedLanguages] = useState<TextLanguage[]>([]);
  const [pointCleared, setPointCleared] = useState(false);
  const languages = shownLanguages(defaultLanguage, [storedNotes, values.transportNotes], addedLanguages);
  const missing = missingLanguages(values.transportNotes, languages);
  const languageName = (language: TextLanguage) => t(`language.${language}`);

  const line = (field: 'name' | 'street' | 'postalCode' | 'town') => ({
    id: controlId(field),
    name: field,
    value: values[field],
    onChange: (value: string) => onChange((current) => ({ ...current, [field]: value })),
    error: fieldError(field),
    autoComplete: 'off',
  });
  const coordinate = (field: 'latitude' | 'longitude') => ({
    id: controlId(field),
    name: field,
    value: values.point[field],
    onChange: (value: string) => onChange((current) => ({ ...current, point: { ...current.point, [field]: value } })),
    error: fieldError(field),
    inputMode: 'decimal' as const,
    autoComplete: 'off',
    spellCheck: false,
  });

  return (
    <>
      <TextField label={t('dashboard.venue.name')} required maxLength={LIMITS.nameMaxLength} {...line('name')} />
      <TextField label={t('dashboard.venue.street')} required maxLength={LIMITS.lineMaxLength} {...line('street')} />
      <TextField label={t('dashboard.venue.postalCode')} hint={t('dashboard.venue.postalCode.hint')} required {...line('postalCode')} />
      <TextField label={t('dashboard.venue.town')} required maxLength={LIMITS.lineMaxLength} {...line('town')} />

      <fieldset className="venue-point">
        <legend className="field__label">{t('dashboard.venue.point')}</legend>
        <p className="field__hint">{t('dashboard.venue.point.hint')}</p>
        <div className="field-row">
          <TextField label={t('dashboard.venue.latitude')} hint={t('dashboard.venue.latitude.hint')} {...coordinate('latitude')} />
          <TextField label={t('dashboard.venue.longitude')} hint={t('dashboard.venue.longitude.hint')} {...coordinate('longitude')} />
        </div>
        <div>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              onChange((current) => ({ ...current, point: { latitude: '', longitude: '' } }));
              setPointCleared(true);
            }}
          >
            {t('dashboard.venue.point.fromPostcode')}
          </button>
        </div>
      </fieldset>

      <CheckboxGroup
        legend={t('dashboard.venue.accessibility')}
        id={controlId('accessibility')}
        name="accessibility"
        options={ACCESSIBILITY_FEATURES.map((feature) => ({ value: feature, label: t(`accessibility.${feature}`) }))}
        values={values.accessibility}
        onChange={(chosen) => onChange((current) => ({ ...current, accessibility: chosen as AccessibilityFeature[] }))}
        error={fieldError('accessibility')}
      />

      <fieldset className="text-fieldset" id={controlId('transportNotes')} tabIndex={-1}>
        <legend className="field__label">{t('dashboard.venue.notes')}</legend>
        <p className="field__hint">{t('dashboard.venue.notes.hint', { language: languageName(defaultLanguage) })}</p>
        <div className="text-columns">
          {languages.map((language) => {
            const fallback = missing.includes(language) ? pickText(values.transportNotes, language, defaultLanguage) : null;
            return (
              <TextAreaField
                key={language}
                id={controlId(`transportNotes.${language}`)}
                name={`transportNotes.${language}`}
                lang={language}
                label={t(language === defaultLanguage ? 'dashboard.venue.notes.inDefault' : 'dashboard.venue.notes.in', { language: languageName(language) })}
                hint={fallback ? t('dashboard.venue.notes.missing', { fallback: languageName(fallback.language) }) : undefined}
                value={values.transportNotes[language] ?? ''}
                onChange={(text) => onChange((current) => ({ ...current, transportNotes: withText(current.transportNotes, language, text) }))}
                error={fieldError(`transportNotes.${language}`)}
                maxLength={LIMITS.textMaxLength}
              />
            );
          })}
        </div>
        <LanguageAdder
          languages={languages}
          name="addNoteLanguage"
          onAdd={(language) => setAddedLanguages((current) => [...current, language])}
          focusId={(language) => controlId(`transportNotes.${language}`)}
          addedMessage={(language) => t('dashboard.venue.notes.added', { language })}
        />
      </fieldset>
      <p role="status" className="visually-hidden">
        {pointCleared ? t('dashboard.venue.point.cleared') : ''}
      </p>
    </>
  );
}
