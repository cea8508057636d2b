import { MeetingService } from '../meetings/meeting.service';
import type { ScheduledJob } from './jobs';

/** The meetings table looks a few months ahead: every hour it is expanded again from `now`. */
export const meetingsRollForwardJob: ScheduledJob = {
  name: 'meetings-roll-forward',
  cron: '0 * * * *',
  periodSeconds: 60 * 60,
  expireInSeconds: 15 * 60,
  run: ({ dataSource, now }) => new MeetingService(dataSource).refresh(undefined, now),
};
