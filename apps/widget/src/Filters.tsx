import { LIMITS, type Audience, type TopicCode } from '@groupfinder/domain';
import type { Translate } from '@groupfinder/translations';
import type { FormEvent, Ref } from 'react';
import type { TopicOption } from './useTopics';

/** The audiences a visitor chooses between; groups for both are found by either. */
const AUDIENCE_CHOICES = ['AFFECTED', 'RELATIVES'] as const satisfies readonly Audience[];

export interface FilterValues {
  text: string;
  topic: TopicCode | '';
  audience: Audience | '';
}

interface FiltersProps {
  values: FilterValues;
  topics: readonly TopicOption[];
  t: Translate;
  onChange: (values: FilterValues) => void;
  /** Enter in the search field: search now rather than after the typing pause. */
  onSubmit: () => void;
  onReset: () => void;
  searchRef: Ref<HTMLInputElement>;
}

/** Search text, topic and audience, each with a visible label; a reset once anything is chosen. */
export function Filters({ values, topics, t, onChange, onSubmit, onReset, searchRef }: FiltersProps) {
  const active = values.text.trim() !== '' || values.topic !== '' || values.audience !== '';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form className="gf-filters" role="search" onSubmit={submit}>
      <div className="gf-field gf-field--search">
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
      <div className="gf-field">
        <label className="gf-label" htmlFor="gf-topic">
          {t('widget.filter.topic')}
        </label>
        <span className="gf-select">
          <select
            className="gf-input"
            id="gf-topic"
            value={values.topic}
            onChange={(event) => onChange({ ...values, topic: event.currentTarget.value as TopicCode | '' })}
          >
            <option value="">{t('widget.filter.topic.all')}</option>
            {topics.map((topic) => (
              <option key={topic.code} value={topic.code}>
                {topic.isSubtopic ? `\u00a0\u00a0\u00a0${topic.label}` : topic.label}
              </option>
            ))}
          </select>
        </span>
      </div>
      <div className="gf-field">
        <label className="gf-label" htmlFor="gf-audience">
          {t('widget.filter.audience')}
        </label>
        <span className="gf-select">
          <select
            className="gf-input"
            id="gf-audience"
            value={values.audience}
            onChange={(event) => onChange({ ...values, audience: event.currentTarget.value as Audience | '' })}
          >
            <option value="">{t('widget.filter.audience.all')}</option>
            {AUDIENCE_CHOICES.map((audience) => (
              <option key={audience} value={audience}>
                {t(`audience.${audience}`)}
              </option>
            ))}
          </select>
        </span>
      </div>
      {active && (
        <div className="gf-field gf-field--reset">
          <button className="gf-button gf-button--secondary" type="button" onClick={onReset}>
            {t('widget.filter.reset')}
          </button>
        </div>
      )}
    </form>
  );
}
