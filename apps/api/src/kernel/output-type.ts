import { ObjectType } from 'type-graphql';

/**
 * An object type of the API. Its fields are read as plain properties or getters (GraphQL's default
 * resolver): type-graphql's own per-field resolver (for field middlewares and auth, which no field
 * uses; access is decided at the root fields) costs more than a page's data.
 */
export function OutputType(description?: string): ClassDecorator {
  return ObjectType({ description, simpleResolvers: true });
}
