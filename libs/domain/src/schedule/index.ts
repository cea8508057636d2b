export * from './schedule';
export * from './rule';
export * from './outline';
export { meetingsBetween, nextMeetings, upcomingPauses } from './meetings';
export { validateSchedule } from './validate';
export { calendarSeries, type CalendarSeries } from './calendar';
// Temporal for calendar arithmetic in the apps (the polyfill stays this library's one import).
export { Temporal, localDateOf, localDateTimeOf } from './zoned';
