import { intlLocale, listFormat, type Locale } from '@groupfinder/translations';
import type { WidgetTranslate } from './messages';
import type { ReactNode } from 'react';
import { addressLines, calendarLinks, describeMeeting, langIfOther, todayIn, webHref } from './format';
import { getFragmentData, graphql, type FragmentType } from './gql';
import { FormDisclosure } from './FormDisclosure';
import { GroupContact, hasContact } from './GroupContact';
import { JoinOptions } from './JoinOptions';
import type { HeadingLevel } from './options';
import { Localized } from './Localized';

/** What the detail view shows: the full schedule, how to join, where, and who the group is for. */
export const GroupDetailsFragment = graphql(`
  fragment GroupDetails_Group on Group {
    description {
      text
      language
    }
    practicalNotes {
      text
      language
    }
    topics {
      code
      label
    }
    audienceLabel
    methodLabel
    promiseLabels
    facilitation {
      details
    }
    format
    onlineJoin {
      url
      onRequest
      label
    }
    schedule {
      timeZone
      pauses {
        summary
        reason {
          text
          language
        }
      }
    }
    meetings: nextMeetings(first: $meetings) {
      start
      end
      status
      statusLabel
      originalStart
    }
    joinWay
    canBeWritten
    enrolment {
      callToAction
      details
      intake {
        text
        language
      }
    }
    venue {
      name
      street
      postalCode
      town
      accessibilityLabels
      transportNotes {
        text
        language
      }
    }
    municipality {
      name
    }
    ...GroupContact_Group
  }
`);

interface GroupDetailsViewProps {
  group: FragmentType<typeof GroupDetailsFragment>;
  slug: string;
  endpoint: string;
  locale: Locale;
  t: WidgetTranslate;
  headingLevel: HeadingLevel;
}

