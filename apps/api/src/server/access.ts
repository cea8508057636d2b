import { Extensions, type MiddlewareFn } from 'type-graphql';
import type { GraphQLField } from 'graphql';
import type { Context } from './context';
import { AppError } from './errors';

/** Marks a query or mutation as open to anyone. Everything else needs a signed-in viewer. */
export function Public(): MethodDecorator {
  return Extensions({ access: 'public' });
}

export function isPublic(field: GraphQLField<unknown, unknown>): boolean {
  return field.extensions['access'] === 'public';
}

/** Closed by default: a root field without @Public() refuses anonymous callers. */
export const closedByDefault: MiddlewareFn<Context> = ({ info, context }, next) => {
  const isRoot = info.parentType === info.schema.getQueryType() || info.parentType === info.schema.getMutationType();
  if (isRoot) {
    const field = info.parentType.getFields()[info.fieldName];
    if (!field || (!isPublic(field) && context.viewer === null)) throw new AppError('UNAUTHENTICATED');
  }
  return next();
};
