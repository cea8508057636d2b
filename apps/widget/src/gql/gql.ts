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
    "\n  query WidgetEmbedSettings {\n    embedSettings {\n      defaultLanguage\n      country\n      municipalityCode\n      municipalityName\n      accentColour\n      font\n      contactText {\n        text\n        language\n      }\n      crisisText {\n        text\n        language\n      }\n    }\n  }\n": typeof types.WidgetEmbedSettingsDocument,
    "\n  fragment GroupCard_Group on Group {\n    id\n    slug\n    name {\n      text\n      language\n    }\n    isDemo\n    format\n    ageLabel\n    languages\n    enrolment {\n      state\n      callToAction\n    }\n    schedule {\n      summary\n      timeZone\n    }\n    # The next meeting; the one after it too, for when the next is cancelled.\n    nextMeetings(first: 2) {\n      start\n      status\n      statusLabel\n    }\n    municipality {\n      name\n    }\n    venue {\n      name\n      town\n    }\n  }\n": typeof types.GroupCard_GroupFragmentDoc,
    "\n  fragment GroupContact_Group on Group {\n    organisation {\n      country\n    }\n    contact {\n      name\n      phone\n      email\n      url\n    }\n  }\n": typeof types.GroupContact_GroupFragmentDoc,
    "\n  fragment GroupDetails_Group on Group {\n    description {\n      text\n      language\n    }\n    practicalNotes {\n      text\n      language\n    }\n    topics {\n      code\n      label\n    }\n    audienceLabel\n    methodLabel\n    promiseLabels\n    facilitation {\n      details\n    }\n    format\n    onlineJoin {\n      url\n      onRequest\n      label\n    }\n    schedule {\n      timeZone\n      pauses {\n        summary\n        reason {\n          text\n          language\n        }\n      }\n    }\n    meetings: nextMeetings(first: $meetings) {\n      start\n      end\n      status\n      statusLabel\n      originalStart\n    }\n    joinWay\n    canBeWritten\n    enrolment {\n      callToAction\n      details\n      intake {\n        text\n        language\n      }\n    }\n    venue {\n      name\n      street\n      postalCode\n      town\n      accessibilityLabels\n      transportNotes {\n        text\n        language\n      }\n    }\n    municipality {\n      name\n    }\n    ...GroupContact_Group\n  }\n": typeof types.GroupDetails_GroupFragmentDoc,
    "\n  fragment PrintGroup_Group on Group {\n    name {\n      text\n      language\n    }\n    format\n    schedule {\n      summary\n      timeZone\n    }\n    nextMeetings(first: 3) {\n      start\n      end\n      status\n      statusLabel\n    }\n    venue {\n      name\n      street\n      postalCode\n      town\n    }\n    municipality {\n      name\n    }\n    enrolment {\n      callToAction\n    }\n    ...GroupContact_Group\n  }\n": typeof types.PrintGroup_GroupFragmentDoc,
    "\n  query WidgetWidenings($filter: GroupFilter) {\n    groups(filter: $filter, first: 1) {\n      widenings {\n        kind\n        count\n      }\n    }\n  }\n": typeof types.WidgetWideningsDocument,
    "\n  query WidgetGroupDetails($slug: String!, $locale: Language, $meetings: Int!) {\n    group(slug: $slug, locale: $locale) {\n      id\n      ...GroupCard_Group\n      ...GroupDetails_Group\n    }\n  }\n": typeof types.WidgetGroupDetailsDocument,
    "\n  query WidgetGroups($filter: GroupFilter, $first: Int!, $after: String, $locale: Language, $withFacets: Boolean!) {\n    groups(filter: $filter, first: $first, after: $after, locale: $locale) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      # Counts for the filters' options: with the first page only; more pages do not change them.\n      facets @include(if: $withFacets) {\n        topics {\n          value\n          count\n        }\n        languages {\n          value\n          count\n        }\n      }\n      edges {\n        distanceKm\n        node {\n          id\n          ...GroupCard_Group\n        }\n      }\n    }\n  }\n": typeof types.WidgetGroupsDocument,
    "\n  query WidgetJoinForm($groupSlug: String!) {\n    joinForm(groupSlug: $groupSlug) {\n      joinWay\n      formToken\n      consentVersion\n      retentionDays\n      controller\n      confirmsByText\n    }\n  }\n": typeof types.WidgetJoinFormDocument,
    "\n  mutation WidgetAskToJoin($input: AskToJoinInput!) {\n    askToJoin(input: $input) {\n      received\n    }\n  }\n": typeof types.WidgetAskToJoinDocument,
    "\n  mutation WidgetWriteToGroup($input: WriteToGroupInput!) {\n    writeToGroup(input: $input) {\n      received\n    }\n  }\n": typeof types.WidgetWriteToGroupDocument,
    "\n  query WidgetPrintGroups($filter: GroupFilter, $first: Int!, $after: String, $locale: Language) {\n    groups(filter: $filter, first: $first, after: $after, locale: $locale) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...PrintGroup_Group\n        }\n      }\n    }\n  }\n": typeof types.WidgetPrintGroupsDocument,
    "\n  query WidgetTopics($locale: Language) {\n    topics(locale: $locale) {\n      code\n      label\n      parent\n    }\n  }\n": typeof types.WidgetTopicsDocument,
};
const documents: Documents = {
    "\n  query WidgetEmbedSettings {\n    embedSettings {\n      defaultLanguage\n      country\n      municipalityCode\n      municipalityName\n      accentColour\n      font\n      contactText {\n        text\n        language\n      }\n      crisisText {\n        text\n        language\n      }\n    }\n  }\n": types.WidgetEmbedSettingsDocument,
    "\n  fragment GroupCard_Group on Group {\n    id\n    slug\n    name {\n      text\n      language\n    }\n    isDemo\n    format\n    ageLabel\n    languages\n    enrolment {\n      state\n      callToAction\n    }\n    schedule {\n      summary\n      timeZone\n    }\n    # The next meeting; the one after it too, for when the next is cancelled.\n    nextMeetings(first: 2) {\n      start\n      status\n      statusLabel\n    }\n    municipality {\n      name\n    }\n    venue {\n      name\n      town\n    }\n  }\n": types.GroupCard_GroupFragmentDoc,
    "\n  fragment GroupContact_Group on Group {\n    organisation {\n      country\n    }\n    contact {\n      name\n      phone\n      email\n      url\n    }\n  }\n": types.GroupContact_GroupFragmentDoc,
    "\n  fragment GroupDetails_Group on Group {\n    description {\n      text\n      language\n    }\n    practicalNotes {\n      text\n      language\n    }\n    topics {\n      code\n      label\n    }\n    audienceLabel\n    methodLabel\n    promiseLabels\n    facilitation {\n      details\n    }\n    format\n    onlineJoin {\n      url\n      onRequest\n      label\n    }\n    schedule {\n      timeZone\n      pauses {\n        summary\n        reason {\n          text\n          language\n        }\n      }\n    }\n    meetings: nextMeetings(first: $meetings) {\n      start\n      end\n      status\n      statusLabel\n      originalStart\n    }\n    joinWay\n    canBeWritten\n    enrolment {\n      callToAction\n      details\n      intake {\n        text\n        language\n      }\n    }\n    venue {\n      name\n      street\n      postalCode\n      town\n      accessibilityLabels\n      transportNotes {\n        text\n        language\n      }\n    }\n    municipality {\n      name\n    }\n    ...GroupContact_Group\n  }\n": types.GroupDetails_GroupFragmentDoc,
    "\n  fragment PrintGroup_Group on Group {\n    name {\n      text\n      language\n    }\n    format\n    schedule {\n      summary\n      timeZone\n    }\n    nextMeetings(first: 3) {\n      start\n      end\n      status\n      statusLabel\n    }\n    venue {\n      name\n      street\n      postalCode\n      town\n    }\n    municipality {\n      name\n    }\n    enrolment {\n      callToAction\n    }\n    ...GroupContact_Group\n  }\n": types.PrintGroup_GroupFragmentDoc,
    "\n  query WidgetWidenings($filter: GroupFilter) {\n    groups(filter: $filter, first: 1) {\n      widenings {\n        kind\n        count\n      }\n    }\n  }\n": types.WidgetWideningsDocument,
    "\n  query WidgetGroupDetails($slug: String!, $locale: Language, $meetings: Int!) {\n    group(slug: $slug, locale: $locale) {\n      id\n      ...GroupCard_Group\n      ...GroupDetails_Group\n    }\n  }\n": types.WidgetGroupDetailsDocument,
    "\n  query WidgetGroups($filter: GroupFilter, $first: Int!, $after: String, $locale: Language, $withFacets: Boolean!) {\n    groups(filter: $filter, first: $first, after: $after, locale: $locale) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      # Counts for the filters' options: with the first page only; more pages do not change them.\n      facets @include(if: $withFacets) {\n        topics {\n          value\n          count\n        }\n        languages {\n          value\n          count\n        }\n      }\n      edges {\n        distanceKm\n        node {\n          id\n          ...GroupCard_Group\n        }\n      }\n    }\n  }\n": types.WidgetGroupsDocument,
    "\n  query WidgetJoinForm($groupSlug: String!) {\n    joinForm(groupSlug: $groupSlug) {\n      joinWay\n      formToken\n      consentVersion\n      retentionDays\n      controller\n      confirmsByText\n    }\n  }\n": types.WidgetJoinFormDocument,
    "\n  mutation WidgetAskToJoin($input: AskToJoinInput!) {\n    askToJoin(input: $input) {\n      received\n    }\n  }\n": types.WidgetAskToJoinDocument,
    "\n  mutation WidgetWriteToGroup($input: WriteToGroupInput!) {\n    writeToGroup(input: $input) {\n      received\n    }\n  }\n": types.WidgetWriteToGroupDocument,
    "\n  query WidgetPrintGroups($filter: GroupFilter, $first: Int!, $after: String, $locale: Language) {\n    groups(filter: $filter, first: $first, after: $after, locale: $locale) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...PrintGroup_Group\n        }\n      }\n    }\n  }\n": types.WidgetPrintGroupsDocument,
    "\n  query WidgetTopics($locale: Language) {\n    topics(locale: $locale) {\n      code\n      label\n      parent\n    }\n  }\n": types.WidgetTopicsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetEmbedSettings {\n    embedSettings {\n      defaultLanguage\n      country\n      municipalityCode\n      municipalityName\n      accentColour\n      font\n      contactText {\n        text\n        language\n      }\n      crisisText {\n        text\n        language\n      }\n    }\n  }\n"): typeof import('./graphql').WidgetEmbedSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupCard_Group on Group {\n    id\n    slug\n    name {\n      text\n      language\n    }\n    isDemo\n    format\n    ageLabel\n    languages\n    enrolment {\n      state\n      callToAction\n    }\n    schedule {\n      summary\n      timeZone\n    }\n    # The next meeting; the one after it too, for when the next is cancelled.\n    nextMeetings(first: 2) {\n      start\n      status\n      statusLabel\n    }\n    municipality {\n      name\n    }\n    venue {\n      name\n      town\n    }\n  }\n"): typeof import('./graphql').GroupCard_GroupFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupContact_Group on Group {\n    organisation {\n      country\n    }\n    contact {\n      name\n      phone\n      email\n      url\n    }\n  }\n"): typeof import('./graphql').GroupContact_GroupFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupDetails_Group on Group {\n    description {\n      text\n      language\n    }\n    practicalNotes {\n      text\n      language\n    }\n    topics {\n      code\n      label\n    }\n    audienceLabel\n    methodLabel\n    promiseLabels\n    facilitation {\n      details\n    }\n    format\n    onlineJoin {\n      url\n      onRequest\n      label\n    }\n    schedule {\n      timeZone\n      pauses {\n        summary\n        reason {\n          text\n          language\n        }\n      }\n    }\n    meetings: nextMeetings(first: $meetings) {\n      start\n      end\n      status\n      statusLabel\n      originalStart\n    }\n    joinWay\n    canBeWritten\n    enrolment {\n      callToAction\n      details\n      intake {\n        text\n        language\n      }\n    }\n    venue {\n      name\n      street\n      postalCode\n      town\n      accessibilityLabels\n      transportNotes {\n        text\n        language\n      }\n    }\n    municipality {\n      name\n    }\n    ...GroupContact_Group\n  }\n"): typeof import('./graphql').GroupDetails_GroupFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrintGroup_Group on Group {\n    name {\n      text\n      language\n    }\n    format\n    schedule {\n      summary\n      timeZone\n    }\n    nextMeetings(first: 3) {\n      start\n      end\n      status\n      statusLabel\n    }\n    venue {\n      name\n      street\n      postalCode\n      town\n    }\n    municipality {\n      name\n    }\n    enrolment {\n      callToAction\n    }\n    ...GroupContact_Group\n  }\n"): typeof import('./graphql').PrintGroup_GroupFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetWidenings($filter: GroupFilter) {\n    groups(filter: $filter, first: 1) {\n      widenings {\n        kind\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').WidgetWideningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetGroupDetails($slug: String!, $locale: Language, $meetings: Int!) {\n    group(slug: $slug, locale: $locale) {\n      id\n      ...GroupCard_Group\n      ...GroupDetails_Group\n    }\n  }\n"): typeof import('./graphql').WidgetGroupDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetGroups($filter: GroupFilter, $first: Int!, $after: String, $locale: Language, $withFacets: Boolean!) {\n    groups(filter: $filter, first: $first, after: $after, locale: $locale) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      # Counts for the filters' options: with the first page only; more pages do not change them.\n      facets @include(if: $withFacets) {\n        topics {\n          value\n          count\n        }\n        languages {\n          value\n          count\n        }\n      }\n      edges {\n        distanceKm\n        node {\n          id\n          ...GroupCard_Group\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WidgetGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetJoinForm($groupSlug: String!) {\n    joinForm(groupSlug: $groupSlug) {\n      joinWay\n      formToken\n      consentVersion\n      retentionDays\n      controller\n      confirmsByText\n    }\n  }\n"): typeof import('./graphql').WidgetJoinFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetAskToJoin($input: AskToJoinInput!) {\n    askToJoin(input: $input) {\n      received\n    }\n  }\n"): typeof import('./graphql').WidgetAskToJoinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetWriteToGroup($input: WriteToGroupInput!) {\n    writeToGroup(input: $input) {\n      received\n    }\n  }\n"): typeof import('./graphql').WidgetWriteToGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetPrintGroups($filter: GroupFilter, $first: Int!, $after: String, $locale: Language) {\n    groups(filter: $filter, first: $first, after: $after, locale: $locale) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...PrintGroup_Group\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WidgetPrintGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetTopics($locale: Language) {\n    topics(locale: $locale) {\n      code\n      label\n      parent\n    }\n  }\n"): typeof import('./graphql').WidgetTopicsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
