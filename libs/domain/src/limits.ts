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
  /** Most aliases in one request (a hundred aliases of one search would be a hundred searches). */
  queryAliasesMax: 10,
  /** Most directives in one request. */
  queryDirectivesMax: 10,
  /** Longest query, in GraphQL tokens (names, punctuation, values). */
  queryTokensMax: 3000,
  /**
   * The most a request may cost: each field costs 1, a list asked for with `first: n` n times its
   * item, counts and facets more (README "The API for partners"). The widget's page of 10 groups costs about 1,900.
   */
  queryCostMax: 10_000,
  /** What a count costs (totalCount, each facet): a query of its own. */
  queryCountCost: 50,
  /** Largest answer, in bytes: beyond it the answer is refused instead of sent. */
  responseMaxBytes: 2_000_000,
  /** How far from now, back or ahead, `nextMeetings(from)` may start, in days (expanding a rule to a far year costs time). */
  meetingsFromMaxDays: 400,
  /** Largest accepted request body, in bytes. */
  requestBodyMaxBytes: 100_000,
  /** Longest slug, in characters. */
  slugMaxLength: 80,
  /** Largest radius of a search near a place, in kilometres. */
  radiusMaxKm: 200,
  /** Radius when the caller gives a place but no radius, in kilometres. */
  radiusDefaultKm: 15,
  /** How far a search near a place that finds nothing offers to look (the DISTANCE widening): the widget's widest choice. */
  radiusWidenedKm: 50,
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
