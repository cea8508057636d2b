import { TIME_OF_DAY_CODES, WEEKDAYS } from '@groupfinder/domain';
import type { WidgetTranslate } from './messages';
import { useState } from 'react';
import { CheckboxGroup } from './CheckboxGroup';
import { FORMAT_CHOICES, moreFiltersInUse, type FilterValues } from './filter-values';
import { FilterSelect } from './FilterSelect';

interface MoreFiltersProps {
  values: FilterValues;
  t: WidgetTranslate;
  onChange: (values: FilterValues) => void;
}

/**
 * Format, weekdays and times of day, folded away behind one button so that the first screen of a
 * phone keeps room for results. The button says how many of them are in use, so nothing chosen
 * is hidden without a trace.
 */
export function MoreFilters({ values, t, onChange }: MoreFiltersProps) {
  const inUse = moreFiltersInUse(values);
  const [expanded, setExpanded] = useState(false);

  return (
    <div className="gf-more-filters">
      <button
        className="gf-disclosure"
        type="button"
        aria-expanded={expanded}
        aria-controls="gf-more-filters"
        onClick={() => setExpanded(!expanded)}
      >
        <span className="gf-disclosure__icon" aria-hidden="true" />
        {t('widget.filter.more', { count: inUse })}
      </button>
      <div className="gf-more-filters__panel" id="gf-more-filters" hidden={!expanded}>
        <FilterSelect
          id="gf-format"
          label={t('widget.filter.format')}
          allLabel={t('widget.filter.format.all')}
          choices={FORMAT_CHOICES.map((format) => ({ value: format, label: t(`format.${format}`) }))}
          value={values.format}
          onChange={(format) => onChange({ ...values, format })}
          t={t}
        />
        <CheckboxGroup
          id="gf-weekday"
          legend={t('widget.filter.weekdays')}
          choices={WEEKDAYS.map((weekday) => ({ value: weekday, label: t(`weekday.${weekday}`) }))}
          chosen={values.weekdays}
          onChange={(weekdays) => onChange({ ...values, weekdays })}
        />
        <CheckboxGroup
          id="gf-time"
          legend={t('widget.filter.timesOfDay')}
          choices={TIME_OF_DAY_CODES.map((time) => ({ value: time, label: t(`timeOfDay.${time}`) }))}
          chosen={values.timesOfDay}
          onChange={(timesOfDay) => onChange({ ...values, timesOfDay })}
        />
      </div>
    </div>
  );
}
