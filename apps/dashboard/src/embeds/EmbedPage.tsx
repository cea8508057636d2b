import { useQuery } from '@apollo/client/react';
import { EDITED_RECORD_FETCH_POLICY } from '../editing/useEditedRecord';
import { editsEmbeds } from '../auth/access';
import { SignedInPage } from '../auth/SignedInPage';
import { useViewer } from '../auth/useViewer';
import { graphql } from '../gql';
import { HistoryList } from '../history/HistoryList';
import { useLocale } from '../i18n/useLocale';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';
import { EmbedContext } from './EmbedContext';
import { EmbedEditor } from './EmbedEditor';

const EmbedPageQuery = graphql(`
  query EmbedPage($id: ID!) {
    embed(id: $id) {
      id
      ...EmbedEditor_embed
      municipality {
        id
        name
      }
      fields {
        name
      }
      history {
        id
        ...HistoryList_change
      }
    }
    organisations {
      id
      name
      country
    }
  }
`);

export const EMBED_PAGE_QUERIES = ['EmbedPage'];

/** One embed, for its municipality's editors: its fields beside its snippet and preview, its history, and deleting it. */
export function EmbedPage({ id }: { readonly id: string }) {
  const { t } = useLocale();
  const { viewer } = useViewer();
  const mayEdit = !!viewer && editsEmbeds(viewer.memberships);
  const query = useQuery(EmbedPageQuery, { variables: { id }, skip: !mayEdit, fetchPolicy: EDITED_RECORD_FETCH_POLICY });

  return (
    <SignedInPage title={query.data?.embed.fields.name ?? t('dashboard.embed.title')} busy={query.loading} next={{ page: 'embed', id }}>
      {() =>
        mayEdit ? (
          <QueryState query={query} errorMessage={t('dashboard.embed.error')}>
            {({ embed, organisations }) => (
              <>
                <EmbedContext municipality={embed.municipality.name} />
                <EmbedEditor
                  embed={embed}
                  organisations={organisations}
                  refetchQueries={EMBED_PAGE_QUERIES}
                  fetchTheirs={async () => {
                    const { data } = await query.refetch();
                    return data?.embed ?? null;
                  }}
                />
                <Section title={t('dashboard.history.title')}>
                  <HistoryList changes={embed.history ?? []} canRevert refetchQueries={EMBED_PAGE_QUERIES} />
                </Section>
              </>
            )}
          </QueryState>
        ) : (
          <p className="note">{t('dashboard.embeds.editorsOnly')}</p>
        )
      }
    </SignedInPage>
  );
}
