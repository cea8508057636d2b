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
    "\n  query AccountPage {\n    me {\n      id\n      name\n      email\n      secondFactorEnabled\n      memberships {\n        id\n        ...MembershipList_membership\n      }\n      sessions {\n        id\n        ...SessionList_session\n      }\n    }\n  }\n": typeof types.AccountPageDocument,
    "\n  fragment MembershipList_membership on Membership {\n    id\n    role\n    organisation {\n      id\n      slug\n      name\n    }\n    unit {\n      id\n      name\n    }\n    groupName\n    municipality {\n      name\n    }\n  }\n": typeof types.MembershipList_MembershipFragmentDoc,
    "\n  mutation SwitchOffSecondFactor($input: SecondFactorChangeInput!) {\n    switchOffSecondFactor(input: $input)\n  }\n": typeof types.SwitchOffSecondFactorDocument,
    "\n  mutation RenewRecoveryCodes($input: SecondFactorChangeInput!) {\n    renewRecoveryCodes(input: $input) {\n      codes\n    }\n  }\n": typeof types.RenewRecoveryCodesDocument,
    "\n  mutation StartSecondFactorEnrolment {\n    startSecondFactorEnrolment {\n      secret\n      qrCodeSvg\n    }\n  }\n": typeof types.StartSecondFactorEnrolmentDocument,
    "\n  mutation ConfirmSecondFactor($input: ConfirmSecondFactorInput!) {\n    confirmSecondFactor(input: $input) {\n      codes\n    }\n  }\n": typeof types.ConfirmSecondFactorDocument,
    "\n  fragment SessionList_session on SessionInfo {\n    id\n    current\n    createdAt\n    lastSeenAt\n    secondFactor\n  }\n": typeof types.SessionList_SessionFragmentDoc,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      organisationName\n      unitName\n      groupName\n      existingAccount\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  query PasswordResetLink($token: String!) {\n    passwordResetLinkValid(token: $token)\n  }\n": typeof types.PasswordResetLinkDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      memberships {\n        id\n        role\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      secondFactorEnabled\n      secondFactorRequired\n      sessionIdleMinutes\n      sessionEndsAt\n      memberships {\n        id\n        role\n        organisation {\n          id\n        }\n        unit {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation DeleteEmbed($input: EditInput!) {\n    deleteEmbed(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteEmbedDocument,
    "\n  fragment EmbedEditor_embed on EditableEmbed {\n    id\n    key\n    version\n    snippet\n    frameUrl\n    municipality {\n      id\n      country\n      name\n      neighbours {\n        id\n        code\n        name\n      }\n    }\n    fields {\n      name\n      neighbourCodes\n      includeOnline\n      onlineLanguages\n      topics\n      organisationIds\n      defaultLanguage\n      accentColour\n      font\n      allowedOrigins\n      contactText\n      crisisText\n    }\n  }\n": typeof types.EmbedEditor_EmbedFragmentDoc,
    "\n  mutation UpdateEmbed($input: UpdateEmbedInput!) {\n    updateEmbed(input: $input) {\n      id\n      ...EmbedEditor_embed\n    }\n  }\n": typeof types.UpdateEmbedDocument,
    "\n  query EmbedPage($id: ID!) {\n    embed(id: $id) {\n      id\n      ...EmbedEditor_embed\n      municipality {\n        id\n        name\n      }\n      fields {\n        name\n      }\n      history {\n        id\n        ...HistoryList_change\n      }\n    }\n    organisations {\n      id\n      name\n      country\n    }\n  }\n": typeof types.EmbedPageDocument,
    "\n  query EmbedsPage {\n    embeds {\n      id\n      updatedAt\n      municipality {\n        id\n        name\n      }\n      fields {\n        name\n        allowedOrigins\n      }\n    }\n  }\n": typeof types.EmbedsPageDocument,
    "\n  query NewEmbedPage {\n    embedMunicipalities {\n      id\n      country\n      name\n      neighbours {\n        id\n        code\n        name\n      }\n    }\n    organisations {\n      id\n      name\n      country\n    }\n  }\n": typeof types.NewEmbedPageDocument,
    "\n  mutation CreateEmbed($input: CreateEmbedInput!) {\n    createEmbed(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateEmbedDocument,
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
    "\n  mutation ArchiveGroup($input: EditInput!) {\n    archiveGroup(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n": typeof types.ArchiveGroupDocument,
    "\n  mutation RestoreGroup($input: EditInput!) {\n    restoreGroup(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n": typeof types.RestoreGroupDocument,
    "\n  query EditableGroups($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      defaultLanguage\n      units {\n        id\n        name\n      }\n      editableGroups {\n        id\n        archivedAt\n        fields {\n          slug\n          unitId\n          name\n          enrolment\n        }\n      }\n    }\n  }\n": typeof types.EditableGroupsDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      ...GroupEditor_group\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  fragment GroupEditor_group on EditableGroup {\n    id\n    organisationId\n    version\n    archivedAt\n    fields {\n      ...StoredGroupFields\n    }\n    history {\n      id\n      ...HistoryList_change\n    }\n  }\n": typeof types.GroupEditor_GroupFragmentDoc,
    "\n  query GroupEditor($id: ID!) {\n    editableGroup(id: $id) {\n      id\n      organisationId\n      ...GroupEditor_group\n    }\n    organisations {\n      id\n      slug\n    }\n  }\n": typeof types.GroupEditorDocument,
    "\n  fragment StoredGroupFields on GroupFields {\n    slug\n    unitId\n    venueId\n    municipalityId\n    name\n    description\n    practicalNotes\n    intakeText\n    topics\n    audience\n    ageBand\n    ageMin\n    ageMax\n    format\n    onlineJoinUrl\n    onlineJoinOnRequest\n    languages\n    method\n    promises\n    facilitatorCount\n    starterMeetings\n    schedule {\n      timeZone\n      start\n      durationMinutes\n      rrule\n      exdates\n      rdates\n      moves {\n        from\n        to\n      }\n      pauses {\n        from\n        until\n        reason\n      }\n    }\n    enrolment\n    formingMinimum\n    sizeMin\n    sizeMax\n    placesLeft\n    waitingList\n    pausedUntil\n    contactName\n    contactPhone\n    contactEmail\n    contactUrl\n  }\n": typeof types.StoredGroupFieldsFragmentDoc,
    "\n  query GroupFormOptions($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      country\n      defaultLanguage\n      units {\n        id\n        name\n      }\n    }\n  }\n": typeof types.GroupFormOptionsDocument,
    "\n  query GroupFormVenues($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      venues {\n        id\n        archivedAt\n        fields {\n          name\n          street\n          town\n        }\n      }\n    }\n  }\n": typeof types.GroupFormVenuesDocument,
    "\n  query GroupFormMunicipalities($country: Country!) {\n    municipalities(country: $country) {\n      id\n      name\n    }\n  }\n": typeof types.GroupFormMunicipalitiesDocument,
    "\n  fragment HistoryList_change on Change {\n    id\n    madeAt\n    version\n    by\n    byRoleLabel\n    reverts\n    fields {\n      field\n      summary\n    }\n  }\n": typeof types.HistoryList_ChangeFragmentDoc,
    "\n  mutation RevertChange($input: RevertChangeInput!) {\n    revertChange(input: $input)\n  }\n": typeof types.RevertChangeDocument,
    "\n  query JoinRequestByToken($token: String!) {\n    joinRequestByToken(token: $token) {\n      groupName\n      kind\n      status\n      askedAt\n    }\n  }\n": typeof types.JoinRequestByTokenDocument,
    "\n  mutation WithdrawJoinRequest($token: String!) {\n    withdrawJoinRequest(token: $token)\n  }\n": typeof types.WithdrawJoinRequestDocument,
    "\n  query JoinQueuePage($groupId: ID!) {\n    joinQueue(groupId: $groupId) {\n      groupId\n      groupName\n      joinWay\n      formingMinimum\n      accepted\n      sizeMax\n      placesLeft\n      requests {\n        id\n        version\n        kind\n        status\n        alias\n        contactKind\n        contact\n        message\n        note\n        language\n        askedAt\n        updatedAt\n        deleteAfter\n      }\n    }\n    editableGroup(id: $groupId) {\n      id\n      organisationId\n    }\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.JoinQueuePageDocument,
    "\n  mutation ExportJoinQueue($groupId: ID!) {\n    exportJoinQueue(groupId: $groupId)\n  }\n": typeof types.ExportJoinQueueDocument,
    "\n  query PersonalDataAccessPage($slug: String!, $first: Int!, $before: DateTimeISO) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n    }\n    personalDataAccess(organisationSlug: $slug, first: $first, before: $before) {\n      at\n      action\n      joinRequestId\n      by\n      groupName\n    }\n  }\n": typeof types.PersonalDataAccessPageDocument,
    "\n  query DataSubject($slug: String!, $contact: String!) {\n    dataSubjectRequests(organisationSlug: $slug, contact: $contact) {\n      id\n      groupName\n      kind\n      status\n      alias\n      contactKind\n      contact\n      message\n      note\n      language\n      askedAt\n      deleteAfter\n    }\n    dataSubjectMessages(organisationSlug: $slug, contact: $contact) {\n      id\n      groupName\n      alias\n      contactKind\n      contact\n      message\n      language\n      sentAt\n      deliveredAt\n      deleteAfter\n    }\n  }\n": typeof types.DataSubjectDocument,
    "\n  mutation EraseDataSubject($slug: String!, $contact: String!) {\n    eraseDataSubject(organisationSlug: $slug, contact: $contact)\n  }\n": typeof types.EraseDataSubjectDocument,
    "\n  mutation ChangeJoinRequest($input: ChangeJoinRequestInput!) {\n    changeJoinRequest(input: $input) {\n      id\n      version\n      status\n      note\n      updatedAt\n      deleteAfter\n    }\n  }\n": typeof types.ChangeJoinRequestDocument,
    "\n  mutation DeleteJoinRequest($input: EditInput!) {\n    deleteJoinRequest(input: $input)\n  }\n": typeof types.DeleteJoinRequestDocument,
    "\n  fragment GrantRoleForm_member on Member {\n    id\n    name\n  }\n": typeof types.GrantRoleForm_MemberFragmentDoc,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  fragment InvitationTable_invitation on Invitation {\n    id\n    email\n    role\n    expiresAt\n  }\n": typeof types.InvitationTable_InvitationFragmentDoc,
    "\n  mutation WithdrawInvitation($input: WithdrawInvitationInput!) {\n    withdrawInvitation(input: $input)\n  }\n": typeof types.WithdrawInvitationDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  fragment MemberTable_member on Member {\n    id\n    name\n    email\n    secondFactorEnabled\n    memberships {\n      id\n      role\n      organisation {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n      groupName\n      ...MembershipList_membership\n    }\n  }\n": typeof types.MemberTable_MemberFragmentDoc,
    "\n  mutation RevokeRole($input: RevokeRoleInput!) {\n    revokeRole(input: $input)\n  }\n": typeof types.RevokeRoleDocument,
    "\n  mutation ResetSecondFactor($input: ResetSecondFactorInput!) {\n    resetSecondFactor(input: $input)\n  }\n": typeof types.ResetSecondFactorDocument,
    "\n  fragment OrganisationCard_organisation on Organisation {\n    slug\n    name\n    isDemo\n    ...OrganisationContact_organisation\n    groups(first: $groupsPerOrganisation) {\n      ...GroupsTable_groups\n    }\n  }\n": typeof types.OrganisationCard_OrganisationFragmentDoc,
    "\n  fragment OrganisationContact_organisation on Organisation {\n    country\n    phone\n    email\n    website\n  }\n": typeof types.OrganisationContact_OrganisationFragmentDoc,
    "\n  fragment OrganisationDetailsSection_organisation on Organisation {\n    id\n    version\n    name\n    website\n    phone\n    email\n    defaultLanguage\n    requestRetentionDays\n  }\n": typeof types.OrganisationDetailsSection_OrganisationFragmentDoc,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      ...OrganisationDetailsSection_organisation\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query OrganisationPage($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      units {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrganisationPageDocument,
    "\n  query OrganisationAdmin($slug: String!, $groupsFirst: Int!) {\n    organisation(slug: $slug) {\n      id\n      requireSecondFactor\n      members {\n        id\n        ...MemberTable_member\n        ...GrantRoleForm_member\n      }\n      invitations {\n        id\n        ...InvitationTable_invitation\n      }\n      groups(first: $groupsFirst) {\n        edges {\n          node {\n            id\n            name {\n              text\n              language\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganisationAdminDocument,
    "\n  query OrganisationsPage($locale: Language, $groupsPerOrganisation: Int!) {\n    organisations(locale: $locale) {\n      id\n      ...OrganisationCard_organisation\n    }\n  }\n": typeof types.OrganisationsPageDocument,
    "\n  mutation SetSecondFactorRequirement($input: SetSecondFactorRequirementInput!) {\n    setSecondFactorRequirement(input: $input) {\n      id\n      requireSecondFactor\n    }\n  }\n": typeof types.SetSecondFactorRequirementDocument,
    "\n  query OrganisationEditing($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      ...OrganisationDetailsSection_organisation\n      history {\n        id\n        ...HistoryList_change\n      }\n    }\n  }\n": typeof types.OrganisationEditingDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  query UnitPage($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.UnitPageDocument,
    "\n  query UnitAdmin($id: ID!, $groupsFirst: Int!) {\n    unit(id: $id) {\n      id\n      members {\n        id\n        ...MemberTable_member\n        ...GrantRoleForm_member\n      }\n      invitations {\n        id\n        ...InvitationTable_invitation\n      }\n      organisation {\n        id\n        groups(first: $groupsFirst) {\n          edges {\n            node {\n              id\n              name {\n                text\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.UnitAdminDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      version\n      name\n    }\n  }\n": typeof types.UpdateUnitDocument,
    "\n  query UnitEditing($id: ID!) {\n    unit(id: $id) {\n      id\n      version\n      name\n      history {\n        id\n        ...HistoryList_change\n      }\n    }\n  }\n": typeof types.UnitEditingDocument,
    "\n  query NewVenuePage($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      defaultLanguage\n    }\n  }\n": typeof types.NewVenuePageDocument,
    "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      id\n      fields {\n        name\n        latitude\n        longitude\n      }\n    }\n  }\n": typeof types.CreateVenueDocument,
    "\n  mutation ArchiveVenue($input: EditInput!) {\n    archiveVenue(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n": typeof types.ArchiveVenueDocument,
    "\n  mutation RestoreVenue($input: EditInput!) {\n    restoreVenue(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n": typeof types.RestoreVenueDocument,
    "\n  fragment VenueEditor_venue on EditableVenue {\n    id\n    version\n    archivedAt\n    groupCount\n    fields {\n      name\n      street\n      postalCode\n      town\n      latitude\n      longitude\n      accessibility\n      transportNotes\n    }\n  }\n": typeof types.VenueEditor_VenueFragmentDoc,
    "\n  mutation UpdateVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) {\n      id\n      ...VenueEditor_venue\n    }\n  }\n": typeof types.UpdateVenueDocument,
    "\n  query VenuePage($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      defaultLanguage\n      venues {\n        id\n        ...VenueEditor_venue\n        fields {\n          name\n        }\n        history {\n          id\n          ...HistoryList_change\n        }\n      }\n    }\n  }\n": typeof types.VenuePageDocument,
    "\n  query VenuesPage($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      venues {\n        id\n        archivedAt\n        groupCount\n        fields {\n          name\n          street\n          postalCode\n          town\n        }\n      }\n    }\n  }\n": typeof types.VenuesPageDocument,
};
const documents: Documents = {
    "\n  query AccountPage {\n    me {\n      id\n      name\n      email\n      secondFactorEnabled\n      memberships {\n        id\n        ...MembershipList_membership\n      }\n      sessions {\n        id\n        ...SessionList_session\n      }\n    }\n  }\n": types.AccountPageDocument,
    "\n  fragment MembershipList_membership on Membership {\n    id\n    role\n    organisation {\n      id\n      slug\n      name\n    }\n    unit {\n      id\n      name\n    }\n    groupName\n    municipality {\n      name\n    }\n  }\n": types.MembershipList_MembershipFragmentDoc,
    "\n  mutation SwitchOffSecondFactor($input: SecondFactorChangeInput!) {\n    switchOffSecondFactor(input: $input)\n  }\n": types.SwitchOffSecondFactorDocument,
    "\n  mutation RenewRecoveryCodes($input: SecondFactorChangeInput!) {\n    renewRecoveryCodes(input: $input) {\n      codes\n    }\n  }\n": types.RenewRecoveryCodesDocument,
    "\n  mutation StartSecondFactorEnrolment {\n    startSecondFactorEnrolment {\n      secret\n      qrCodeSvg\n    }\n  }\n": types.StartSecondFactorEnrolmentDocument,
    "\n  mutation ConfirmSecondFactor($input: ConfirmSecondFactorInput!) {\n    confirmSecondFactor(input: $input) {\n      codes\n    }\n  }\n": types.ConfirmSecondFactorDocument,
    "\n  fragment SessionList_session on SessionInfo {\n    id\n    current\n    createdAt\n    lastSeenAt\n    secondFactor\n  }\n": types.SessionList_SessionFragmentDoc,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      organisationName\n      unitName\n      groupName\n      existingAccount\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  query PasswordResetLink($token: String!) {\n    passwordResetLinkValid(token: $token)\n  }\n": types.PasswordResetLinkDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      memberships {\n        id\n        role\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      secondFactorEnabled\n      secondFactorRequired\n      sessionIdleMinutes\n      sessionEndsAt\n      memberships {\n        id\n        role\n        organisation {\n          id\n        }\n        unit {\n          id\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation DeleteEmbed($input: EditInput!) {\n    deleteEmbed(input: $input) {\n      id\n    }\n  }\n": types.DeleteEmbedDocument,
    "\n  fragment EmbedEditor_embed on EditableEmbed {\n    id\n    key\n    version\n    snippet\n    frameUrl\n    municipality {\n      id\n      country\n      name\n      neighbours {\n        id\n        code\n        name\n      }\n    }\n    fields {\n      name\n      neighbourCodes\n      includeOnline\n      onlineLanguages\n      topics\n      organisationIds\n      defaultLanguage\n      accentColour\n      font\n      allowedOrigins\n      contactText\n      crisisText\n    }\n  }\n": types.EmbedEditor_EmbedFragmentDoc,
    "\n  mutation UpdateEmbed($input: UpdateEmbedInput!) {\n    updateEmbed(input: $input) {\n      id\n      ...EmbedEditor_embed\n    }\n  }\n": types.UpdateEmbedDocument,
    "\n  query EmbedPage($id: ID!) {\n    embed(id: $id) {\n      id\n      ...EmbedEditor_embed\n      municipality {\n        id\n        name\n      }\n      fields {\n        name\n      }\n      history {\n        id\n        ...HistoryList_change\n      }\n    }\n    organisations {\n      id\n      name\n      country\n    }\n  }\n": types.EmbedPageDocument,
    "\n  query EmbedsPage {\n    embeds {\n      id\n      updatedAt\n      municipality {\n        id\n        name\n      }\n      fields {\n        name\n        allowedOrigins\n      }\n    }\n  }\n": types.EmbedsPageDocument,
    "\n  query NewEmbedPage {\n    embedMunicipalities {\n      id\n      country\n      name\n      neighbours {\n        id\n        code\n        name\n      }\n    }\n    organisations {\n      id\n      name\n      country\n    }\n  }\n": types.NewEmbedPageDocument,
    "\n  mutation CreateEmbed($input: CreateEmbedInput!) {\n    createEmbed(input: $input) {\n      id\n    }\n  }\n": types.CreateEmbedDocument,
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
    "\n  mutation ArchiveGroup($input: EditInput!) {\n    archiveGroup(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n": types.ArchiveGroupDocument,
    "\n  mutation RestoreGroup($input: EditInput!) {\n    restoreGroup(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n": types.RestoreGroupDocument,
    "\n  query EditableGroups($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      defaultLanguage\n      units {\n        id\n        name\n      }\n      editableGroups {\n        id\n        archivedAt\n        fields {\n          slug\n          unitId\n          name\n          enrolment\n        }\n      }\n    }\n  }\n": types.EditableGroupsDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      ...GroupEditor_group\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  fragment GroupEditor_group on EditableGroup {\n    id\n    organisationId\n    version\n    archivedAt\n    fields {\n      ...StoredGroupFields\n    }\n    history {\n      id\n      ...HistoryList_change\n    }\n  }\n": types.GroupEditor_GroupFragmentDoc,
    "\n  query GroupEditor($id: ID!) {\n    editableGroup(id: $id) {\n      id\n      organisationId\n      ...GroupEditor_group\n    }\n    organisations {\n      id\n      slug\n    }\n  }\n": types.GroupEditorDocument,
    "\n  fragment StoredGroupFields on GroupFields {\n    slug\n    unitId\n    venueId\n    municipalityId\n    name\n    description\n    practicalNotes\n    intakeText\n    topics\n    audience\n    ageBand\n    ageMin\n    ageMax\n    format\n    onlineJoinUrl\n    onlineJoinOnRequest\n    languages\n    method\n    promises\n    facilitatorCount\n    starterMeetings\n    schedule {\n      timeZone\n      start\n      durationMinutes\n      rrule\n      exdates\n      rdates\n      moves {\n        from\n        to\n      }\n      pauses {\n        from\n        until\n        reason\n      }\n    }\n    enrolment\n    formingMinimum\n    sizeMin\n    sizeMax\n    placesLeft\n    waitingList\n    pausedUntil\n    contactName\n    contactPhone\n    contactEmail\n    contactUrl\n  }\n": types.StoredGroupFieldsFragmentDoc,
    "\n  query GroupFormOptions($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      country\n      defaultLanguage\n      units {\n        id\n        name\n      }\n    }\n  }\n": types.GroupFormOptionsDocument,
    "\n  query GroupFormVenues($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      venues {\n        id\n        archivedAt\n        fields {\n          name\n          street\n          town\n        }\n      }\n    }\n  }\n": types.GroupFormVenuesDocument,
    "\n  query GroupFormMunicipalities($country: Country!) {\n    municipalities(country: $country) {\n      id\n      name\n    }\n  }\n": types.GroupFormMunicipalitiesDocument,
    "\n  fragment HistoryList_change on Change {\n    id\n    madeAt\n    version\n    by\n    byRoleLabel\n    reverts\n    fields {\n      field\n      summary\n    }\n  }\n": types.HistoryList_ChangeFragmentDoc,
    "\n  mutation RevertChange($input: RevertChangeInput!) {\n    revertChange(input: $input)\n  }\n": types.RevertChangeDocument,
    "\n  query JoinRequestByToken($token: String!) {\n    joinRequestByToken(token: $token) {\n      groupName\n      kind\n      status\n      askedAt\n    }\n  }\n": types.JoinRequestByTokenDocument,
    "\n  mutation WithdrawJoinRequest($token: String!) {\n    withdrawJoinRequest(token: $token)\n  }\n": types.WithdrawJoinRequestDocument,
    "\n  query JoinQueuePage($groupId: ID!) {\n    joinQueue(groupId: $groupId) {\n      groupId\n      groupName\n      joinWay\n      formingMinimum\n      accepted\n      sizeMax\n      placesLeft\n      requests {\n        id\n        version\n        kind\n        status\n        alias\n        contactKind\n        contact\n        message\n        note\n        language\n        askedAt\n        updatedAt\n        deleteAfter\n      }\n    }\n    editableGroup(id: $groupId) {\n      id\n      organisationId\n    }\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n": types.JoinQueuePageDocument,
    "\n  mutation ExportJoinQueue($groupId: ID!) {\n    exportJoinQueue(groupId: $groupId)\n  }\n": types.ExportJoinQueueDocument,
    "\n  query PersonalDataAccessPage($slug: String!, $first: Int!, $before: DateTimeISO) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n    }\n    personalDataAccess(organisationSlug: $slug, first: $first, before: $before) {\n      at\n      action\n      joinRequestId\n      by\n      groupName\n    }\n  }\n": types.PersonalDataAccessPageDocument,
    "\n  query DataSubject($slug: String!, $contact: String!) {\n    dataSubjectRequests(organisationSlug: $slug, contact: $contact) {\n      id\n      groupName\n      kind\n      status\n      alias\n      contactKind\n      contact\n      message\n      note\n      language\n      askedAt\n      deleteAfter\n    }\n    dataSubjectMessages(organisationSlug: $slug, contact: $contact) {\n      id\n      groupName\n      alias\n      contactKind\n      contact\n      message\n      language\n      sentAt\n      deliveredAt\n      deleteAfter\n    }\n  }\n": types.DataSubjectDocument,
    "\n  mutation EraseDataSubject($slug: String!, $contact: String!) {\n    eraseDataSubject(organisationSlug: $slug, contact: $contact)\n  }\n": types.EraseDataSubjectDocument,
    "\n  mutation ChangeJoinRequest($input: ChangeJoinRequestInput!) {\n    changeJoinRequest(input: $input) {\n      id\n      version\n      status\n      note\n      updatedAt\n      deleteAfter\n    }\n  }\n": types.ChangeJoinRequestDocument,
    "\n  mutation DeleteJoinRequest($input: EditInput!) {\n    deleteJoinRequest(input: $input)\n  }\n": types.DeleteJoinRequestDocument,
    "\n  fragment GrantRoleForm_member on Member {\n    id\n    name\n  }\n": types.GrantRoleForm_MemberFragmentDoc,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.GrantRoleDocument,
    "\n  fragment InvitationTable_invitation on Invitation {\n    id\n    email\n    role\n    expiresAt\n  }\n": types.InvitationTable_InvitationFragmentDoc,
    "\n  mutation WithdrawInvitation($input: WithdrawInvitationInput!) {\n    withdrawInvitation(input: $input)\n  }\n": types.WithdrawInvitationDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n": types.InviteUserDocument,
    "\n  fragment MemberTable_member on Member {\n    id\n    name\n    email\n    secondFactorEnabled\n    memberships {\n      id\n      role\n      organisation {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n      groupName\n      ...MembershipList_membership\n    }\n  }\n": types.MemberTable_MemberFragmentDoc,
    "\n  mutation RevokeRole($input: RevokeRoleInput!) {\n    revokeRole(input: $input)\n  }\n": types.RevokeRoleDocument,
    "\n  mutation ResetSecondFactor($input: ResetSecondFactorInput!) {\n    resetSecondFactor(input: $input)\n  }\n": types.ResetSecondFactorDocument,
    "\n  fragment OrganisationCard_organisation on Organisation {\n    slug\n    name\n    isDemo\n    ...OrganisationContact_organisation\n    groups(first: $groupsPerOrganisation) {\n      ...GroupsTable_groups\n    }\n  }\n": types.OrganisationCard_OrganisationFragmentDoc,
    "\n  fragment OrganisationContact_organisation on Organisation {\n    country\n    phone\n    email\n    website\n  }\n": types.OrganisationContact_OrganisationFragmentDoc,
    "\n  fragment OrganisationDetailsSection_organisation on Organisation {\n    id\n    version\n    name\n    website\n    phone\n    email\n    defaultLanguage\n    requestRetentionDays\n  }\n": types.OrganisationDetailsSection_OrganisationFragmentDoc,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      ...OrganisationDetailsSection_organisation\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query OrganisationPage($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      units {\n        id\n        name\n      }\n    }\n  }\n": types.OrganisationPageDocument,
    "\n  query OrganisationAdmin($slug: String!, $groupsFirst: Int!) {\n    organisation(slug: $slug) {\n      id\n      requireSecondFactor\n      members {\n        id\n        ...MemberTable_member\n        ...GrantRoleForm_member\n      }\n      invitations {\n        id\n        ...InvitationTable_invitation\n      }\n      groups(first: $groupsFirst) {\n        edges {\n          node {\n            id\n            name {\n              text\n              language\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OrganisationAdminDocument,
    "\n  query OrganisationsPage($locale: Language, $groupsPerOrganisation: Int!) {\n    organisations(locale: $locale) {\n      id\n      ...OrganisationCard_organisation\n    }\n  }\n": types.OrganisationsPageDocument,
    "\n  mutation SetSecondFactorRequirement($input: SetSecondFactorRequirementInput!) {\n    setSecondFactorRequirement(input: $input) {\n      id\n      requireSecondFactor\n    }\n  }\n": types.SetSecondFactorRequirementDocument,
    "\n  query OrganisationEditing($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      ...OrganisationDetailsSection_organisation\n      history {\n        id\n        ...HistoryList_change\n      }\n    }\n  }\n": types.OrganisationEditingDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateUnitDocument,
    "\n  query UnitPage($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.UnitPageDocument,
    "\n  query UnitAdmin($id: ID!, $groupsFirst: Int!) {\n    unit(id: $id) {\n      id\n      members {\n        id\n        ...MemberTable_member\n        ...GrantRoleForm_member\n      }\n      invitations {\n        id\n        ...InvitationTable_invitation\n      }\n      organisation {\n        id\n        groups(first: $groupsFirst) {\n          edges {\n            node {\n              id\n              name {\n                text\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.UnitAdminDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      version\n      name\n    }\n  }\n": types.UpdateUnitDocument,
    "\n  query UnitEditing($id: ID!) {\n    unit(id: $id) {\n      id\n      version\n      name\n      history {\n        id\n        ...HistoryList_change\n      }\n    }\n  }\n": types.UnitEditingDocument,
    "\n  query NewVenuePage($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      defaultLanguage\n    }\n  }\n": types.NewVenuePageDocument,
    "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      id\n      fields {\n        name\n        latitude\n        longitude\n      }\n    }\n  }\n": types.CreateVenueDocument,
    "\n  mutation ArchiveVenue($input: EditInput!) {\n    archiveVenue(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n": types.ArchiveVenueDocument,
    "\n  mutation RestoreVenue($input: EditInput!) {\n    restoreVenue(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n": types.RestoreVenueDocument,
    "\n  fragment VenueEditor_venue on EditableVenue {\n    id\n    version\n    archivedAt\n    groupCount\n    fields {\n      name\n      street\n      postalCode\n      town\n      latitude\n      longitude\n      accessibility\n      transportNotes\n    }\n  }\n": types.VenueEditor_VenueFragmentDoc,
    "\n  mutation UpdateVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) {\n      id\n      ...VenueEditor_venue\n    }\n  }\n": types.UpdateVenueDocument,
    "\n  query VenuePage($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      defaultLanguage\n      venues {\n        id\n        ...VenueEditor_venue\n        fields {\n          name\n        }\n        history {\n          id\n          ...HistoryList_change\n        }\n      }\n    }\n  }\n": types.VenuePageDocument,
    "\n  query VenuesPage($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      venues {\n        id\n        archivedAt\n        groupCount\n        fields {\n          name\n          street\n          postalCode\n          town\n        }\n      }\n    }\n  }\n": types.VenuesPageDocument,
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
export function graphql(source: "\n  query AccountPage {\n    me {\n      id\n      name\n      email\n      secondFactorEnabled\n      memberships {\n        id\n        ...MembershipList_membership\n      }\n      sessions {\n        id\n        ...SessionList_session\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountPage {\n    me {\n      id\n      name\n      email\n      secondFactorEnabled\n      memberships {\n        id\n        ...MembershipList_membership\n      }\n      sessions {\n        id\n        ...SessionList_session\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembershipList_membership on Membership {\n    id\n    role\n    organisation {\n      id\n      slug\n      name\n    }\n    unit {\n      id\n      name\n    }\n    groupName\n    municipality {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MembershipList_membership on Membership {\n    id\n    role\n    organisation {\n      id\n      slug\n      name\n    }\n    unit {\n      id\n      name\n    }\n    groupName\n    municipality {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchOffSecondFactor($input: SecondFactorChangeInput!) {\n    switchOffSecondFactor(input: $input)\n  }\n"): (typeof documents)["\n  mutation SwitchOffSecondFactor($input: SecondFactorChangeInput!) {\n    switchOffSecondFactor(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewRecoveryCodes($input: SecondFactorChangeInput!) {\n    renewRecoveryCodes(input: $input) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation RenewRecoveryCodes($input: SecondFactorChangeInput!) {\n    renewRecoveryCodes(input: $input) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSecondFactorEnrolment {\n    startSecondFactorEnrolment {\n      secret\n      qrCodeSvg\n    }\n  }\n"): (typeof documents)["\n  mutation StartSecondFactorEnrolment {\n    startSecondFactorEnrolment {\n      secret\n      qrCodeSvg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSecondFactor($input: ConfirmSecondFactorInput!) {\n    confirmSecondFactor(input: $input) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmSecondFactor($input: ConfirmSecondFactorInput!) {\n    confirmSecondFactor(input: $input) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionList_session on SessionInfo {\n    id\n    current\n    createdAt\n    lastSeenAt\n    secondFactor\n  }\n"): (typeof documents)["\n  fragment SessionList_session on SessionInfo {\n    id\n    current\n    createdAt\n    lastSeenAt\n    secondFactor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      organisationName\n      unitName\n      groupName\n      existingAccount\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      organisationName\n      unitName\n      groupName\n      existingAccount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordResetLink($token: String!) {\n    passwordResetLinkValid(token: $token)\n  }\n"): (typeof documents)["\n  query PasswordResetLink($token: String!) {\n    passwordResetLinkValid(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      memberships {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      memberships {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      secondFactorEnabled\n      secondFactorRequired\n      sessionIdleMinutes\n      sessionEndsAt\n      memberships {\n        id\n        role\n        organisation {\n          id\n        }\n        unit {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      email\n      secondFactorEnabled\n      secondFactorRequired\n      sessionIdleMinutes\n      sessionEndsAt\n      memberships {\n        id\n        role\n        organisation {\n          id\n        }\n        unit {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEmbed($input: EditInput!) {\n    deleteEmbed(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteEmbed($input: EditInput!) {\n    deleteEmbed(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmbedEditor_embed on EditableEmbed {\n    id\n    key\n    version\n    snippet\n    frameUrl\n    municipality {\n      id\n      country\n      name\n      neighbours {\n        id\n        code\n        name\n      }\n    }\n    fields {\n      name\n      neighbourCodes\n      includeOnline\n      onlineLanguages\n      topics\n      organisationIds\n      defaultLanguage\n      accentColour\n      font\n      allowedOrigins\n      contactText\n      crisisText\n    }\n  }\n"): (typeof documents)["\n  fragment EmbedEditor_embed on EditableEmbed {\n    id\n    key\n    version\n    snippet\n    frameUrl\n    municipality {\n      id\n      country\n      name\n      neighbours {\n        id\n        code\n        name\n      }\n    }\n    fields {\n      name\n      neighbourCodes\n      includeOnline\n      onlineLanguages\n      topics\n      organisationIds\n      defaultLanguage\n      accentColour\n      font\n      allowedOrigins\n      contactText\n      crisisText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEmbed($input: UpdateEmbedInput!) {\n    updateEmbed(input: $input) {\n      id\n      ...EmbedEditor_embed\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEmbed($input: UpdateEmbedInput!) {\n    updateEmbed(input: $input) {\n      id\n      ...EmbedEditor_embed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbedPage($id: ID!) {\n    embed(id: $id) {\n      id\n      ...EmbedEditor_embed\n      municipality {\n        id\n        name\n      }\n      fields {\n        name\n      }\n      history {\n        id\n        ...HistoryList_change\n      }\n    }\n    organisations {\n      id\n      name\n      country\n    }\n  }\n"): (typeof documents)["\n  query EmbedPage($id: ID!) {\n    embed(id: $id) {\n      id\n      ...EmbedEditor_embed\n      municipality {\n        id\n        name\n      }\n      fields {\n        name\n      }\n      history {\n        id\n        ...HistoryList_change\n      }\n    }\n    organisations {\n      id\n      name\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbedsPage {\n    embeds {\n      id\n      updatedAt\n      municipality {\n        id\n        name\n      }\n      fields {\n        name\n        allowedOrigins\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmbedsPage {\n    embeds {\n      id\n      updatedAt\n      municipality {\n        id\n        name\n      }\n      fields {\n        name\n        allowedOrigins\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewEmbedPage {\n    embedMunicipalities {\n      id\n      country\n      name\n      neighbours {\n        id\n        code\n        name\n      }\n    }\n    organisations {\n      id\n      name\n      country\n    }\n  }\n"): (typeof documents)["\n  query NewEmbedPage {\n    embedMunicipalities {\n      id\n      country\n      name\n      neighbours {\n        id\n        code\n        name\n      }\n    }\n    organisations {\n      id\n      name\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEmbed($input: CreateEmbedInput!) {\n    createEmbed(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEmbed($input: CreateEmbedInput!) {\n    createEmbed(input: $input) {\n      id\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ArchiveGroup($input: EditInput!) {\n    archiveGroup(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveGroup($input: EditInput!) {\n    archiveGroup(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreGroup($input: EditInput!) {\n    restoreGroup(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreGroup($input: EditInput!) {\n    restoreGroup(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditableGroups($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      defaultLanguage\n      units {\n        id\n        name\n      }\n      editableGroups {\n        id\n        archivedAt\n        fields {\n          slug\n          unitId\n          name\n          enrolment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditableGroups($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      defaultLanguage\n      units {\n        id\n        name\n      }\n      editableGroups {\n        id\n        archivedAt\n        fields {\n          slug\n          unitId\n          name\n          enrolment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      ...GroupEditor_group\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      ...GroupEditor_group\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupEditor_group on EditableGroup {\n    id\n    organisationId\n    version\n    archivedAt\n    fields {\n      ...StoredGroupFields\n    }\n    history {\n      id\n      ...HistoryList_change\n    }\n  }\n"): (typeof documents)["\n  fragment GroupEditor_group on EditableGroup {\n    id\n    organisationId\n    version\n    archivedAt\n    fields {\n      ...StoredGroupFields\n    }\n    history {\n      id\n      ...HistoryList_change\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupEditor($id: ID!) {\n    editableGroup(id: $id) {\n      id\n      organisationId\n      ...GroupEditor_group\n    }\n    organisations {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  query GroupEditor($id: ID!) {\n    editableGroup(id: $id) {\n      id\n      organisationId\n      ...GroupEditor_group\n    }\n    organisations {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoredGroupFields on GroupFields {\n    slug\n    unitId\n    venueId\n    municipalityId\n    name\n    description\n    practicalNotes\n    intakeText\n    topics\n    audience\n    ageBand\n    ageMin\n    ageMax\n    format\n    onlineJoinUrl\n    onlineJoinOnRequest\n    languages\n    method\n    promises\n    facilitatorCount\n    starterMeetings\n    schedule {\n      timeZone\n      start\n      durationMinutes\n      rrule\n      exdates\n      rdates\n      moves {\n        from\n        to\n      }\n      pauses {\n        from\n        until\n        reason\n      }\n    }\n    enrolment\n    formingMinimum\n    sizeMin\n    sizeMax\n    placesLeft\n    waitingList\n    pausedUntil\n    contactName\n    contactPhone\n    contactEmail\n    contactUrl\n  }\n"): (typeof documents)["\n  fragment StoredGroupFields on GroupFields {\n    slug\n    unitId\n    venueId\n    municipalityId\n    name\n    description\n    practicalNotes\n    intakeText\n    topics\n    audience\n    ageBand\n    ageMin\n    ageMax\n    format\n    onlineJoinUrl\n    onlineJoinOnRequest\n    languages\n    method\n    promises\n    facilitatorCount\n    starterMeetings\n    schedule {\n      timeZone\n      start\n      durationMinutes\n      rrule\n      exdates\n      rdates\n      moves {\n        from\n        to\n      }\n      pauses {\n        from\n        until\n        reason\n      }\n    }\n    enrolment\n    formingMinimum\n    sizeMin\n    sizeMax\n    placesLeft\n    waitingList\n    pausedUntil\n    contactName\n    contactPhone\n    contactEmail\n    contactUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupFormOptions($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      country\n      defaultLanguage\n      units {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupFormOptions($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      country\n      defaultLanguage\n      units {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupFormVenues($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      venues {\n        id\n        archivedAt\n        fields {\n          name\n          street\n          town\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupFormVenues($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      venues {\n        id\n        archivedAt\n        fields {\n          name\n          street\n          town\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupFormMunicipalities($country: Country!) {\n    municipalities(country: $country) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query GroupFormMunicipalities($country: Country!) {\n    municipalities(country: $country) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HistoryList_change on Change {\n    id\n    madeAt\n    version\n    by\n    byRoleLabel\n    reverts\n    fields {\n      field\n      summary\n    }\n  }\n"): (typeof documents)["\n  fragment HistoryList_change on Change {\n    id\n    madeAt\n    version\n    by\n    byRoleLabel\n    reverts\n    fields {\n      field\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevertChange($input: RevertChangeInput!) {\n    revertChange(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevertChange($input: RevertChangeInput!) {\n    revertChange(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinRequestByToken($token: String!) {\n    joinRequestByToken(token: $token) {\n      groupName\n      kind\n      status\n      askedAt\n    }\n  }\n"): (typeof documents)["\n  query JoinRequestByToken($token: String!) {\n    joinRequestByToken(token: $token) {\n      groupName\n      kind\n      status\n      askedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawJoinRequest($token: String!) {\n    withdrawJoinRequest(token: $token)\n  }\n"): (typeof documents)["\n  mutation WithdrawJoinRequest($token: String!) {\n    withdrawJoinRequest(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinQueuePage($groupId: ID!) {\n    joinQueue(groupId: $groupId) {\n      groupId\n      groupName\n      joinWay\n      formingMinimum\n      accepted\n      sizeMax\n      placesLeft\n      requests {\n        id\n        version\n        kind\n        status\n        alias\n        contactKind\n        contact\n        message\n        note\n        language\n        askedAt\n        updatedAt\n        deleteAfter\n      }\n    }\n    editableGroup(id: $groupId) {\n      id\n      organisationId\n    }\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query JoinQueuePage($groupId: ID!) {\n    joinQueue(groupId: $groupId) {\n      groupId\n      groupName\n      joinWay\n      formingMinimum\n      accepted\n      sizeMax\n      placesLeft\n      requests {\n        id\n        version\n        kind\n        status\n        alias\n        contactKind\n        contact\n        message\n        note\n        language\n        askedAt\n        updatedAt\n        deleteAfter\n      }\n    }\n    editableGroup(id: $groupId) {\n      id\n      organisationId\n    }\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportJoinQueue($groupId: ID!) {\n    exportJoinQueue(groupId: $groupId)\n  }\n"): (typeof documents)["\n  mutation ExportJoinQueue($groupId: ID!) {\n    exportJoinQueue(groupId: $groupId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalDataAccessPage($slug: String!, $first: Int!, $before: DateTimeISO) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n    }\n    personalDataAccess(organisationSlug: $slug, first: $first, before: $before) {\n      at\n      action\n      joinRequestId\n      by\n      groupName\n    }\n  }\n"): (typeof documents)["\n  query PersonalDataAccessPage($slug: String!, $first: Int!, $before: DateTimeISO) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n    }\n    personalDataAccess(organisationSlug: $slug, first: $first, before: $before) {\n      at\n      action\n      joinRequestId\n      by\n      groupName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSubject($slug: String!, $contact: String!) {\n    dataSubjectRequests(organisationSlug: $slug, contact: $contact) {\n      id\n      groupName\n      kind\n      status\n      alias\n      contactKind\n      contact\n      message\n      note\n      language\n      askedAt\n      deleteAfter\n    }\n    dataSubjectMessages(organisationSlug: $slug, contact: $contact) {\n      id\n      groupName\n      alias\n      contactKind\n      contact\n      message\n      language\n      sentAt\n      deliveredAt\n      deleteAfter\n    }\n  }\n"): (typeof documents)["\n  query DataSubject($slug: String!, $contact: String!) {\n    dataSubjectRequests(organisationSlug: $slug, contact: $contact) {\n      id\n      groupName\n      kind\n      status\n      alias\n      contactKind\n      contact\n      message\n      note\n      language\n      askedAt\n      deleteAfter\n    }\n    dataSubjectMessages(organisationSlug: $slug, contact: $contact) {\n      id\n      groupName\n      alias\n      contactKind\n      contact\n      message\n      language\n      sentAt\n      deliveredAt\n      deleteAfter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseDataSubject($slug: String!, $contact: String!) {\n    eraseDataSubject(organisationSlug: $slug, contact: $contact)\n  }\n"): (typeof documents)["\n  mutation EraseDataSubject($slug: String!, $contact: String!) {\n    eraseDataSubject(organisationSlug: $slug, contact: $contact)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeJoinRequest($input: ChangeJoinRequestInput!) {\n    changeJoinRequest(input: $input) {\n      id\n      version\n      status\n      note\n      updatedAt\n      deleteAfter\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeJoinRequest($input: ChangeJoinRequestInput!) {\n    changeJoinRequest(input: $input) {\n      id\n      version\n      status\n      note\n      updatedAt\n      deleteAfter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteJoinRequest($input: EditInput!) {\n    deleteJoinRequest(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteJoinRequest($input: EditInput!) {\n    deleteJoinRequest(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GrantRoleForm_member on Member {\n    id\n    name\n  }\n"): (typeof documents)["\n  fragment GrantRoleForm_member on Member {\n    id\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationTable_invitation on Invitation {\n    id\n    email\n    role\n    expiresAt\n  }\n"): (typeof documents)["\n  fragment InvitationTable_invitation on Invitation {\n    id\n    email\n    role\n    expiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawInvitation($input: WithdrawInvitationInput!) {\n    withdrawInvitation(input: $input)\n  }\n"): (typeof documents)["\n  mutation WithdrawInvitation($input: WithdrawInvitationInput!) {\n    withdrawInvitation(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberTable_member on Member {\n    id\n    name\n    email\n    secondFactorEnabled\n    memberships {\n      id\n      role\n      organisation {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n      groupName\n      ...MembershipList_membership\n    }\n  }\n"): (typeof documents)["\n  fragment MemberTable_member on Member {\n    id\n    name\n    email\n    secondFactorEnabled\n    memberships {\n      id\n      role\n      organisation {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n      groupName\n      ...MembershipList_membership\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($input: RevokeRoleInput!) {\n    revokeRole(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokeRole($input: RevokeRoleInput!) {\n    revokeRole(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetSecondFactor($input: ResetSecondFactorInput!) {\n    resetSecondFactor(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetSecondFactor($input: ResetSecondFactorInput!) {\n    resetSecondFactor(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationCard_organisation on Organisation {\n    slug\n    name\n    isDemo\n    ...OrganisationContact_organisation\n    groups(first: $groupsPerOrganisation) {\n      ...GroupsTable_groups\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationCard_organisation on Organisation {\n    slug\n    name\n    isDemo\n    ...OrganisationContact_organisation\n    groups(first: $groupsPerOrganisation) {\n      ...GroupsTable_groups\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationContact_organisation on Organisation {\n    country\n    phone\n    email\n    website\n  }\n"): (typeof documents)["\n  fragment OrganisationContact_organisation on Organisation {\n    country\n    phone\n    email\n    website\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationDetailsSection_organisation on Organisation {\n    id\n    version\n    name\n    website\n    phone\n    email\n    defaultLanguage\n    requestRetentionDays\n  }\n"): (typeof documents)["\n  fragment OrganisationDetailsSection_organisation on Organisation {\n    id\n    version\n    name\n    website\n    phone\n    email\n    defaultLanguage\n    requestRetentionDays\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      ...OrganisationDetailsSection_organisation\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      ...OrganisationDetailsSection_organisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPage($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      units {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationPage($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      units {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationAdmin($slug: String!, $groupsFirst: Int!) {\n    organisation(slug: $slug) {\n      id\n      requireSecondFactor\n      members {\n        id\n        ...MemberTable_member\n        ...GrantRoleForm_member\n      }\n      invitations {\n        id\n        ...InvitationTable_invitation\n      }\n      groups(first: $groupsFirst) {\n        edges {\n          node {\n            id\n            name {\n              text\n              language\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationAdmin($slug: String!, $groupsFirst: Int!) {\n    organisation(slug: $slug) {\n      id\n      requireSecondFactor\n      members {\n        id\n        ...MemberTable_member\n        ...GrantRoleForm_member\n      }\n      invitations {\n        id\n        ...InvitationTable_invitation\n      }\n      groups(first: $groupsFirst) {\n        edges {\n          node {\n            id\n            name {\n              text\n              language\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsPage($locale: Language, $groupsPerOrganisation: Int!) {\n    organisations(locale: $locale) {\n      id\n      ...OrganisationCard_organisation\n    }\n  }\n"): (typeof documents)["\n  query OrganisationsPage($locale: Language, $groupsPerOrganisation: Int!) {\n    organisations(locale: $locale) {\n      id\n      ...OrganisationCard_organisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSecondFactorRequirement($input: SetSecondFactorRequirementInput!) {\n    setSecondFactorRequirement(input: $input) {\n      id\n      requireSecondFactor\n    }\n  }\n"): (typeof documents)["\n  mutation SetSecondFactorRequirement($input: SetSecondFactorRequirementInput!) {\n    setSecondFactorRequirement(input: $input) {\n      id\n      requireSecondFactor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationEditing($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      ...OrganisationDetailsSection_organisation\n      history {\n        id\n        ...HistoryList_change\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationEditing($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      ...OrganisationDetailsSection_organisation\n      history {\n        id\n        ...HistoryList_change\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPage($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitPage($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      organisation {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitAdmin($id: ID!, $groupsFirst: Int!) {\n    unit(id: $id) {\n      id\n      members {\n        id\n        ...MemberTable_member\n        ...GrantRoleForm_member\n      }\n      invitations {\n        id\n        ...InvitationTable_invitation\n      }\n      organisation {\n        id\n        groups(first: $groupsFirst) {\n          edges {\n            node {\n              id\n              name {\n                text\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitAdmin($id: ID!, $groupsFirst: Int!) {\n    unit(id: $id) {\n      id\n      members {\n        id\n        ...MemberTable_member\n        ...GrantRoleForm_member\n      }\n      invitations {\n        id\n        ...InvitationTable_invitation\n      }\n      organisation {\n        id\n        groups(first: $groupsFirst) {\n          edges {\n            node {\n              id\n              name {\n                text\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      version\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      version\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitEditing($id: ID!) {\n    unit(id: $id) {\n      id\n      version\n      name\n      history {\n        id\n        ...HistoryList_change\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitEditing($id: ID!) {\n    unit(id: $id) {\n      id\n      version\n      name\n      history {\n        id\n        ...HistoryList_change\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewVenuePage($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      defaultLanguage\n    }\n  }\n"): (typeof documents)["\n  query NewVenuePage($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      defaultLanguage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      id\n      fields {\n        name\n        latitude\n        longitude\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      id\n      fields {\n        name\n        latitude\n        longitude\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveVenue($input: EditInput!) {\n    archiveVenue(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveVenue($input: EditInput!) {\n    archiveVenue(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreVenue($input: EditInput!) {\n    restoreVenue(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreVenue($input: EditInput!) {\n    restoreVenue(input: $input) {\n      id\n      version\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VenueEditor_venue on EditableVenue {\n    id\n    version\n    archivedAt\n    groupCount\n    fields {\n      name\n      street\n      postalCode\n      town\n      latitude\n      longitude\n      accessibility\n      transportNotes\n    }\n  }\n"): (typeof documents)["\n  fragment VenueEditor_venue on EditableVenue {\n    id\n    version\n    archivedAt\n    groupCount\n    fields {\n      name\n      street\n      postalCode\n      town\n      latitude\n      longitude\n      accessibility\n      transportNotes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) {\n      id\n      ...VenueEditor_venue\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) {\n      id\n      ...VenueEditor_venue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenuePage($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      defaultLanguage\n      venues {\n        id\n        ...VenueEditor_venue\n        fields {\n          name\n        }\n        history {\n          id\n          ...HistoryList_change\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VenuePage($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      defaultLanguage\n      venues {\n        id\n        ...VenueEditor_venue\n        fields {\n          name\n        }\n        history {\n          id\n          ...HistoryList_change\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenuesPage($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      venues {\n        id\n        archivedAt\n        groupCount\n        fields {\n          name\n          street\n          postalCode\n          town\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VenuesPage($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      venues {\n        id\n        archivedAt\n        groupCount\n        fields {\n          name\n          street\n          postalCode\n          town\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;