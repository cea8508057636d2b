import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestState } from '../kernel/context';

/**
 * The state of the HTTP request being served. Apollo's formatError has no access to the
 * GraphQL context, yet writes messages in the caller's language: both read this one object.
 */
export const requestScope = new AsyncLocalStorage<RequestState>();
