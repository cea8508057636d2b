import type { Role } from '@groupfinder/domain';
import type { GraphQLField } from 'graphql';
import { Extensions } from 'type-graphql';
import type { Scope, Viewer } from './context';
import { AppError } from './errors';

/**
 * Who may read a query, a mutation or a field. Root fields are closed by default (a signed-in
 * viewer); object fields are open unless marked. The server wraps every marked field once, when
 * the schema is built (see server/guard-fields.ts), so that `simpleResolvers` stays fast for the rest.
 */
export type Access = 'public' | { roles: readonly Role[] };

/** Open to anyone, signed in or not. */
export function Public(): MethodDecorator & PropertyDecorator {
  return Extensions({ access: 'public' satisfies Access });
}

/** Needs one of these roles (in any scope: the service then checks the scope); none given: any signed-in viewer. */
export function Allow(...roles: Role[]): MethodDecorator & PropertyDecorator {
  return Extensions({ access: { roles } satisfies Access });
}

export function accessOf(field: GraphQLField<unknown, unknown>): Access | undefined {
  return field.extensions['access'] as Access | undefined;
}

export function isPublic(field: GraphQLField<unknown, unknown>): boolean {
  return accessOf(field) === 'public';
}

/** The roles a scope holds somewhere. */
export function rolesOf(scope: Scope): Role[] {
  const roles: Role[] = [];
  if (scope.platformAdmin) roles.push('PLATFORM_ADMIN');
  if (scope.organisationIds.length > 0) roles.push('ORGANISATION_ADMIN');
  if (scope.unitIds.length > 0) roles.push('UNIT_ADMIN');
  if (scope.groupIds.length > 0) roles.push('EDITOR');
  if (scope.municipalityIds.length > 0) roles.push('MUNICIPALITY_EDITOR');
  return roles;
}

/** Whether a viewer passes an access rule; a platform admin passes every role. */
export function allows(access: Access, viewer: Viewer | null): 'yes' | 'UNAUTHENTICATED' | 'FORBIDDEN' {
  if (access === 'public') return 'yes';
  if (!viewer) return 'UNAUTHENTICATED';
  if (access.roles.length === 0 || viewer.scope.platformAdmin) return 'yes';
  const held = rolesOf(viewer.scope);
  return access.roles.some((role) => held.includes(role)) ? 'yes' : 'FORBIDDEN';
}

/** The viewer of a guarded operation (the guard has already refused anonymous callers). */
export function signedIn(context: { viewer: Viewer | null }): Viewer {
  if (!context.viewer) throw new AppError('UNAUTHENTICATED');
  return context.viewer;
}
