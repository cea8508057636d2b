/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whom a group is for. */
export type Audience =
  | 'AFFECTED'
  | 'BOTH'
  | 'RELATIVES';

/** Countries the platform serves (ISO 3166-1 alpha-2). */
export type Country =
  | 'DK'
  | 'NO'
  | 'PL'
  | 'SE';

/** How a newcomer can join. */
export type EnrolmentState =
  | 'CLOSED'
  | 'ENDED'
  | 'FORMING'
  | 'FULL'
  | 'OPEN'
  | 'OPEN_AFTER_INTAKE'
  | 'PAUSED';

/** Where a group meets. */
export type Format =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'ONLINE';

/** AND across fields, OR within a list. */
export type GroupFilter = {
  /** RELATIVES also finds groups for BOTH. */
  audience?: Audience | null | undefined;
  country?: Country | null | undefined;
  /** Any of these spoken languages. */
  languages?: Array<Language> | null | undefined;
  /** Official municipality code, e.g. "159" for Gladsaxe. */
  municipalityCode?: string | null | undefined;
  /** Words in the name, description, venue, street, postal code, town or municipality; at most 100 characters. */
  text?: string | null | undefined;
  /** Any of these topics; a parent topic includes its sub-topics. */
  topics?: Array<TopicCode> | null | undefined;
};

/** Languages of content, of the interface and spoken in groups. */
export type Language =
  | 'DA'
  | 'EN'
  | 'NB'
  | 'PL'
  | 'SV';

/** What a group is about; ADDICTION has sub-topics. */
export type TopicCode =
  | 'ADDICTION'
  | 'ALCOHOL'
  | 'CANNABIS'
  | 'CRISIS'
  | 'DIVORCE'
  | 'DRUGS'
  | 'GAMBLING'
  | 'GRIEF'
  | 'ILLNESS'
  | 'LONELINESS'
  | 'MEDICATION'
  | 'MENTAL_HEALTH'
  | 'SHARED_ACTIVITY';

export type GroupCard_GroupFragment = { id: string, name: string, contentLanguage: Language, isDemo: boolean, format: Format, formatLabel: string, enrolment: EnrolmentState, enrolmentLabel: string, schedule: { summary: string } | null, municipality: { name: string } | null, venue: { name: string, street: string, postalCode: string, town: string } | null, topics: Array<{ code: TopicCode, label: string }>, organisation: { country: Country }, contact: { name: string | null, phone: string | null, email: string | null, url: string | null } } & { ' $fragmentName'?: 'GroupCard_GroupFragment' };

export type WidgetGroupsQueryVariables = Exact<{
  filter?: GroupFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  locale?: Language | null | undefined;
}>;


export type WidgetGroupsQuery = { groups: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'GroupCard_GroupFragment': GroupCard_GroupFragment } }
      ) }> } };

export type WidgetTopicsQueryVariables = Exact<{
  locale?: Language | null | undefined;
}>;


export type WidgetTopicsQuery = { topics: Array<{ code: TopicCode, label: string, parent: TopicCode | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const GroupCard_GroupFragmentDoc = new TypedDocumentString(`
    fragment GroupCard_Group on Group {
  id
  name
  contentLanguage
  isDemo
  format
  formatLabel
  enrolment
  enrolmentLabel
  schedule {
    summary
  }
  municipality {
    name
  }
  venue {
    name
    street
    postalCode
    town
  }
  topics {
    code
    label
  }
  organisation {
    country
  }
  contact {
    name
    phone
    email
    url
  }
}
    `, {"fragmentName":"GroupCard_Group"}) as unknown as TypedDocumentString<GroupCard_GroupFragment, unknown>;
export const WidgetGroupsDocument = new TypedDocumentString(`
    query WidgetGroups($filter: GroupFilter, $first: Int!, $after: String, $locale: Language) {
  groups(filter: $filter, first: $first, after: $after, locale: $locale) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        ...GroupCard_Group
      }
    }
  }
}
    fragment GroupCard_Group on Group {
  id
  name
  contentLanguage
  isDemo
  format
  formatLabel
  enrolment
  enrolmentLabel
  schedule {
    summary
  }
  municipality {
    name
  }
  venue {
    name
    street
    postalCode
    town
  }
  topics {
    code
    label
  }
  organisation {
    country
  }
  contact {
    name
    phone
    email
    url
  }
}`) as unknown as TypedDocumentString<WidgetGroupsQuery, WidgetGroupsQueryVariables>;
export const WidgetTopicsDocument = new TypedDocumentString(`
    query WidgetTopics($locale: Language) {
  topics(locale: $locale) {
    code
    label
    parent
  }
}
    `) as unknown as TypedDocumentString<WidgetTopicsQuery, WidgetTopicsQueryVariables>;