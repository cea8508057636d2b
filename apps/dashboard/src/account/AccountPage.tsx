import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { FactList } from '../ui/FactList';
import { PageLayout } from '../ui/PageLayout';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';
import { SignInFirst } from '../auth/SignInFirst';
import { MembershipList } from './MembershipList';
import { SecondFactorSettings } from './SecondFactorSettings';
import { SessionList } from './SessionList';

const AccountPageQuery = graphql(`
  query AccountPage {
    me {
      id
      name
      email
      secondFactorEnabled
      memberships {
        id
        ...MembershipList_membership
      }
      sessions {
        id
        ...SessionList_session
      }
    }
  }
`);

/** My account: who I am, my roles, my second factor and where I am signed in. */
export function AccountPage() {
  const { t } = useLocale();
  const query = useQuery(AccountPageQuery);

  return (
    <PageLayout title={t('dashboard.account.title')} busy={query.loading}>
      <QueryState query={query} errorMessage={t('dashboard.page.error')}>
        {({ me }) =>
          me ? (
            <>
              <div className="card section">
                <FactList
                  facts={[
                    { term: t('dashboard.account.name'), value: me.name },
                    { term: t('common.email'), value: me.email },
                  ]}
                />
              </div>
              <Section title={t('dashboard.roles.title')}>
                <MembershipList memberships={me.memberships} />
              </Section>
              <Section title={t('dashboard.secondFactor.title')}>
                <SecondFactorSettings enabled={me.secondFactorEnabled} />
              </Section>
              <Section title={t('dashboard.sessions.title')}>
                <SessionList sessions={me.sessions} />
              </Section>
            </>
          ) : (
            <SignInFirst next={{ page: 'account' }} />
          )
        }
      </QueryState>
    </PageLayout>
  );
}
