import { isLocale } from '@groupfinder/translations';
import { defaultFieldResolver, type GraphQLField, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import type { Context } from './context';
import { AppError } from './errors';

/** Marks a query or mutation as open to anyone. Everything else needs a signed-in viewer. */
export function Public(): MethodDecorator {
  return Extensions({ access: 'public' });
}

export function isPublic(field: GraphQLField<unknown, unknown>): boolean {
  return field.extensions['access'] === 'public';
}

/**
 * Wraps every root field (query and mutation) of the schema:
 * - a root field's `locale` argument overrides Accept-Language for the whole response, so that
 *   labels and error messages come in the language the caller asked for;
 * - closed by default: a root field without @Public() refuses anonymous callers.
 * Only root fields are wrapped: a global middleware would run for every field of every group.
 */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const open = isPublic(field);
      field.resolve = (source, args: Record<string, unknown>, context: Context, info) => {
        if (isLocale(args['locale'])) context.request.locale = args['locale'];
        if (!open && context.viewer === null) throw new AppError('UNAUTHENTICATED');
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
