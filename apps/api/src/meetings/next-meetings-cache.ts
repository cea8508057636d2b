import { nextMeetings, type Meeting, type Schedule } from '@groupfinder/domain';

interface Entry {
  schedule: string;
  meetings: Meeting[];
  /** The answer holds until the first meeting in it starts (then that one drops out). */
  validUntil: number;
}

/**
 * The next meetings from now of each group, computed once and kept until the first of them starts
 * or the schedule changes. Expanding a recurrence rule costs about 0.4 ms a group; a page of the
 * widget asks for the same groups again and again. Bounded: the oldest entries go first.
 */
export class NextMeetingsCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxEntries = 20_000) {}

  get(groupId: string, schedule: Schedule, count: number, now = new Date()): Meeting[] {
    const key = `${groupId}|${count}`;
    const scheduleJson = JSON.stringify(schedule);
    const cached = this.entries.get(key);
    if (cached && cached.schedule === scheduleJson && now.getTime() < cached.validUntil) return cached.meetings;

    const meetings = nextMeetings(schedule, { from: now, count });
    const first = meetings[0];
    this.entries.delete(key);
    this.entries.set(key, { schedule: scheduleJson, meetings, validUntil: first ? Date.parse(first.start) : Number.POSITIVE_INFINITY });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return meetings;
  }
}
