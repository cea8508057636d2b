import type { Meeting as DomainMeeting, MeetingStatus } from '@groupfinder/domain';
import { translate, type Locale } from '@groupfinder/translations';
import { Field } from 'type-graphql';
import { MeetingStatusEnum } from '../kernel/enums';
import { OutputType } from '../kernel/output-type';

@OutputType("One meeting, in the group's time zone.")
export class Meeting {
  @Field(() => String, { description: 'ISO 8601 with offset, e.g. 2026-03-31T19:00:00+02:00.' })
  start: string;

  @Field(() => String, { description: 'ISO 8601 with offset.' })
  end: string;

  @Field(() => MeetingStatusEnum)
  status: MeetingStatus;

  @Field(() => String)
  statusLabel: string;

  @Field(() => String, { nullable: true, description: 'For a moved meeting: when it was to take place.' })
  originalStart: string | null;

  static from(meeting: DomainMeeting, locale: Locale): Meeting {
    return Object.assign(new Meeting(), {
      start: meeting.start,
      end: meeting.end,
      status: meeting.status,
      statusLabel: translate(locale, `meeting.${meeting.status}`),
      originalStart: meeting.originalStart ?? null,
    });
  }
}
