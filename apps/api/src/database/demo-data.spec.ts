import { Temporal, localDateOf, nextMeetings, upcomingPauses, validateSchedule, type Meeting, type Schedule, type SchedulePause } from '@groupfinder/domain';
import { formatLongDate } from '@groupfinder/translations';
import { MEETING_HORIZON_DAYS } from '../meetings/meeting.service';
import { demoGroups, type GroupSeed } from './seed/demo-seed';

/*
 * The invented groups' dates count from the day the demo data is loaded. Whatever that day, the
 * demo shows what it was written to show: a course about to start, a group on a break, a cancelled
 * and a moved meeting, a Christmas and a summer break ahead. Checked for every day of 2027, around
 * local midnight, and for the day this was written.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const ZONE = 'Europe/Copenhagen';

function everyDayOf2027(): Date[] {
  const days: Date[] = [];
  for (let time = Date.UTC(2027, 0, 1, 10); time < Date.UTC(2028, 0, 1); time += DAY_MS) days.push(new Date(time));
  return days;
}

const MOMENTS = [
  ...everyDayOf2027(),
  // Either side of midnight in Copenhagen, on the turns of the year and of the summer break.
  new Date('2026-11-25T09:00:00Z'),
  new Date('2026-12-31T22:59:00Z'),
  new Date('2027-01-03T22:59:00Z'),
  new Date('2027-01-03T23:00:00Z'),
  new Date('2027-08-09T21:59:00Z'),
  new Date('2027-08-09T22:00:00Z'),
  new Date('2027-12-31T23:30:00Z'),
];

/** The demo data of a day, made once. */
const seedsOf = new Map<number, GroupSeed[]>();
function seeds(now: Date): GroupSeed[] {
  let found = seedsOf.get(now.getTime());
  if (!found) seedsOf.set(now.getTime(), (found = demoGroups(now)));
  return found;
}

function group(now: Date, slug: string): GroupSeed & { schedule: Schedule } {
  const seed = seeds(now).find((each) => each.slug === slug);
  if (!seed?.schedule) throw new Error(`No demo group ${slug} with a schedule`);
  return { ...seed, schedule: { timeZone: ZONE, exdates: [], rdates: [], moves: [], pauses: [], ...seed.schedule } };
}

const local = (meeting: Meeting) => meeting.start.slice(0, 16);
const dateOf = (meeting: Meeting) => Temporal.PlainDate.from(meeting.start.slice(0, 10));
const daysFrom = (now: Date, meeting: Meeting) => Temporal.PlainDate.from(localDateOf(now, ZONE)).until(dateOf(meeting)).days;
const within = (date: string, pause: { from: string; until: string }) => pause.from <= date && date <= pause.until;

/** Runs `check` for the demo data of every moment, saying which moment failed. */
function forEveryMoment(check: (now: Date, today: string) => void): void {
  for (const now of MOMENTS) {
    try {
      check(now, localDateOf(now, ZONE));
    } catch (error) {
      if (error instanceof Error) error.message = `Demo data loaded at ${now.toISOString()}:\n${error.message}`;
      throw error;
    }
  }
}

