import type { en } from './locales/en';

/** Every message key; English defines them. */
export type MessageKey = keyof typeof en;

/** What a language must provide: every key, nothing more. A missing key fails the type-check. */
export type Catalog = { readonly [K in MessageKey]: string };
