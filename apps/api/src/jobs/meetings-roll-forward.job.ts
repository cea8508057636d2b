import { MeetingService } from '../meetings/meeting.service';
import type { ScheduledJob } from './jobs';

/**
 * The meetings table looks a few months ahead: once a day it is rolled forward by the day that
 * passed (a change expands its own group's meetings at once). A run costs about a third of a full
 * refresh (tools/bench/README.md).
 */
export const meetingsRollForwardJob: ScheduledJob = {
  name: 'meetings-roll-forward',
  cron: '15 2 * * *',
  periodSeconds: 24 * 60 * 60,
  // The first run on a database never expanded expands every group (about 16 minutes at 500,000).
  expireInSeconds: 2 * 60 * 60,
  run: async ({ dataSource, now }) => {
    await new MeetingService(dataSource).rollForward(now);
  },
};

/**
 * Every hour between the daily roll-forwards, the groups whose next meeting has begun move on to
 * their following one (read from the meetings table, nothing expanded), so that the finder's
 * default order, by next meeting, is at most an hour stale.
 */
export const nextMeetingsJob: ScheduledJob = {
  name: 'next-meetings',
  cron: '5 * * * *',
  periodSeconds: 60 * 60,
  expireInSeconds: 30 * 60,
  run: async ({ dataSource, now }) => {
    await new MeetingService(dataSource).advanceNextMeetings(now);
  },
};
