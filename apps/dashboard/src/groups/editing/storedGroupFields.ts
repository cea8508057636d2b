import { graphql } from '../../gql';

/** Every field of a group as stored: what the form starts from, and what a conflict is compared with. */
export const StoredGroupFieldsFragment = graphql(`
  fragment StoredGroupFields on GroupFields {
    slug
    unitId
    venueId
    municipalityId
    name
    description
    practicalNotes
    intakeText
    topics
    audience
    ageBand
    ageMin
    ageMax
    format
    onlineJoinUrl
    onlineJoinOnRequest
    languages
    method
    promises
    facilitatorCount
    starterMeetings
    schedule {
      timeZone
      start
      durationMinutes
      rrule
      exdates
      rdates
      moves {
        from
        to
      }
      pauses {
        from
        until
        reason
      }
    }
    enrolment
    formingMinimum
    sizeMin
    sizeMax
    placesLeft
    waitingList
    pausedUntil
    contactName
    contactPhone
    contactEmail
    contactUrl
  }
`);
