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
    "\n  fragment GroupContact_group on Group {\n    contact {\n      name\n      phone\n      email\n      url\n    }\n  }\n": typeof types.GroupContact_GroupFragmentDoc,
    "\n  query GroupDetails($slug: String!, $locale: Language) {\n    group(slug: $slug, locale: $locale) {\n      id\n      name {\n        ...TranslatedText_text\n      }\n      description {\n        ...TranslatedText_text\n      }\n      ...GroupSchedule_group\n      ...GroupMeetings_group\n      ...GroupEnrolment_group\n      ...GroupProfile_group\n      ...GroupVenue_group\n      ...GroupContact_group\n    }\n  }\n": typeof types.GroupDetailsDocument,
    "\n  fragment GroupEnrolment_group on Group {\n    enrolment {\n      state\n      label\n      callToAction\n      details\n      intake {\n        ...TranslatedText_text\n      }\n    }\n  }\n": typeof types.GroupEnrolment_GroupFragmentDoc,
    "\n  fragment GroupMeetings_group on Group {\n    nextMeetings(first: 6) {\n      start\n      ...MeetingTime_meeting\n    }\n  }\n": typeof types.GroupMeetings_GroupFragmentDoc,
    "\n  fragment GroupProfile_group on Group {\n    topics {\n      code\n      label\n    }\n    audienceLabel\n    ageLabel\n    methodLabel\n    promiseLabels\n    facilitation {\n      details\n    }\n    languages\n    formatLabel\n    onlineJoin {\n      url\n      onRequest\n      label\n    }\n  }\n": typeof types.GroupProfile_GroupFragmentDoc,
    "\n  fragment GroupRow_group on Group {\n    slug\n    name {\n      ...TranslatedText_text\n    }\n    isDemo\n    format\n    venue {\n      name\n      town\n    }\n    municipality {\n      name\n    }\n    schedule {\n      summary\n    }\n    enrolment {\n      state\n      label\n    }\n    nextMeetings(first: 1) {\n      ...MeetingTime_meeting\n    }\n  }\n": typeof types.GroupRow_GroupFragmentDoc,
    "\n  fragment GroupSchedule_group on Group {\n    schedule {\n      summary\n      timeZone\n      start\n      durationMinutes\n      rrule\n      exdates\n      rdates\n      pauses {\n        from\n        until\n        ...PauseSummary_pause\n      }\n    }\n  }\n": typeof types.GroupSchedule_GroupFragmentDoc,
    "\n  fragment GroupVenue_group on Group {\n    venue {\n      name\n      street\n      postalCode\n      town\n      latitude\n      longitude\n      accessibilityLabels\n      transportNotes {\n        ...TranslatedText_text\n      }\n    }\n    municipality {\n      name\n    }\n    practicalNotes {\n      ...TranslatedText_text\n    }\n  }\n": typeof types.GroupVenue_GroupFragmentDoc,
    "\n  fragment GroupsTable_groups on GroupConnection {\n    totalCount\n    totalCountCapped\n    edges {\n      node {\n        id\n        ...GroupRow_group\n      }\n    }\n  }\n": typeof types.GroupsTable_GroupsFragmentDoc,
    "\n  fragment MeetingTime_meeting on Meeting {\n    start\n    end\n    status\n    statusLabel\n    originalStart\n  }\n": typeof types.MeetingTime_MeetingFragmentDoc,
    "\n  fragment PauseSummary_pause on Pause {\n    summary\n    reason {\n      text\n      language\n    }\n  }\n": typeof types.PauseSummary_PauseFragmentDoc,
    "\n  fragment TranslatedText_text on LocalizedText {\n    text\n    language\n  }\n": typeof types.TranslatedText_TextFragmentDoc,
    "\n  fragment OrganisationCard_organisation on Organisation {\n    name\n    isDemo\n    ...OrganisationContact_organisation\n    groups(first: $groupsPerOrganisation) {\n      ...GroupsTable_groups\n    }\n  }\n": typeof types.OrganisationCard_OrganisationFragmentDoc,
    "\n  fragment OrganisationContact_organisation on Organisation {\n    country\n    phone\n    email\n    website\n  }\n": typeof types.OrganisationContact_OrganisationFragmentDoc,
    "\n  query OrganisationsPage($locale: Language, $groupsPerOrganisation: Int!) {\n    organisations(locale: $locale) {\n      id\n      ...OrganisationCard_organisation\n    }\n  }\n": typeof types.OrganisationsPageDocument,
};
const documents: Documents = {
    "\n  fragment GroupContact_group on Group {\n    contact {\n      name\n      phone\n      email\n      url\n    }\n  }\n": types.GroupContact_GroupFragmentDoc,
    "\n  query GroupDetails($slug: String!, $locale: Language) {\n    group(slug: $slug, locale: $locale) {\n      id\n      name {\n        ...TranslatedText_text\n      }\n      description {\n        ...TranslatedText_text\n      }\n      ...GroupSchedule_group\n      ...GroupMeetings_group\n      ...GroupEnrolment_group\n      ...GroupProfile_group\n      ...GroupVenue_group\n      ...GroupContact_group\n    }\n  }\n": types.GroupDetailsDocument,
    "\n  fragment GroupEnrolment_group on Group {\n    enrolment {\n      state\n      label\n      callToAction\n      details\n      intake {\n        ...TranslatedText_text\n      }\n    }\n  }\n": types.GroupEnrolment_GroupFragmentDoc,
    "\n  fragment GroupMeetings_group on Group {\n    nextMeetings(first: 6) {\n      start\n      ...MeetingTime_meeting\n    }\n  }\n": types.GroupMeetings_GroupFragmentDoc,
    "\n  fragment GroupProfile_group on Group {\n    topics {\n      code\n      label\n    }\n    audienceLabel\n    ageLabel\n    methodLabel\n    promiseLabels\n    facilitation {\n      details\n    }\n    languages\n    formatLabel\n    onlineJoin {\n      url\n      onRequest\n      label\n    }\n  }\n": types.GroupProfile_GroupFragmentDoc,
    "\n  fragment GroupRow_group on Group {\n    slug\n    name {\n      ...TranslatedText_text\n    }\n    isDemo\n    format\n    venue {\n      name\n      town\n    }\n    municipality {\n      name\n    }\n    schedule {\n      summary\n    }\n    enrolment {\n      state\n      label\n    }\n    nextMeetings(first: 1) {\n      ...MeetingTime_meeting\n    }\n  }\n": types.GroupRow_GroupFragmentDoc,
    "\n  fragment GroupSchedule_group on Group {\n    schedule {\n      summary\n      timeZone\n      start\n      durationMinutes\n      rrule\n      exdates\n      rdates\n      pauses {\n        from\n        until\n        ...PauseSummary_pause\n      }\n    }\n  }\n": types.GroupSchedule_GroupFragmentDoc,
    "\n  fragment GroupVenue_group on Group {\n    venue {\n      name\n      street\n      postalCode\n      town\n      latitude\n      longitude\n      accessibilityLabels\n      transportNotes {\n        ...TranslatedText_text\n      }\n    }\n    municipality {\n      name\n    }\n    practicalNotes {\n      ...TranslatedText_text\n    }\n  }\n": types.GroupVenue_GroupFragmentDoc,
    "\n  fragment GroupsTable_groups on GroupConnection {\n    totalCount\n    totalCountCapped\n    edges {\n      node {\n        id\n        ...GroupRow_group\n      }\n    }\n  }\n": types.GroupsTable_GroupsFragmentDoc,
    "\n  fragment MeetingTime_meeting on Meeting {\n    start\n    end\n    status\n    statusLabel\n    originalStart\n  }\n": types.MeetingTime_MeetingFragmentDoc,
    "\n  fragment PauseSummary_pause on Pause {\n    summary\n    reason {\n      text\n      language\n    }\n  }\n": types.PauseSummary_PauseFragmentDoc,
    "\n  fragment TranslatedText_text on LocalizedText {\n    text\n    language\n  }\n": types.TranslatedText_TextFragmentDoc,
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
export function graphql(source: "\n  fragment GroupContact_group on Group {\n    contact {\n      name\n      phone\n      email\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment GroupContact_group on Group {\n    contact {\n      name\n      phone\n      email\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupDetails($slug: String!, $locale: Language) {\n    group(slug: $slug, locale: $locale) {\n      id\n      name {\n        ...TranslatedText_text\n      }\n      description {\n        ...TranslatedText_text\n      }\n      ...GroupSchedule_group\n      ...GroupMeetings_group\n      ...GroupEnrolment_group\n      ...GroupProfile_group\n      ...GroupVenue_group\n      ...GroupContact_group\n    }\n  }\n"): (typeof documents)["\n  query GroupDetails($slug: String!, $locale: Language) {\n    group(slug: $slug, locale: $locale) {\n      id\n      name {\n        ...TranslatedText_text\n      }\n      description {\n        ...TranslatedText_text\n      }\n      ...GroupSchedule_group\n      ...GroupMeetings_group\n      ...GroupEnrolment_group\n      ...GroupProfile_group\n      ...GroupVenue_group\n      ...GroupContact_group\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupEnrolment_group on Group {\n    enrolment {\n      state\n      label\n      callToAction\n      details\n      intake {\n        ...TranslatedText_text\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GroupEnrolment_group on Group {\n    enrolment {\n      state\n      label\n      callToAction\n      details\n      intake {\n        ...TranslatedText_text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupMeetings_group on Group {\n    nextMeetings(first: 6) {\n      start\n      ...MeetingTime_meeting\n    }\n  }\n"): (typeof documents)["\n  fragment GroupMeetings_group on Group {\n    nextMeetings(first: 6) {\n      start\n      ...MeetingTime_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupProfile_group on Group {\n    topics {\n      code\n      label\n    }\n    audienceLabel\n    ageLabel\n    methodLabel\n    promiseLabels\n    facilitation {\n      details\n    }\n    languages\n    formatLabel\n    onlineJoin {\n      url\n      onRequest\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment GroupProfile_group on Group {\n    topics {\n      code\n      label\n    }\n    audienceLabel\n    ageLabel\n    methodLabel\n    promiseLabels\n    facilitation {\n      details\n    }\n    languages\n    formatLabel\n    onlineJoin {\n      url\n      onRequest\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupRow_group on Group {\n    slug\n    name {\n      ...TranslatedText_text\n    }\n    isDemo\n    format\n    venue {\n      name\n      town\n    }\n    municipality {\n      name\n    }\n    schedule {\n      summary\n    }\n    enrolment {\n      state\n      label\n    }\n    nextMeetings(first: 1) {\n      ...MeetingTime_meeting\n    }\n  }\n"): (typeof documents)["\n  fragment GroupRow_group on Group {\n    slug\n    name {\n      ...TranslatedText_text\n    }\n    isDemo\n    format\n    venue {\n      name\n      town\n    }\n    municipality {\n      name\n    }\n    schedule {\n      summary\n    }\n    enrolment {\n      state\n      label\n    }\n    nextMeetings(first: 1) {\n      ...MeetingTime_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupSchedule_group on Group {\n    schedule {\n      summary\n      timeZone\n      start\n      durationMinutes\n      rrule\n      exdates\n      rdates\n      pauses {\n        from\n        until\n        ...PauseSummary_pause\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GroupSchedule_group on Group {\n    schedule {\n      summary\n      timeZone\n      start\n      durationMinutes\n      rrule\n      exdates\n      rdates\n      pauses {\n        from\n        until\n        ...PauseSummary_pause\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupVenue_group on Group {\n    venue {\n      name\n      street\n      postalCode\n      town\n      latitude\n      longitude\n      accessibilityLabels\n      transportNotes {\n        ...TranslatedText_text\n      }\n    }\n    municipality {\n      name\n    }\n    practicalNotes {\n      ...TranslatedText_text\n    }\n  }\n"): (typeof documents)["\n  fragment GroupVenue_group on Group {\n    venue {\n      name\n      street\n      postalCode\n      town\n      latitude\n      longitude\n      accessibilityLabels\n      transportNotes {\n        ...TranslatedText_text\n      }\n    }\n    municipality {\n      name\n    }\n    practicalNotes {\n      ...TranslatedText_text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupsTable_groups on GroupConnection {\n    totalCount\n    totalCountCapped\n    edges {\n      node {\n        id\n        ...GroupRow_group\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GroupsTable_groups on GroupConnection {\n    totalCount\n    totalCountCapped\n    edges {\n      node {\n        id\n        ...GroupRow_group\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingTime_meeting on Meeting {\n    start\n    end\n    status\n    statusLabel\n    originalStart\n  }\n"): (typeof documents)["\n  fragment MeetingTime_meeting on Meeting {\n    start\n    end\n    status\n    statusLabel\n    originalStart\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PauseSummary_pause on Pause {\n    summary\n    reason {\n      text\n      language\n    }\n  }\n"): (typeof documents)["\n  fragment PauseSummary_pause on Pause {\n    summary\n    reason {\n      text\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TranslatedText_text on LocalizedText {\n    text\n    language\n  }\n"): (typeof documents)["\n  fragment TranslatedText_text on LocalizedText {\n    text\n    language\n  }\n"];
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