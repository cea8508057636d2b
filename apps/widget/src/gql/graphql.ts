/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a venue offers people with disabilities. */
export type AccessibilityFeature =
  | 'ACCESSIBLE_TOILET'
  | 'HEARING_LOOP'
  | 'STEP_FREE';

/** The age band a group is put together for. */
export type AgeBand =
  | 'ADULTS'
  | 'CHILDREN'
  | 'SENIORS'
  | 'YOUNG_ADULTS'
  | 'YOUTH';

export type AskToJoinInput = {
  /** A first name or an alias: nothing more is asked. */
  alias: string;
  /** JoinForm.consentVersion when the visitor ticked the consent; null when not (CONSENT_REQUIRED). */
  consentVersion?: string | null | undefined;
  /** The e-mail address or phone number: passed on to the group, never shown on the site. */
  contact: string;
  contactKind: ContactKind;
  /** JoinForm.formToken: FORM_TOO_FAST within 2 seconds of it, FORM_EXPIRED after 24 hours. */
  formToken: string;
  groupSlug: string;
  /** A UUID the form makes once per filled-in form: sending it again (a double click, a retry) is the same one. */
  idempotencyKey: string | number;
  /** What the group offers (Group.joinWay, JoinForm.joinWay): JOIN_NOT_OFFERED otherwise. */
  kind: JoinRequestKind;
  /** The visitor's language: every message to them and the errors are written in it. */
  language: Language;
  /** To the group; optional. No health details are needed. */
  message?: string | null | undefined;
  /** Leave empty: a field people do not see (hidden from view and from assistive technology), which robots fill in. */
  website?: string | null | undefined;
};

/** Whom a group is for. */
export type Audience =
  | 'AFFECTED'
  | 'BOTH'
  | 'RELATIVES';

/** The one way to reach the person who asks. */
export type ContactKind =
  | 'EMAIL'
  | 'PHONE';

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
  /** The venue has all of these. */
  accessibility?: Array<AccessibilityFeature> | null | undefined;
  /** Groups open to someone of this age (by age range or band). */
  age?: number | null | undefined;
  /** Any of these age bands. */
  ageBands?: Array<AgeBand> | null | undefined;
  /** RELATIVES also finds groups for BOTH. */
  audience?: Audience | null | undefined;
  country?: Country | null | undefined;
  /** Any of these enrolment states. */
  enrolment?: Array<EnrolmentState> | null | undefined;
  formats?: Array<Format> | null | undefined;
  /** With municipalityCode: also the municipality's neighbours. */
  includeNeighbours?: boolean;
  /** With municipalityCode or a place: also online groups held in the caller's language (shown everywhere). */
  includeOnline?: boolean;
  /** Any of these spoken languages. */
  languages?: Array<Language> | null | undefined;
  methods?: Array<Method> | null | undefined;
  /** Official municipality code, e.g. "159" for Gladsaxe. */
  municipalityCode?: string | null | undefined;
  /** Near this point; see radiusKm. */
  near?: PointInput | null | undefined;
  /** Near a town or postcode the visitor typed (the shipped gazetteer), or in a municipality named ("Gladsaxe", "Gmina Kraków"). */
  place?: string | null | undefined;
  /** With near or place: how far, 1 to 200 km (default 15); without them RADIUS_NEEDS_LOCATION. */
  radiusKm?: number | null | undefined;
  /** Has a meeting that is not cancelled within this many days (1 to 60). */
  startsWithinDays?: number | null | undefined;
  /** Words (all must match, ignoring case and diacritics) in any language of the group's texts, its place, organisation, topics and their synonyms; at most 100 characters. */
  text?: string | null | undefined;
  /** Meets in any of these parts of the day (local time). */
  timesOfDay?: Array<TimeOfDay> | null | undefined;
  /** Any of these topics; a parent topic includes its sub-topics. */
  topics?: Array<TopicCode> | null | undefined;
  /** Meets on any of these weekdays (local time) in the coming weeks. */
  weekdays?: Array<Weekday> | null | undefined;
};

/** What a visitor asks for: a place on the waiting list, or an intake conversation first. */
export type JoinRequestKind =
  | 'INTAKE'
  | 'WAITING_LIST';

/** How a visitor joins a group: just come (JUST_COME), ask for its waiting list (WAITING_LIST) or for an intake conversation (INTAKE), or not at all now (NONE). */
export type JoinWay =
  | 'INTAKE'
  | 'JUST_COME'
  | 'NONE'
  | 'WAITING_LIST';

