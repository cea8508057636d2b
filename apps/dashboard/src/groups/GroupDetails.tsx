import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { graphql } from '../gql';
import { graphqlLanguage } from '../i18n/locale';
import { useLocale } from '../i18n/useLocale';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
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
  const { data, loading, error, refetch } = useQuery(GroupDetailsQuery, { variables: { slug, locale: graphqlLanguage(locale) } });

  if (loading && !data) return <LoadingState label={t('common.loading')} />;
  if (error || !data) {
    return (
      <ErrorState
        message={t('dashboard.group.error')}
        detail={CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined}
        retryLabel={t('common.retry')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }

  const { group } = data;
  return (
    <section className="details" aria-labelledby={headingId}>
      <h4 id={headingId} className="details__title">
        <TranslatedText text={group.name} />
      </h4>
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
  );
}