describe('the demo data, loaded on any day', () => {
  it('has a schedule every group can keep, and the real groups exactly as seed 001 writes them', () => {
    const realGroups = (now: Date) => seeds(now).filter((seed) => !seed.isDemo);
    expect(realGroups(MOMENTS[0] as Date).map((seed) => [seed.slug, seed.schedule?.start ?? null])).toEqual([
      ['smart-recovery-soborg-mandag', '2026-01-05T19:00'],
      ['smart-recovery-soborg-torsdag', '2026-01-08T19:00'],
      ['smart-recovery-kgs-lyngby-sondag', '2026-01-04T20:00'],
      ['smart-recovery-parorendegruppe-gladsaxe', null],
    ]);
    forEveryMoment((now) => {
      for (const seed of seeds(now).filter((each) => each.schedule)) {
        expect([seed.slug, validateSchedule(group(now, seed.slug).schedule)]).toEqual([seed.slug, []]);
      }
      expect(realGroups(now)).toEqual(realGroups(MOMENTS[0] as Date));
    });
  });

  it('shows every invented group that has begun within the meetings table’s horizon, and it began in the past', () => {
    forEveryMoment((now, today) => {
      for (const seed of seeds(now).filter((each) => each.isDemo && each.schedule && each.enrolment !== 'FORMING')) {
        const { schedule } = group(now, seed.slug);
        const [next] = nextMeetings(schedule, { from: now, count: 1 });
        expect([seed.slug, next !== undefined && daysFrom(now, next) < MEETING_HORIZON_DAYS]).toEqual([seed.slug, true]);
        expect([seed.slug, schedule.start.slice(0, 10) < today]).toEqual([seed.slug, true]);
      }
    });
  });

  it('has the grief group for young people cancel its second coming meeting and break over the coming Christmas', () => {
    forEveryMoment((now, today) => {
      const { schedule } = group(now, 'demo-sorggruppe-for-unge-lyngby');
      const meetings = nextMeetings(schedule, { from: now, count: 12 });
      expect(meetings.slice(0, 3).map((meeting) => meeting.status)).toEqual(['SCHEDULED', 'CANCELLED', 'SCHEDULED']);
      expect(schedule.exdates).toEqual([local(meetings[1] as Meeting)]);
      const [christmas, ...others] = upcomingPauses(schedule, now);
      expect(others).toEqual([]);
      expect(christmas).toMatchObject({ from: expect.stringMatching(/-12-21$/), until: expect.stringMatching(/-01-03$/), reason: { da: 'Juleferie' } });
      const { from, until } = christmas as { from: string; until: string };
      expect(Number(until.slice(0, 4))).toBe(Number(from.slice(0, 4)) + 1);
      // The coming Christmas: under way, or less than a year ahead.
      expect(until >= today && Temporal.PlainDate.from(today).until(from).days < 366).toBe(true);
      for (const meeting of meetings) {
        expect(within(meeting.start.slice(0, 10), { from, until })).toBe(false);
        expect([dateOf(meeting).dayOfWeek, meeting.start.slice(11, 16)]).toEqual([2, '16:30']);
      }
    });
  });

  it('has the grief course start on a Wednesday in five weeks, as its description says, and nothing within 7 days', () => {
    forEveryMoment((now) => {
      const course = group(now, 'demo-sorg-efter-tab-kursus-gladsaxe');
      const [first] = nextMeetings(course.schedule, { from: now, count: 1 }) as [Meeting];
      expect(dateOf(first).dayOfWeek).toBe(3);
      expect(daysFrom(now, first)).toBeGreaterThanOrEqual(35);
      expect(daysFrom(now, first)).toBeLessThan(42);
      expect(local(first)).toBe(course.schedule.start);
      expect(course.description?.da).toContain(`fra ${formatLongDate(dateOf(first).toString(), 'da')} for voksne`);
      expect(course.enrolment).toBe('FORMING');
    });
  });

  it('has the walking group on a break today, walking again on the Saturday it says', () => {
    forEveryMoment((now, today) => {
      const walks = group(now, 'demo-gaatur-og-snak-gladsaxe');
      const pause = walks.schedule.pauses[0] as SchedulePause;
      expect(within(today, pause)).toBe(true);
      expect(walks).toMatchObject({ enrolment: 'PAUSED', pausedUntil: Temporal.PlainDate.from(pause.until).add({ days: 1 }).toString() });
      const [next] = nextMeetings(walks.schedule, { from: now, count: 1 }) as [Meeting];
      expect(local(next)).toBe(`${walks.pausedUntil}T10:00`);
      expect(dateOf(next).dayOfWeek).toBe(6);
    });
  });

  it('has the Stockholm meeting moved a day early the second time, and a summer break ahead', () => {
    forEveryMoment((now) => {
      const { schedule } = group(now, 'demo-smart-recovery-mote-sodermalm');
      const meetings = nextMeetings(schedule, { from: now, count: 3 });
      expect(meetings.map((meeting) => meeting.status)).toEqual(['SCHEDULED', 'MOVED', 'SCHEDULED']);
      const moved = meetings[1] as Meeting;
      expect(Temporal.PlainDate.from(moved.originalStart?.slice(0, 10) ?? '').subtract({ days: 1 }).equals(dateOf(moved))).toBe(true);
      expect(upcomingPauses(schedule, now)).toEqual([expect.objectContaining({ from: expect.stringMatching(/-06-23$/), until: expect.stringMatching(/-08-09$/) })]);
    });
  });

  it('has the Kraków meeting cancel its third coming meeting', () => {
    forEveryMoment((now) => {
      const { schedule } = group(now, 'demo-miting-aa-krakow');
      expect(nextMeetings(schedule, { from: now, count: 3 }).map((meeting) => meeting.status)).toEqual(['SCHEDULED', 'SCHEDULED', 'CANCELLED']);
    });
  });
});
