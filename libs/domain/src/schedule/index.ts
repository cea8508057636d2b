export * from './schedule';
export * from './rule';
export * from './outline';
export { meetingsBetween, nextMeetings, upcomingPauses } from './meetings';
export { validateSchedule } from './validate';