/** Languages of content, of the interface and spoken in groups. */
export type Language =
  | 'DA'
  | 'EN'
  | 'NB'
  | 'PL'
  | 'SV';

/** A meeting as planned, cancelled, or moved to another time. */
export type MeetingStatus =
  | 'CANCELLED'
  | 'MOVED'
  | 'SCHEDULED';

/** How a group works: its method or programme. */
export type Method =
  | 'ABSTINENCE_CLUB'
  | 'FACILITATED'
  | 'SELF_ORGANISED'
  | 'SMART_RECOVERY'
  | 'TWELVE_STEPS';

/** A point on the map (WGS 84). */
export type PointInput = {
  latitude: number;
  longitude: number;
};

/** MORNING before 12, AFTERNOON 12-17, EVENING from 17, local time. */
export type TimeOfDay =
  | 'AFTERNOON'
  | 'EVENING'
  | 'MORNING';

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

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

/** NEIGHBOURS: the municipality’s neighbours too (includeNeighbours). ONLINE: online groups too (includeOnline). DISTANCE: near the same place or point, within 50 km. PLACE: without the place or point (in the municipality or country asked for, if any). TEXT: without the words. FILTERS: without every filter but the place and the words. The others: without that one filter (AGE: age and ageBands; WHEN: weekdays, timesOfDay and startsWithinDays). */
export type WideningKind =
  | 'ACCESSIBILITY'
  | 'AGE'
  | 'AUDIENCE'
  | 'DISTANCE'
  | 'ENROLMENT'
  | 'FILTERS'
  | 'FORMATS'
  | 'LANGUAGES'
  | 'METHODS'
  | 'NEIGHBOURS'
  | 'ONLINE'
  | 'PLACE'
  | 'TEXT'
  | 'TOPICS'
  | 'WHEN';

export type WriteToGroupInput = {
  /** A first name or an alias: nothing more is asked. */
  alias: string;
  /** JoinForm.consentVersion when the visitor ticked the consent; null when not (CONSENT_REQUIRED). */
  consentVersion?: string | null | undefined;
  /** The e-mail address or phone number: passed on to the group, never shown on the site. */
  contact: string;
  contactKind: ContactKind;
  /** JoinForm.formToken: FORM_TOO_FAST within 2 seconds of it, FORM_EXPIRED after 24 hours. */
  formToken: string;
  groupSlug: string;
  /** A UUID the form makes once per filled-in form: sending it again (a double click, a retry) is the same one. */
  idempotencyKey: string | number;
  /** The visitor's language: every message to them and the errors are written in it. */
  language: Language;
  /** To the group; required (MESSAGE_REQUIRED). No health details are needed. */
  message: string;
  /** Leave empty: a field people do not see (hidden from view and from assistive technology), which robots fill in. */
  website?: string | null | undefined;
};

export type WidgetEmbedSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type WidgetEmbedSettingsQuery = { embedSettings: { defaultLanguage: Language, country: Country, municipalityCode: string, municipalityName: string, accentColour: string, font: string, contactText: { text: string, language: Language } | null, crisisText: { text: string, language: Language } | null } | null };

export type GroupCard_GroupFragment = { id: string, slug: string, isDemo: boolean, format: Format, ageLabel: string | null, languages: Array<Language>, name: { text: string, language: Language }, enrolment: { state: EnrolmentState, callToAction: string }, schedule: { summary: string, timeZone: string } | null, nextMeetings: Array<{ start: string, status: MeetingStatus, statusLabel: string }>, municipality: { name: string } | null, venue: { name: string, town: string } | null } & { ' $fragmentName'?: 'GroupCard_GroupFragment' };

export type GroupContact_GroupFragment = { organisation: { country: Country }, contact: { name: string | null, phone: string | null, email: string | null, url: string | null } } & { ' $fragmentName'?: 'GroupContact_GroupFragment' };

