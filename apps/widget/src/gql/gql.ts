/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment GroupCard_Group on Group {\n    id\n    name\n    contentLanguage\n    isDemo\n    format\n    formatLabel\n    enrolment\n    enrolmentLabel\n    schedule {\n      summary\n    }\n    municipality {\n      name\n    }\n    venue {\n      name\n      street\n      postalCode\n      town\n    }\n    topics {\n      code\n      label\n    }\n    organisation {\n      country\n    }\n    contact {\n      name\n      phone\n      email\n      url\n    }\n  }\n": typeof types.GroupCard_GroupFragmentDoc,
    "\n  query WidgetGroups($filter: GroupFilter, $first: Int!, $after: String, $locale: Language) {\n    groups(filter: $filter, first: $first, after: $after, locale: $locale) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...GroupCard_Group\n        }\n      }\n    }\n  }\n": typeof types.WidgetGroupsDocument,
    "\n  query WidgetTopics($locale: Language) {\n    topics(locale: $locale) {\n      code\n      label\n      parent\n    }\n  }\n": typeof types.WidgetTopicsDocument,
};
const documents: Documents = {
    "\n  fragment GroupCard_Group on Group {\n    id\n    name\n    contentLanguage\n    isDemo\n    format\n    formatLabel\n    enrolment\n    enrolmentLabel\n    schedule {\n      summary\n    }\n    municipality {\n      name\n    }\n    venue {\n      name\n      street\n      postalCode\n      town\n    }\n    topics {\n      code\n      label\n    }\n    organisation {\n      country\n    }\n    contact {\n      name\n      phone\n      email\n      url\n    }\n  }\n": types.GroupCard_GroupFragmentDoc,
    "\n  query WidgetGroups($filter: GroupFilter, $first: Int!, $after: String, $locale: Language) {\n    groups(filter: $filter, first: $first, after: $after, locale: $locale) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...GroupCard_Group\n        }\n      }\n    }\n  }\n": types.WidgetGroupsDocument,
    "\n  query WidgetTopics($locale: Language) {\n    topics(locale: $locale) {\n      code\n      label\n      parent\n    }\n  }\n": types.WidgetTopicsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupCard_Group on Group {\n    id\n    name\n    contentLanguage\n    isDemo\n    format\n    formatLabel\n    enrolment\n    enrolmentLabel\n    schedule {\n      summary\n    }\n    municipality {\n      name\n    }\n    venue {\n      name\n      street\n      postalCode\n      town\n    }\n    topics {\n      code\n      label\n    }\n    organisation {\n      country\n    }\n    contact {\n      name\n      phone\n      email\n      url\n    }\n  }\n"): typeof import('./graphql').GroupCard_GroupFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetGroups($filter: GroupFilter, $first: Int!, $after: String, $locale: Language) {\n    groups(filter: $filter, first: $first, after: $after, locale: $locale) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...GroupCard_Group\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WidgetGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetTopics($locale: Language) {\n    topics(locale: $locale) {\n      code\n      label\n      parent\n    }\n  }\n"): typeof import('./graphql').WidgetTopicsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
