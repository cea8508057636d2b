import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { graphql } from '../gql';
import { graphqlLanguage } from '../i18n/locale';
import { useLocale } from '../i18n/useLocale';
import { QueryState } from '../ui/QueryState';
import { GroupContact } from './GroupContact';
import { GroupEnrolment } from './GroupEnrolment';
import { GroupMeetings } from './GroupMeetings';
import { GroupProfile } from './GroupProfile';
import { GroupSchedule } from './GroupSchedule';
import { GroupVenue } from './GroupVenue';
import { TranslatedText } from './TranslatedText';

const GroupDetailsQuery = graphql(`
  query GroupDetails($slug: String!, $locale: Language) {
    group(slug: $slug, locale: $locale) {
      id
      name {
        ...TranslatedText_text
      }
      description {
        ...TranslatedText_text
      }
      ...GroupSchedule_group
      ...GroupMeetings_group
      ...GroupEnrolment_group
      ...GroupProfile_group
      ...GroupVenue_group
      ...GroupContact_group
    }
  }
`);

export interface GroupDetailsProps {
  readonly slug: string;
}

/** Everything the API says about one group, read-only; loaded when it is opened. */
export function GroupDetails({ slug }: GroupDetailsProps) {
  const { locale, t } = useLocale();
  const headingId = useId();
  const query = useQuery(GroupDetailsQuery, { variables: { slug, locale: graphqlLanguage(locale) } });

  return (
    <QueryState query={query} errorMessage={t('dashboard.group.error')}>
      {({ group }) => (
        <section className="details" aria-labelledby={headingId}>
          <h3 id={headingId} className="details__title">
            <TranslatedText text={group.name} />
          </h3>
          {group.description ? (
            <p className="details__description">
              <TranslatedText text={group.description} />
            </p>
          ) : null}
          <div className="details__grid">
            <GroupSchedule group={group} />
            <GroupMeetings group={group} />
            <GroupEnrolment group={group} />
            <GroupProfile group={group} />
            <GroupVenue group={group} />
            <GroupContact group={group} />
          </div>
        </section>
      )}
    </QueryState>
  );
}