export type GroupDetails_GroupFragment = (
  { audienceLabel: string, methodLabel: string | null, promiseLabels: Array<string>, format: Format, joinWay: JoinWay, canBeWritten: boolean, description: { text: string, language: Language } | null, practicalNotes: { text: string, language: Language } | null, topics: Array<{ code: TopicCode, label: string }>, facilitation: { details: Array<string> }, onlineJoin: { url: string | null, onRequest: boolean, label: string | null } | null, schedule: { timeZone: string, pauses: Array<{ summary: string, reason: { text: string, language: Language } | null }> } | null, meetings: Array<{ start: string, end: string, status: MeetingStatus, statusLabel: string, originalStart: string | null }>, enrolment: { callToAction: string, details: Array<string>, intake: { text: string, language: Language } | null }, venue: { name: string, street: string, postalCode: string, town: string, accessibilityLabels: Array<string>, transportNotes: { text: string, language: Language } | null } | null, municipality: { name: string } | null }
  & { ' $fragmentRefs'?: { 'GroupContact_GroupFragment': GroupContact_GroupFragment } }
) & { ' $fragmentName'?: 'GroupDetails_GroupFragment' };

export type PrintGroup_GroupFragment = (
  { format: Format, name: { text: string, language: Language }, schedule: { summary: string, timeZone: string } | null, nextMeetings: Array<{ start: string, end: string, status: MeetingStatus, statusLabel: string }>, venue: { name: string, street: string, postalCode: string, town: string } | null, municipality: { name: string } | null, enrolment: { callToAction: string } }
  & { ' $fragmentRefs'?: { 'GroupContact_GroupFragment': GroupContact_GroupFragment } }
) & { ' $fragmentName'?: 'PrintGroup_GroupFragment' };

export type WidgetWideningsQueryVariables = Exact<{
  filter?: GroupFilter | null | undefined;
}>;


export type WidgetWideningsQuery = { groups: { widenings: Array<{ kind: WideningKind, count: number }> } };

export type WidgetGroupDetailsQueryVariables = Exact<{
  slug: string;
  locale?: Language | null | undefined;
  meetings: number;
}>;


export type WidgetGroupDetailsQuery = { group: (
    { id: string }
    & { ' $fragmentRefs'?: { 'GroupCard_GroupFragment': GroupCard_GroupFragment;'GroupDetails_GroupFragment': GroupDetails_GroupFragment } }
  ) };

export type WidgetGroupsQueryVariables = Exact<{
  filter?: GroupFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  locale?: Language | null | undefined;
  withFacets: boolean;
}>;


export type WidgetGroupsQuery = { groups: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, facets?: { topics: Array<{ value: string, count: number }>, languages: Array<{ value: string, count: number }> } | null, edges: Array<{ distanceKm: number | null, node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'GroupCard_GroupFragment': GroupCard_GroupFragment } }
      ) }> } };

export type WidgetJoinFormQueryVariables = Exact<{
  groupSlug: string;
}>;


export type WidgetJoinFormQuery = { joinForm: { joinWay: JoinWay, formToken: string, consentVersion: string, retentionDays: number, controller: string, confirmsByText: boolean } };

export type WidgetAskToJoinMutationVariables = Exact<{
  input: AskToJoinInput;
}>;


export type WidgetAskToJoinMutation = { askToJoin: { received: boolean } };

export type WidgetWriteToGroupMutationVariables = Exact<{
  input: WriteToGroupInput;
}>;


export type WidgetWriteToGroupMutation = { writeToGroup: { received: boolean } };

export type WidgetPrintGroupsQueryVariables = Exact<{
  filter?: GroupFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  locale?: Language | null | undefined;
}>;


