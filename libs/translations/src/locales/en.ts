import type { AgeBand, Audience, Country, EnrolmentState, Format, Language, TopicCode, Weekday } from '@groupfinder/domain';

/** Every vocabulary code has a label in every language. */
type VocabularyKey =
  | `topic.${TopicCode}`
  | `audience.${Audience}`
  | `ageBand.${AgeBand}`
  | `format.${Format}`
  | `enrolment.${EnrolmentState}`
  | `weekday.${Weekday}`
  | `country.${Country}`
  | `language.${Language}`;

/**
 * The English catalog is the reference: its keys define `MessageKey`, and every other language
 * must have exactly these keys (see catalog.ts). Messages are ICU MessageFormat.
 */
export const en = {
  'topic.ADDICTION': 'Addiction',
  'topic.ALCOHOL': 'Alcohol',
  'topic.CANNABIS': 'Cannabis',
  'topic.DRUGS': 'Other drugs',
  'topic.GAMBLING': 'Gambling',
  'topic.MEDICATION': 'Medication',
  'topic.GRIEF': 'Grief',
  'topic.CRISIS': 'Crisis',
  'topic.DIVORCE': 'Divorce',
  'topic.ILLNESS': 'Illness',
  'topic.MENTAL_HEALTH': 'Mental health',
  'topic.LONELINESS': 'Loneliness',
  'topic.SHARED_ACTIVITY': 'Shared activity',

  'audience.AFFECTED': 'People affected',
  'audience.RELATIVES': 'Relatives',
  'audience.BOTH': 'People affected and relatives',

  'ageBand.CHILDREN': 'Children (7–12)',
  'ageBand.YOUTH': 'Youth (13–18)',
  'ageBand.YOUNG_ADULTS': 'Young adults',
  'ageBand.ADULTS': 'Adults',
  'ageBand.SENIORS': 'Seniors',

  'format.IN_PERSON': 'In person',
  'format.ONLINE': 'Online',
  'format.HYBRID': 'In person and online',

  'enrolment.OPEN': 'Open – just come',
  'enrolment.OPEN_AFTER_INTAKE': 'Open after an intake conversation',
  'enrolment.FORMING': 'Forming – join the waiting list',
  'enrolment.CLOSED': 'Closed to newcomers – the group decides',
  'enrolment.FULL': 'Full',
  'enrolment.PAUSED': 'Paused',
  'enrolment.ENDED': 'Ended',

  'weekday.MONDAY': 'Monday',
  'weekday.TUESDAY': 'Tuesday',
  'weekday.WEDNESDAY': 'Wednesday',
  'weekday.THURSDAY': 'Thursday',
  'weekday.FRIDAY': 'Friday',
  'weekday.SATURDAY': 'Saturday',
  'weekday.SUNDAY': 'Sunday',

  'country.DK': 'Denmark',
  'country.SE': 'Sweden',
  'country.NO': 'Norway',
  'country.PL': 'Poland',

  'language.da': 'Danish',
  'language.sv': 'Swedish',
  'language.nb': 'Norwegian',
  'language.pl': 'Polish',
  'language.en': 'English',

  /** `weekday` is the code (for languages whose grammar needs it), `day` its label. */
  'schedule.weekly': 'Every {day}, {start}–{end}',
  'groups.count': '{count, plural, =0 {No groups} one {# group} other {# groups}}',
  'group.demo': 'Demo data',
  'group.online': 'Online',
  'group.languages': 'Spoken: {languages}',

  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.phone': 'Phone',
  'common.email': 'E-mail',
  'common.contact': 'Contact',
  'common.country': 'Country',
  'common.website': 'Website',

  'widget.title': 'Find a self-help group',
  'widget.search.label': 'Search',
  'widget.search.placeholder': 'Town, topic or group name',
  'widget.filter.topic': 'Topic',
  'widget.filter.topic.all': 'All topics',
  'widget.filter.audience': 'For whom',
  'widget.filter.audience.all': 'Everyone',
  'widget.filter.reset': 'Reset search',
  'widget.results': '{count, plural, =0 {No groups found} one {# group found} other {# groups found}}',
  'widget.more': 'Show more groups',
  'widget.error': 'The groups could not be loaded.',

  'dashboard.title': 'groupfinder – administration',
  'dashboard.organisations': 'Organisations',
  'dashboard.column.group': 'Group',
  'dashboard.column.when': 'When',
  'dashboard.column.where': 'Where',
  'dashboard.column.status': 'Status',
  'dashboard.error': 'The organisations could not be loaded.',
  'dashboard.organisations.none': 'There are no organisations yet.',
  'dashboard.groups.caption': 'Groups run by {organisation}',
  'dashboard.groups.more': 'Showing the first {shown} of {count} groups.',
  'dashboard.schedule.none': 'Time not set yet',

  'error.GROUP_NOT_FOUND': 'There is no group at this address.',
  'error.BAD_USER_INPUT': 'Some values are not valid: {fields}.',
  'error.PAGE_SIZE_OUT_OF_RANGE': 'The page size must be between 1 and {max}.',
  'error.SEARCH_TEXT_TOO_LONG': 'The search text may be at most {max} characters long.',
  'error.INVALID_CURSOR': 'The page cursor is not valid. Start again from the first page.',
  'error.UNAUTHENTICATED': 'Please sign in first.',
  'error.FORBIDDEN': 'You do not have access to this.',
  'error.GRAPHQL_PARSE_FAILED': 'The query could not be read.',
  'error.GRAPHQL_VALIDATION_FAILED': 'The query does not match the schema.',
  'error.QUERY_TOO_DEEP': 'The query is nested too deeply (at most {max} levels).',
  'error.PAYLOAD_TOO_LARGE': 'The request is too large.',
  'error.BAD_REQUEST': 'The request could not be understood.',
  'error.INTERNAL_SERVER_ERROR': 'Something went wrong on our side. Please try again later.',
} as const satisfies Record<VocabularyKey, string> & Record<string, string>;
