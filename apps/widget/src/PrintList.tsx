import type { Locale } from '@groupfinder/translations';
import { addressLines, describeMeeting, langIfOther, todayIn } from './format';
import { getFragmentData, graphql, type FragmentType } from './gql';
import { GroupContact, hasContact } from './GroupContact';
import type { WidgetTranslate } from './messages';
import type { HeadingLevel } from './options';

/** What the printed list says of each group: where, when, its next meetings, how to join and whom to ask. */
export const PrintGroupFragment = graphql(`
  fragment PrintGroup_Group on Group {
    name {
      text
      language
    }
    format
    schedule {
      summary
      timeZone
    }
    nextMeetings(first: 3) {
      start
      end
      status
      statusLabel
    }
    venue {
      name
      street
      postalCode
      town
    }
    municipality {
      name
    }
    enrolment {
      callToAction
    }
    ...GroupContact_Group
  }
`);

/** A group on the list. */
export interface PrintItem {
  id: string;
  group: FragmentType<typeof PrintGroupFragment>;
}

interface PrintListProps {
  groups: readonly PrintItem[];
  locale: Locale;
  t: WidgetTranslate;
  /** Level of each group's name. */
  headingLevel: HeadingLevel;
}

/** The groups on paper: each with where it meets, when, its next meetings, how to join and contact. */
export function PrintList({ groups, locale, t, headingLevel }: PrintListProps) {
  return (
    <ol className="gf-print__list">
      {groups.map(({ id, group }) => (
        <li className="gf-print__item" key={id}>
          <PrintEntry group={group} locale={locale} t={t} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}

interface PrintEntryProps {
  group: FragmentType<typeof PrintGroupFragment>;
  locale: Locale;
  t: WidgetTranslate;
  headingLevel: HeadingLevel;
}

function PrintEntry({ group: masked, locale, t, headingLevel }: PrintEntryProps) {
  const group = getFragmentData(PrintGroupFragment, masked);
  const Heading = `h${headingLevel}` as const;
  const today = todayIn(group.schedule?.timeZone);
  const place = group.venue ? addressLines(group.venue).join(', ') : (group.municipality?.name ?? '');
  const where = [group.format === 'ONLINE' ? t('group.online') : place, group.format === 'HYBRID' ? t('format.HYBRID') : ''].filter(Boolean).join(' · ');

  return (
    <>
      <Heading className="gf-print__name" lang={langIfOther(group.name.language, locale)}>
        {group.name.text}
      </Heading>
      <dl className="gf-print__facts">
        <div className="gf-print__fact">
          <dt>{t('widget.print.when')}</dt>
          <dd>{group.schedule?.summary ?? t('widget.group.noTime')}</dd>
        </div>
        {group.nextMeetings.length > 0 && (
          <div className="gf-print__fact">
            <dt>{t('widget.details.meetings')}</dt>
            <dd>
              <ul className="gf-print__meetings">
                {group.nextMeetings.map((meeting) => (
                  <li key={`${meeting.start}-${meeting.status}`}>
                    {meeting.status === 'CANCELLED' ? (
                      <>
                        <del>{describeMeeting(t, locale, today, meeting.start, meeting.end)}</del> <strong className="gf-flag gf-flag--cancelled">{meeting.statusLabel}</strong>
                      </>
                    ) : (
                      describeMeeting(t, locale, today, meeting.start, meeting.end)
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {where && (
          <div className="gf-print__fact">
            <dt>{t('widget.details.where')}</dt>
            <dd>{where}</dd>
          </div>
        )}
        <div className="gf-print__fact">
          <dt>{t('widget.details.joining')}</dt>
          <dd>{group.enrolment.callToAction}</dd>
        </div>
        {hasContact(group) && (
          <div className="gf-print__fact">
            <dt>{t('common.contact')}</dt>
            <dd>
              <GroupContact group={group} t={t} />
            </dd>
          </div>
        )}
      </dl>
    </>
  );
}
