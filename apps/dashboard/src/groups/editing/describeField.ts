import type { Schedule } from '@groupfinder/domain';
import { describeSchedule, type Locale, type Translate } from '@groupfinder/translations';
import { describeLine, describeText } from '../../editing/describeValue';
import { parseText, type GroupField, type GroupFieldValues } from './groupFields';
import type { NamedOption } from './useGroupFormOptions';
import { spokenLanguageName } from './vocabularyOptions';

export interface DescribeContext {
  readonly t: Translate;
  readonly locale: Locale;
  readonly units: readonly NamedOption[];
  readonly venues: readonly NamedOption[] | null;
  readonly municipalities: readonly NamedOption[];
  /** When the schedule's words start from. */
  readonly now: Date;
}

function describeSchedulePlainly(schedule: Schedule, context: DescribeContext): string {
  const { t, locale, now } = context;
  let words: string;
  try {
    words = describeSchedule(schedule, locale, { now });
  } catch {
    // A rule the summary cannot read is shown as it is stored.
    words = [schedule.start, schedule.rrule].filter(Boolean).join(' ');
  }
  const exceptions = schedule.exdates.length + schedule.rdates.length + schedule.moves.length + schedule.pauses.length;
  return exceptions > 0 ? t('dashboard.groupEditor.value.scheduleWithExceptions', { schedule: words, count: exceptions }) : words;
}

const isNothing = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** One field of a version of a group in words, for comparing mine with theirs: "Danish: “Sorggruppe”", "Grief, Crisis", "Not given". */
export function describeField(field: GroupField, fields: GroupFieldValues, context: DescribeContext): string {
  const { t } = context;
  const named = (options: readonly NamedOption[] | null, id: unknown) => options?.find((option) => option.id === id)?.name ?? String(id);
  if (field === 'unitId' && isNothing(fields.unitId)) return t('dashboard.groupEditor.unitId.none');
  if (isNothing(fields[field])) return t('dashboard.groupEditor.notGiven');
  switch (field) {
    case 'name':
    case 'description':
    case 'practicalNotes':
    case 'intakeText':
      return describeText(t, parseText(fields[field]), t('dashboard.groupEditor.notGiven'));
    case 'unitId':
      return named(context.units, fields.unitId);
    case 'venueId':
      return named(context.venues, fields.venueId);
    case 'municipalityId':
      return named(context.municipalities, fields.municipalityId);
    case 'topics':
      return fields.topics.map((code) => t(`topic.${code}`)).join(', ');
    case 'promises':
      return fields.promises.map((code) => t(`promise.${code}`)).join(', ');
    case 'languages':
      return fields.languages.map((language) => spokenLanguageName(t, language)).join(', ');
    case 'audience':
      return t(`audience.${fields.audience}`);
    case 'ageBand':
      return fields.ageBand ? t(`ageBand.${fields.ageBand}`) : '';
    case 'format':
      return t(`format.${fields.format}`);
    case 'method':
      return fields.method ? t(`method.${fields.method}`) : '';
    case 'enrolment':
      return t(`enrolment.${fields.enrolment}`);
    case 'onlineJoinOnRequest':
      return fields.onlineJoinOnRequest ? t('dashboard.yes') : t('dashboard.no');
    case 'waitingList':
      return fields.waitingList ? t('dashboard.yes') : t('dashboard.no');
    case 'schedule':
      return fields.schedule ? describeSchedulePlainly(fields.schedule, context) : '';
    default: {
      const value = fields[field];
      return typeof value === 'string' ? describeLine(t, value, t('dashboard.groupEditor.notGiven')) : String(value);
    }
  }
}
