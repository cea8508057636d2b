import { nextMeetings, type Meeting, type Schedule } from '@groupfinder/domain';
import { LRUCache } from 'lru-cache';

interface Entry {
  schedule: string;
  meetings: Meeting[];
  /** The answer holds until the first meeting in it starts (then that one drops out). */
  validUntil: number;
}

/**
 * The next meetings from now of each group, computed once and kept until the first of them starts
 * or the schedule changes. Expanding a recurrence rule costs about 0.4 ms a group; a page of the
 * widget asks for the same groups again and again.
 */
export class NextMeetingsCache {
  private readonly entries: LRUCache<string, Entry>;

  constructor(maxEntries = 20_000) {
    this.entries = new LRUCache({ max: maxEntries });
  }

  get(groupId: string, schedule: Schedule, count: number, now = new Date()): Meeting[] {
    const key = `${groupId}|${count}`;
    const scheduleJson = JSON.stringify(schedule);
    const cached = this.entries.get(key);
    if (cached && cached.schedule === scheduleJson && now.getTime() < cached.validUntil) return cached.meetings;

    const meetings = nextMeetings(schedule, { from: now, count });
    const first = meetings[0];
    this.entries.set(key, { schedule: scheduleJson, meetings, validUntil: first ? Date.parse(first.start) : Number.POSITIVE_INFINITY });
    return meetings;
  }
}
