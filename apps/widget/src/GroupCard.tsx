import { intlLocale, listFormat, type Locale } from '@groupfinder/translations';
import type { WidgetTranslate } from './messages';
import type { ReactNode, Ref } from 'react';
import { describeMeeting, formatDistance, langIfOther, todayIn, toLangAttribute } from './format';
import { getFragmentData, graphql, type FragmentType } from './gql';
import type { HeadingLevel } from './options';

/** What one result shows; the API writes the labels in the widget's language (`locale` argument). */
export const GroupCardFragment = graphql(`
  fragment GroupCard_Group on Group {
    id
    slug
    name {
      text
      language
    }
    isDemo
    format
    ageLabel
    languages
    enrolment {
      state
      callToAction
    }
    schedule {
      summary
      timeZone
    }
    # The next meeting; the one after it too, for when the next is cancelled.
    nextMeetings(first: 2) {
      start
      status
      statusLabel
    }
    municipality {
      name
    }
    venue {
      name
      town
    }
  }
`);

/** A group's slug, from the card's fields. */
export function groupSlug(group: FragmentType<typeof GroupCardFragment>): string {
  return getFragmentData(GroupCardFragment, group).slug;
}

interface GroupCardProps {
  group: FragmentType<typeof GroupCardFragment>;
  /** How far from the place searched near; null without one, or for an online group. */
  distanceKm: number | null;
  locale: Locale;
  t: WidgetTranslate;
  /** Level of the group's name. */
  headingLevel: HeadingLevel;
  /** The id of the group's name, unique in the widget (the card is labelled by it). */
  headingId: string;
  headingRef?: Ref<HTMLHeadingElement>;
  /** What follows the summary: in the list, the link to the group; in the group's own view, its details. */
  children?: ReactNode;
}

/** One group: when it next meets, how often, where, for whom, and whether one can come. */
export function GroupCard({ group: masked, distanceKm, locale, t, headingLevel, headingId, headingRef, children }: GroupCardProps) {
  const group = getFragmentData(GroupCardFragment, masked);
  const Heading = `h${headingLevel}` as const;

  const today = todayIn(group.schedule?.timeZone);
  const [next, after] = group.nextMeetings;
  const when = (start: string) => describeMeeting(t, locale, today, start);

  // The venue and its town; a forming group without a venue names its municipality; online says so.
  const place = group.venue
    ? [group.venue.name, group.venue.town].filter((part, index, parts) => part.trim() !== '' && parts.indexOf(part) === index).join(', ')
    : (group.municipality?.name ?? '');
  const where = [
    group.format === 'ONLINE' ? t('group.online') : place,
    group.format === 'HYBRID' ? t('format.HYBRID') : '',
    distanceKm !== null && group.format !== 'ONLINE' ? formatDistance(distanceKm, locale) : '',
  ].filter(Boolean);
  const languages = group.languages.map((language) => t(`language.${toLangAttribute(language) as Locale}`));
  const facts = [
    group.ageLabel,
    languages.length > 0 ? t('group.languages', { languages: listFormat(intlLocale(locale)).format(languages) }) : '',
  ].filter(Boolean);

  return (
    <article className="gf-group" aria-labelledby={headingId}>
      <Heading className="gf-group__name" id={headingId} ref={headingRef} tabIndex={-1} lang={langIfOther(group.name.language, locale)}>
        {group.name.text}
      </Heading>
      {next ? (
        <p className="gf-next">
          <span className="gf-next__label">{t('widget.group.next')}: </span>
          {next.status === 'CANCELLED' ? (
            <>
              <del className="gf-next__time">{when(next.start)}</del> <strong className="gf-flag gf-flag--cancelled">{next.statusLabel}</strong>
            </>
          ) : (
            <strong className="gf-next__time">{when(next.start)}</strong>
          )}
          {next.status === 'CANCELLED' && after && (
            <span className="gf-line">
              <span className="gf-next__label">{t('widget.group.then')}: </span>
              <strong className="gf-next__time">{when(after.start)}</strong>
            </span>
          )}
        </p>
      ) : (
        !group.schedule && <p className="gf-next gf-next--none">{t('widget.group.noTime')}</p>
      )}
      {group.schedule && <p className="gf-group__when">{group.schedule.summary}</p>}
      {where.length > 0 && <p className="gf-group__where">{where.join(' · ')}</p>}
      {facts.length > 0 && <p className="gf-group__facts">{facts.join(' · ')}</p>}
      <p className="gf-group__status">
        {/* The state in a word or two: the call to action beside it says what to do (the API's label says both). */}
        <span className={`gf-pill gf-pill--${group.enrolment.state.toLowerCase()}`}>{t(`group.state.${group.enrolment.state}`)}</span>
        {group.isDemo && <span className="gf-pill gf-pill--demo">{t('group.demo')}</span>}
        <span className="gf-group__cta">{group.enrolment.callToAction}</span>
      </p>
      {children}
    </article>
  );
}
