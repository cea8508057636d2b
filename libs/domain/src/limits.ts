/** Limits shared by the API's validation and the clients that respect them. */
export const LIMITS = {
  /** Groups per page when the caller does not say. */
  pageSizeDefault: 20,
  /** The largest page a caller may ask for. */
  pageSizeMax: 50,
  /** Longest free-text search, in characters. */
  searchTextMaxLength: 100,
  /** Deepest GraphQL selection accepted. */
  queryDepthMax: 8,
  /** Largest accepted request body, in bytes. */
  requestBodyMaxBytes: 100_000,
  /** Longest slug, in characters. */
  slugMaxLength: 80,
  /** Largest radius of a search near a place, in kilometres. */
  radiusMaxKm: 200,
  /** Radius when the caller gives a place but no radius, in kilometres. */
  radiusDefaultKm: 15,
  /** Furthest ahead "starting within" may look, in days. */
  startsWithinMaxDays: 60,
  /** Most meetings one group lists at a time. */
  meetingsMax: 20,
  /** Oldest age, in years, a search by age (and a group's age range) may give; the youngest is 0. */
  ageMax: 120,
  /** A search counts its groups up to this many and then says "more than" (a count of all can cost a scan of all). */
  countMax: 1000,
  /** Shortest password: length is what makes a password strong, not composition rules (NIST SP 800-63B). */
  passwordMinLength: 12,
  /** Longest password; argon2 hashes any length, this only bounds the work. */
  passwordMaxLength: 256,
  /** Longest e-mail address (RFC 5321). */
  emailMaxLength: 254,
  /** Longest name of a person or a unit. */
  nameMaxLength: 200,
  /** Longest text an organisation writes about a group or venue, per language, in characters. */
  textMaxLength: 4000,
  /** Longest address line, contact name or web address, in characters. */
  lineMaxLength: 300,
  /** Most facilitators a group may list. */
  facilitatorsMax: 20,
  /** Largest group size, forming minimum, places left or starter meetings. */
  groupNumberMax: 500,
} as const;
