import type { Locale } from '@groupfinder/translations';

/** Who is asking. Sign-in comes with a later issue: until then everyone is anonymous. */
export interface Viewer {
  id: string;
  roles: string[];
}

/**
 * What holds for the whole HTTP request, error formatting included. Apollo copies the context
 * object per operation, so state that must be seen everywhere lives in this shared object.
 */
export interface RequestState {
  /** The caller's language: a root field's `locale` argument, else Accept-Language, else English. */
  locale: Locale;
}

export interface Context {
  request: RequestState;
  viewer: Viewer | null;
}
