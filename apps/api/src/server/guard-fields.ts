import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import { accessOf, allows, type Access } from '../kernel/access';
import type { Context } from '../kernel/context';
import { AppError } from '../kernel/errors';

/** Root fields without a mark need a signed-in viewer: closed by default. */
const ROOT_DEFAULT: Access = { roles: [] };

/**
 * Wraps the resolver of every root field, and of every object field marked with @Public or @Allow,
 * with its access rule. Done here rather than with type-graphql's @Authorized, which output types
 * with `simpleResolvers` ignore, and rather than a global middleware, which would run for every field
 * of every group.
 */
export function guardFields(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter(Boolean));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const access = accessOf(field) ?? (roots.has(type) ? ROOT_DEFAULT : undefined);
      if (!access || access === 'public') continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Context, info) => {
        const verdict = allows(access, context.viewer);
        if (verdict !== 'yes') throw new AppError(verdict);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
