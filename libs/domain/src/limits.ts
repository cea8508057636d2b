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
} as const;