export type WidgetPrintGroupsQuery = { groups: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'PrintGroup_GroupFragment': PrintGroup_GroupFragment } }
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
  slug
  name {
    text
    language
  }
  isDemo
  format
  ageLabel
  languages
  enrolment {
    state
    callToAction
  }
  schedule {
    summary
    timeZone
  }
  nextMeetings(first: 2) {
    start
    status
    statusLabel
  }
  municipality {
    name
  }
  venue {
    name
    town
  }
}
    `, {"fragmentName":"GroupCard_Group"}) as unknown as TypedDocumentString<GroupCard_GroupFragment, unknown>;
export const GroupContact_GroupFragmentDoc = new TypedDocumentString(`
    fragment GroupContact_Group on Group {
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
    `, {"fragmentName":"GroupContact_Group"}) as unknown as TypedDocumentString<GroupContact_GroupFragment, unknown>;
export const GroupDetails_GroupFragmentDoc = new TypedDocumentString(`
    fragment GroupDetails_Group on Group {
  description {
    text
    language
  }
  practicalNotes {
    text
    language
  }
  topics {
    code
    label
  }
  audienceLabel
  methodLabel
  promiseLabels
  facilitation {
    details
  }
  format
  onlineJoin {
    url
    onRequest
    label
  }
  schedule {
    timeZone
    pauses {
      summary
      reason {
        text
        language
      }
    }
  }
  meetings: nextMeetings(first: $meetings) {
    start
    end
    status
    statusLabel
    originalStart
  }
  joinWay
  canBeWritten
  enrolment {
    callToAction
    details
    intake {
      text
      language
    }
  }
  venue {
    name
    street
    postalCode
    town
    accessibilityLabels
    transportNotes {
      text
      language
    }
  }
  municipality {
    name
  }
  ...GroupContact_Group
}
    fragment GroupContact_Group on Group {
  organisation {
    country
  }
  contact {
    name
    phone
    email
    url
  }
}`, {"fragmentName":"GroupDetails_Group"}) as unknown as TypedDocumentString<GroupDetails_GroupFragment, unknown>;
export const PrintGroup_GroupFragmentDoc = new TypedDocumentString(`
    fragment PrintGroup_Group on Group {
  name {
    text
    language
  }
  format
  schedule {
    summary
    timeZone
  }
  nextMeetings(first: 3) {
    start
    end
    status
    statusLabel
  }
  venue {
    name
    street
    postalCode
    town
  }
  municipality {
    name
  }
  enrolment {
    callToAction
  }
  ...GroupContact_Group
}
    fragment GroupContact_Group on Group {
  organisation {
    country
  }
  contact {
    name
    phone
    email
    url
  }
}`, {"fragmentName":"PrintGroup_Group"}) as unknown as TypedDocumentString<PrintGroup_GroupFragment, unknown>;
export const WidgetEmbedSettingsDocument = new TypedDocumentString(`
    query WidgetEmbedSettings {
  embedSettings {
    defaultLanguage
    country
    municipalityCode
    municipalityName
    accentColour
    font
    contactText {
      text
      language
    }
    crisisText {
      text
      language
    }
  }
}
    `, {"hash":"sha256:a107d5c1a2f45057f0d0c499ec1fe69a6ba521e7adcf4345b422950c3f85bdf3"}) as unknown as TypedDocumentString<WidgetEmbedSettingsQuery, WidgetEmbedSettingsQueryVariables>;
export const WidgetWideningsDocument = new TypedDocumentString(`
    query WidgetWidenings($filter: GroupFilter) {
  groups(filter: $filter, first: 1) {
    widenings {
      kind
      count
    }
  }
}
    `, {"hash":"sha256:8e8b05daadcee5fb991eff943ab14ea479de327fb4c78e662efba67d2ae8c32c"}) as unknown as TypedDocumentString<WidgetWideningsQuery, WidgetWideningsQueryVariables>;
export const WidgetGroupDetailsDocument = new TypedDocumentString(`
    query WidgetGroupDetails($slug: String!, $locale: Language, $meetings: Int!) {
  group(slug: $slug, locale: $locale) {
    id
    ...GroupCard_Group
    ...GroupDetails_Group
  }
}
    fragment GroupCard_Group on Group {
  id
  slug
  name {
    text
    language
  }
  isDemo
  format
  ageLabel
  languages
  enrolment {
    state
    callToAction
  }
  schedule {
    summary
    timeZone
  }
  nextMeetings(first: 2) {
    start
    status
    statusLabel
  }
  municipality {
    name
  }
  venue {
    name
    town
  }
}
fragment GroupContact_Group on Group {
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
fragment GroupDetails_Group on Group {
  description {
    text
    language
  }
  practicalNotes {
    text
    language
  }
  topics {
    code
    label
  }
  audienceLabel
  methodLabel
  promiseLabels
  facilitation {
    details
  }
  format
  onlineJoin {
    url
    onRequest
    label
  }
  schedule {
    timeZone
    pauses {
      summary
      reason {
        text
        language
      }
    }
  }
  meetings: nextMeetings(first: $meetings) {
    start
    end
    status
    statusLabel
    originalStart
  }
  joinWay
  canBeWritten
  enrolment {
    callToAction
    details
    intake {
      text
      language
    }
  }
  venue {
    name
    street
    postalCode
    town
    accessibilityLabels
    transportNotes {
      text
      language
    }
  }
  municipality {
    name
  }
  ...GroupContact_Group
}`, {"hash":"sha256:e831d54e77f7300d3bd0fd18a7a9a33335cba582171fefe948e3afddd74d8c50"}) as unknown as TypedDocumentString<WidgetGroupDetailsQuery, WidgetGroupDetailsQueryVariables>;
export const WidgetGroupsDocument = new TypedDocumentString(`
    query WidgetGroups($filter: GroupFilter, $first: Int!, $after: String, $locale: Language, $withFacets: Boolean!) {
  groups(filter: $filter, first: $first, after: $after, locale: $locale) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    facets @include(if: $withFacets) {
      topics {
        value
        count
      }
      languages {
        value
        count
      }
    }
    edges {
      distanceKm
      node {
        id
        ...GroupCard_Group
      }
    }
  }
}
    fragment GroupCard_Group on Group {
  id
  slug
  name {
    text
    language
  }
  isDemo
  format
  ageLabel
  languages
  enrolment {
    state
    callToAction
  }
  schedule {
    summary
    timeZone
  }
  nextMeetings(first: 2) {
    start
    status
    statusLabel
  }
  municipality {
    name
  }
  venue {
    name
    town
  }
}`, {"hash":"sha256:7fbb273ebf43940f7aeb90d420bb5b8e37f83b370bb3664c377ba5ed40bbfb0e"}) as unknown as TypedDocumentString<WidgetGroupsQuery, WidgetGroupsQueryVariables>;
export const WidgetJoinFormDocument = new TypedDocumentString(`
    query WidgetJoinForm($groupSlug: String!) {
  joinForm(groupSlug: $groupSlug) {
    joinWay
    formToken
    consentVersion
    retentionDays
    controller
    confirmsByText
  }
}
    `, {"hash":"sha256:ffe1898a387422070d61c55de5e83aa6697ca6cd963b3c3eb37c12d78d0e9d9f"}) as unknown as TypedDocumentString<WidgetJoinFormQuery, WidgetJoinFormQueryVariables>;
export const WidgetAskToJoinDocument = new TypedDocumentString(`
    mutation WidgetAskToJoin($input: AskToJoinInput!) {
  askToJoin(input: $input) {
    received
  }
}
    `, {"hash":"sha256:fed2a651bab5fc887cc5572a5123e0788d6229c64fcad6e5df367f58c305377f"}) as unknown as TypedDocumentString<WidgetAskToJoinMutation, WidgetAskToJoinMutationVariables>;
export const WidgetWriteToGroupDocument = new TypedDocumentString(`
    mutation WidgetWriteToGroup($input: WriteToGroupInput!) {
  writeToGroup(input: $input) {
    received
  }
}
    `, {"hash":"sha256:cce709814a0f1259012353243a867d073ceb6e166a58f9a36ff738b9d01f9f29"}) as unknown as TypedDocumentString<WidgetWriteToGroupMutation, WidgetWriteToGroupMutationVariables>;
export const WidgetPrintGroupsDocument = new TypedDocumentString(`
    query WidgetPrintGroups($filter: GroupFilter, $first: Int!, $after: String, $locale: Language) {
  groups(filter: $filter, first: $first, after: $after, locale: $locale) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        ...PrintGroup_Group
      }
    }
  }
}
    fragment GroupContact_Group on Group {
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
fragment PrintGroup_Group on Group {
  name {
    text
    language
  }
  format
  schedule {
    summary
    timeZone
  }
  nextMeetings(first: 3) {
    start
    end
    status
    statusLabel
  }
  venue {
    name
    street
    postalCode
    town
  }
  municipality {
    name
  }
  enrolment {
    callToAction
  }
  ...GroupContact_Group
}`, {"hash":"sha256:4e677d6a60254902584173f11ac749c6d924ce3fcd9c02b012baef5ee9d3accd"}) as unknown as TypedDocumentString<WidgetPrintGroupsQuery, WidgetPrintGroupsQueryVariables>;
export const WidgetTopicsDocument = new TypedDocumentString(`
    query WidgetTopics($locale: Language) {
  topics(locale: $locale) {
    code
    label
    parent
  }
}
    `, {"hash":"sha256:56265526e600001f40386b0ee4fdf27fb83726fa76295112a3933e01376556bf"}) as unknown as TypedDocumentString<WidgetTopicsQuery, WidgetTopicsQueryVariables>;