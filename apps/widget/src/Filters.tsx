import { AGE_BAND_CODES, LANGUAGES, LIMITS } from '@groupfinder/domain';
import type { Locale } from '@groupfinder/translations';
import type { WidgetTranslate } from './messages';
import type { FormEvent, Ref } from 'react';
import { AgeField } from './AgeField';
import { AUDIENCE_CHOICES, RADII_KM, isFiltered, type FilterValues, type RadiusKm } from './filter-values';
import { FilterSelect } from './FilterSelect';
import { formatDistance, toLanguageEnum } from './format';
import { MoreFilters } from './MoreFilters';
import { NearMe } from './NearMe';
import { SelectField } from './SelectField';
import type { Facets } from './useGroups';
import type { TopicOption } from './useTopics';

interface FiltersProps {
  values: FilterValues;
  topics: readonly TopicOption[];
  /** Counts for the current search, shown beside topics and languages; null until known. */
  facets: Facets | null;
  /** The API did not know the place typed: its message, shown at the field. */
  placeError: string | null;
  locale: Locale;
  t: WidgetTranslate;
  onChange: (values: FilterValues) => void;
  /** Enter in a text field: search now rather than after the typing pause. */
  onSubmit: () => void;
  onReset: () => void;
  searchRef: Ref<HTMLInputElement>;
}

/**
 * What a visitor needs to narrow the list in seconds, each with a visible label: words, topic,
 * for whom, near a town or postcode (and how far), age group, the visitor's own age (optional)
 * and the language spoken; format, weekdays and times of day behind "more filters". A reset once
 * anything is chosen.
 */
export function Filters({ values, topics, facets, placeError, locale, t, onChange, onSubmit, onReset, searchRef }: FiltersProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  // Languages nobody speaks in the groups found are left out (the chosen one always stays).
  const languages = LANGUAGES.filter(
    (language) => !facets || language === values.language || (facets.languages.get(toLanguageEnum(language)) ?? 0) > 0,
  );

  return (
    <form className="gf-filters" role="search" onSubmit={submit}>
      <div className="gf-field gf-field--wide">
        <label className="gf-label" htmlFor="gf-search">
          {t('widget.search.label')}
        </label>
        <input
          className="gf-input"
          id="gf-search"
          ref={searchRef}
          type="search"
          value={values.text}
          placeholder={t('widget.search.placeholder')}
          maxLength={LIMITS.searchTextMaxLength}
          autoComplete="off"
          enterKeyHint="search"
          onInput={(event) => onChange({ ...values, text: event.currentTarget.value })}
        />
      </div>
      <FilterSelect
        id="gf-topic"
        label={t('widget.filter.topic')}
        allLabel={t('widget.filter.topic.all')}
        choices={topics.map((topic) => ({
          value: topic.code,
          label: topic.label,
          count: facets?.topics.get(topic.code) ?? (facets ? 0 : undefined),
          indent: topic.isSubtopic,
        }))}
        value={values.topic}
        onChange={(topic) => onChange({ ...values, topic })}
        t={t}
      />
      <FilterSelect
        id="gf-audience"
        label={t('widget.filter.audience')}
        allLabel={t('widget.filter.audience.all')}
        choices={AUDIENCE_CHOICES.map((audience) => ({ value: audience, label: t(`audience.${audience}`) }))}
        value={values.audience}
        onChange={(audience) => onChange({ ...values, audience })}
        t={t}
      />
      <div className="gf-near">
        <div className="gf-field gf-field--place">
          <label className="gf-label" htmlFor="gf-place">
            {t('widget.filter.near')}
          </label>
          <input
            className="gf-input"
            id="gf-place"
            type="text"
            value={values.place}
            maxLength={LIMITS.searchTextMaxLength}
            autoComplete="off"
            enterKeyHint="search"
            aria-invalid={placeError ? true : undefined}
            aria-describedby={placeError ? 'gf-place-error' : undefined}
            onInput={(event) => onChange({ ...values, place: event.currentTarget.value, here: null })}
          />
        </div>
        <SelectField
          id="gf-radius"
          className="gf-field--radius"
          label={t('widget.filter.radius')}
          value={String(values.radiusKm)}
          options={RADII_KM.map((km) => ({ value: String(km), label: formatDistance(km, locale) }))}
          onChange={(km) => onChange({ ...values, radiusKm: Number(km) as RadiusKm })}
        />
        {placeError && (
          <p className="gf-field__error" id="gf-place-error">
            {placeError}
          </p>
        )}
        <NearMe values={values} onChange={onChange} t={t} />
      </div>
      <FilterSelect
        id="gf-age"
        className="gf-field--half"
        label={t('widget.filter.age')}
        allLabel={t('widget.filter.age.all')}
        choices={AGE_BAND_CODES.map((band) => ({ value: band, label: t(`ageBand.${band}`) }))}
        value={values.ageBand}
        onChange={(ageBand) => onChange({ ...values, ageBand })}
        t={t}
      />
      <AgeField value={values.age} t={t} onChange={(age) => onChange({ ...values, age })} />
      <FilterSelect
        id="gf-language"
        className="gf-field--half"
        label={t('widget.filter.language')}
        allLabel={t('widget.filter.language.all')}
        choices={languages.map((language) => ({
          value: language,
          label: t(`language.${language}`),
          count: facets?.languages.get(toLanguageEnum(language)),
        }))}
        value={values.language}
        onChange={(language) => onChange({ ...values, language })}
        t={t}
      />
      <MoreFilters values={values} t={t} onChange={onChange} />
      {isFiltered(values) && (
        <div className="gf-field gf-field--wide gf-field--reset">
          <button className="gf-button gf-button--secondary" type="button" onClick={onReset}>
            {t('widget.filter.reset')}
          </button>
        </div>
      )}
    </form>
  );
}
