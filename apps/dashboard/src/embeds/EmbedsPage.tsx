import { useQuery } from '@apollo/client/react';
import { editsEmbeds } from '../auth/access';
import { SignedInPage } from '../auth/SignedInPage';
import { useViewer } from '../auth/useViewer';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { routeHref } from '../routing/routes';
import { DataTable } from '../ui/DataTable';
import { DateTime } from '../ui/DateTime';
import { EmptyState } from '../ui/EmptyState';
import { QueryState } from '../ui/QueryState';

const EmbedsPageQuery = graphql(`
  query EmbedsPage {
    embeds {
      id
      updatedAt
      municipality {
        id
        name
      }
      fields {
        name
        allowedOrigins
      }
    }
  }
`);

/**
 * The embeds of the municipalities the viewer edits: the finders their sites show, each with the
 * sites allowed to show it. Municipality editors' start page.
 */
export function EmbedsPage() {
  const { t } = useLocale();
  const { viewer } = useViewer();
  const mayEdit = !!viewer && editsEmbeds(viewer.memberships);
  // An embed added, changed or deleted on another page shows when coming back.
  const query = useQuery(EmbedsPageQuery, { skip: !mayEdit, fetchPolicy: 'cache-and-network' });

  return (
    <SignedInPage title={t('dashboard.embeds.title')} busy={query.loading} next={{ page: 'embeds' }}>
      {() =>
        mayEdit ? (
          <>
            <p className="form__intro">{t('dashboard.embeds.intro')}</p>
            <p>
              <a className="button" href={routeHref({ page: 'newEmbed' })}>
                {t('dashboard.embed.new')}
              </a>
            </p>
            <QueryState query={query} errorMessage={t('dashboard.embeds.error')}>
              {({ embeds }) => (
                <div className="card section">
                  {embeds.length === 0 ? (
                    <EmptyState message={t('dashboard.embeds.none')} />
                  ) : (
                    <DataTable
                      caption={t('dashboard.embeds.title')}
                      columns={[t('dashboard.embed.field.name'), t('dashboard.embed.municipality'), t('dashboard.embed.field.allowedOrigins'), t('dashboard.embeds.updated')]}
                    >
                      {embeds.map((embed) => (
                        <tr key={embed.id}>
                          <th scope="row">
                            <a href={routeHref({ page: 'embed', id: embed.id })}>{embed.fields.name}</a>
                          </th>
                          <td>{embed.municipality.name}</td>
                          <td>
                            <ul className="plain-list">
                              {embed.fields.allowedOrigins.map((origin) => (
                                <li key={origin}>{origin}</li>
                              ))}
                            </ul>
                          </td>
                          <td>
                            <DateTime value={embed.updatedAt} />
                          </td>
                        </tr>
                      ))}
                    </DataTable>
                  )}
                </div>
              )}
            </QueryState>
          </>
        ) : (
          <p className="note">{t('dashboard.embeds.editorsOnly')}</p>
        )
      }
    </SignedInPage>
  );
}