/** The detail view of one group: its next meetings, breaks, how to join, contact, where, and about it. */
export function GroupDetailsView({ group: masked, slug, endpoint, locale, t, headingLevel }: GroupDetailsViewProps) {
  const group = getFragmentData(GroupDetailsFragment, masked);
  const Heading = `h${headingLevel}` as const;
  const section = (title: string, content: ReactNode) => (
    <section className="gf-details__section">
      <Heading className="gf-details__heading">{title}</Heading>
      {content}
    </section>
  );
  const today = todayIn(group.schedule?.timeZone);
  const when = (start: string, end?: string) => describeMeeting(t, locale, today, start, end);
  const list = (items: string[]) => listFormat(intlLocale(locale)).format(items);

  const asks = group.joinWay === 'WAITING_LIST' || group.joinWay === 'INTAKE';
  const formLevel = Math.min(headingLevel + 1, 6) as HeadingLevel;
  const joinOptions = (
    <JoinOptions
      joinWay={group.joinWay}
      slug={slug}
      callToAction={group.enrolment.callToAction}
      endpoint={endpoint}
      locale={locale}
      t={t}
      headingLevel={formLevel}
    />
  );
  const calendar = calendarLinks(endpoint, slug, locale);
  const where = group.venue ? addressLines(group.venue) : group.municipality ? [group.municipality.name] : [];
  const joinHref = group.onlineJoin?.url ? webHref(group.onlineJoin.url) : undefined;
  const onlineOnRequest = group.onlineJoin?.onRequest ? (group.onlineJoin.label ?? t('group.onlineOnRequest')) : undefined;
  const about = [
    // Age and languages are on the card just above.
    group.audienceLabel,
    group.methodLabel,
    ...group.facilitation.details,
    ...group.promiseLabels,
    group.topics.length > 0 ? `${t('widget.filter.topic')}: ${list(group.topics.map((topic) => topic.label))}` : null,
  ].filter((fact): fact is string => !!fact);

  return (
    <div className="gf-details__body">
      {group.meetings.length > 0 &&
        section(
          t('widget.details.meetings'),
          <ol className="gf-meetings">
            {group.meetings.map((meeting) => (
              <li className={`gf-meeting gf-meeting--${meeting.status.toLowerCase()}`} key={`${meeting.start}-${meeting.status}`}>
                {meeting.status === 'CANCELLED' ? (
                  <>
                    <del className="gf-meeting__time">{when(meeting.start, meeting.end)}</del>{' '}
                    <strong className="gf-flag gf-flag--cancelled">{meeting.statusLabel}</strong>
                  </>
                ) : (
                  <>
                    <span className="gf-meeting__time">{when(meeting.start, meeting.end)}</span>
                    {meeting.status === 'MOVED' && (
                      <>
                        {' '}
                        <span className="gf-flag gf-flag--moved">
                          {meeting.originalStart ? t('widget.meeting.movedFrom', { when: when(meeting.originalStart) }) : meeting.statusLabel}
                        </span>
                      </>
                    )}
                  </>
                )}
              </li>
            ))}
          </ol>,
        )}
      {group.schedule && (
        <p className="gf-calendar">
          <a className="gf-calendar__link" href={calendar.download} download={`${slug}.ics`}>
            {t('widget.calendar.add')}
          </a>{' '}
          <a className="gf-calendar__link" href={calendar.subscribe}>
            {t('widget.calendar.subscribe')}
          </a>
        </p>
      )}
      {group.schedule &&
        group.schedule.pauses.length > 0 &&
        section(
          t('widget.details.pauses'),
          <ul className="gf-facts">
            {group.schedule.pauses.map((pause) => (
              <li key={pause.summary}>
                <PauseSummary pause={pause} locale={locale} />
              </li>
            ))}
          </ul>,
        )}
      {section(
        t('widget.details.joining'),
        <>
          {!asks && joinOptions}
          {group.enrolment.details.length > 0 && (
            <ul className="gf-facts">
              {group.enrolment.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
          {group.enrolment.intake && <Localized text={group.enrolment.intake} locale={locale} />}
          {/* The form comes after what the group says about joining, so that it is read first. */}
          {asks && joinOptions}
        </>,
      )}
      {(hasContact(group) || group.canBeWritten) &&
        section(
          t('common.contact'),
          <>
            <GroupContact group={group} t={t} />
            {group.canBeWritten && (
              <FormDisclosure
                id={`gf-write-${slug}`}
                label={t('widget.write.open')}
                secondary
                kind="MESSAGE"
                slug={slug}
                endpoint={endpoint}
                locale={locale}
                t={t}
                headingLevel={formLevel}
              />
            )}
          </>,
        )}
      {(where.length > 0 || group.format !== 'IN_PERSON') &&
        section(
          t('widget.details.where'),
          <>
            {where.length > 0 && (
              <p>
                {where.map((line, index) => (
                  <span className="gf-line" key={index}>
                    {line}
                  </span>
                ))}
              </p>
            )}
            {group.venue && group.venue.accessibilityLabels.length > 0 && (
              <ul className="gf-facts">
                {group.venue.accessibilityLabels.map((label) => (
                  <li key={label}>{label}</li>
                ))}
              </ul>
            )}
            {group.venue?.transportNotes && <Localized text={group.venue.transportNotes} locale={locale} />}
            {group.practicalNotes && <Localized text={group.practicalNotes} locale={locale} />}
            {group.format !== 'IN_PERSON' && (joinHref || onlineOnRequest) && (
              <p className="gf-online">
                {joinHref ? (
                  // Pages of others open in the whole window, also from the frame page (/embed/<key>), which they may refuse to be framed in.
                  <a className="gf-link-target" href={joinHref} target="_top">
                    {t('widget.details.joinOnline')}
                  </a>
                ) : (
                  onlineOnRequest
                )}
              </p>
            )}
          </>,
        )}
      {(group.description || about.length > 0) &&
        section(
          t('widget.details.about'),
          <>
            {group.description && <Localized text={group.description} locale={locale} />}
            {about.length > 0 && (
              <ul className="gf-facts">
                {about.map((fact) => (
                  <li key={fact}>{fact}</li>
                ))}
              </ul>
            )}
          </>,
        )}
    </div>
  );
}

interface PauseSummaryProps {
  pause: { summary: string; reason?: { text: string; language: string } | null };
  locale: Locale;
}

/** "Juleferie 21. december – 3. januar": the reason, in the organisation's words, marked when in another language. */
function PauseSummary({ pause, locale }: PauseSummaryProps) {
  const reason = pause.reason;
  const lang = reason ? langIfOther(reason.language, locale) : undefined;
  const at = reason ? pause.summary.indexOf(reason.text.trim()) : -1;
  if (!reason || !lang || at < 0) return <>{pause.summary}</>;
  const end = at + reason.text.trim().length;
  return (
    <>
      {pause.summary.slice(0, at)}
      <span lang={lang}>{pause.summary.slice(at, end)}</span>
      {pause.summary.slice(end)}
    </>
  );
}
