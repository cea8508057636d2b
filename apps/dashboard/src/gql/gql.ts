/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  fragment GroupRow_group on Group {\n    name\n    isDemo\n    format\n    venue {\n      name\n      town\n    }\n    municipality {\n      name\n    }\n    schedule {\n      summary\n    }\n    enrolment\n    enrolmentLabel\n  }\n": typeof types.GroupRow_GroupFragmentDoc,
    "\n  fragment GroupsTable_groups on GroupConnection {\n    totalCount\n    edges {\n      node {\n        id\n        ...GroupRow_group\n      }\n    }\n  }\n": typeof types.GroupsTable_GroupsFragmentDoc,
    "\n  fragment OrganisationCard_organisation on Organisation {\n    name\n    isDemo\n    ...OrganisationContact_organisation\n    groups(first: $groupsPerOrganisation) {\n      ...GroupsTable_groups\n    }\n  }\n": typeof types.OrganisationCard_OrganisationFragmentDoc,
    "\n  fragment OrganisationContact_organisation on Organisation {\n    country\n    phone\n    email\n    website\n  }\n": typeof types.OrganisationContact_OrganisationFragmentDoc,
    "\n  query OrganisationsPage($locale: Language, $groupsPerOrganisation: Int!) {\n    organisations(locale: $locale) {\n      id\n      ...OrganisationCard_organisation\n    }\n  }\n": typeof types.OrganisationsPageDocument,
};
const documents: Documents = {
    "\n  fragment GroupRow_group on Group {\n    name\n    isDemo\n    format\n    venue {\n      name\n      town\n    }\n    municipality {\n      name\n    }\n    schedule {\n      summary\n    }\n    enrolment\n    enrolmentLabel\n  }\n": types.GroupRow_GroupFragmentDoc,
    "\n  fragment GroupsTable_groups on GroupConnection {\n    totalCount\n    edges {\n      node {\n        id\n        ...GroupRow_group\n      }\n    }\n  }\n": types.GroupsTable_GroupsFragmentDoc,
    "\n  fragment OrganisationCard_organisation on Organisation {\n    name\n    isDemo\n    ...OrganisationContact_organisation\n    groups(first: $groupsPerOrganisation) {\n      ...GroupsTable_groups\n    }\n  }\n": types.OrganisationCard_OrganisationFragmentDoc,
    "\n  fragment OrganisationContact_organisation on Organisation {\n    country\n    phone\n    email\n    website\n  }\n": types.OrganisationContact_OrganisationFragmentDoc,
    "\n  query OrganisationsPage($locale: Language, $groupsPerOrganisation: Int!) {\n    organisations(locale: $locale) {\n      id\n      ...OrganisationCard_organisation\n    }\n  }\n": types.OrganisationsPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupRow_group on Group {\n    name\n    isDemo\n    format\n    venue {\n      name\n      town\n    }\n    municipality {\n      name\n    }\n    schedule {\n      summary\n    }\n    enrolment\n    enrolmentLabel\n  }\n"): (typeof documents)["\n  fragment GroupRow_group on Group {\n    name\n    isDemo\n    format\n    venue {\n      name\n      town\n    }\n    municipality {\n      name\n    }\n    schedule {\n      summary\n    }\n    enrolment\n    enrolmentLabel\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupsTable_groups on GroupConnection {\n    totalCount\n    edges {\n      node {\n        id\n        ...GroupRow_group\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GroupsTable_groups on GroupConnection {\n    totalCount\n    edges {\n      node {\n        id\n        ...GroupRow_group\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationCard_organisation on Organisation {\n    name\n    isDemo\n    ...OrganisationContact_organisation\n    groups(first: $groupsPerOrganisation) {\n      ...GroupsTable_groups\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationCard_organisation on Organisation {\n    name\n    isDemo\n    ...OrganisationContact_organisation\n    groups(first: $groupsPerOrganisation) {\n      ...GroupsTable_groups\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationContact_organisation on Organisation {\n    country\n    phone\n    email\n    website\n  }\n"): (typeof documents)["\n  fragment OrganisationContact_organisation on Organisation {\n    country\n    phone\n    email\n    website\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsPage($locale: Language, $groupsPerOrganisation: Int!) {\n    organisations(locale: $locale) {\n      id\n      ...OrganisationCard_organisation\n    }\n  }\n"): (typeof documents)["\n  query OrganisationsPage($locale: Language, $groupsPerOrganisation: Int!) {\n    organisations(locale: $locale) {\n      id\n      ...OrganisationCard_organisation\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;