import { MeetingService } from '../meetings/meeting.service';
import type { ScheduledJob } from './jobs';

/**
 * The meetings table looks a few months ahead: every hour it is rolled forward by the hour that
 * passed (a change expands its own group's meetings at once). Hourly rather than daily so that each
 * group's next meeting (the default sort) is at most an hour stale; a run costs about a third of a
 * full refresh (tools/bench/README.md).
 */
export const meetingsRollForwardJob: ScheduledJob = {
  name: 'meetings-roll-forward',
  cron: '15 * * * *',
  periodSeconds: 60 * 60,
  // The first run on a database never expanded expands every group (about 16 minutes at 500,000).
  expireInSeconds: 2 * 60 * 60,
  run: async ({ dataSource, now }) => {
    await new MeetingService(dataSource).rollForward(now);
  },
};
