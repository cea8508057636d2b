import { isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage, ObjectType } from 'type-graphql';

/**
 * An object type of the API. Its fields are read as plain properties or getters (GraphQL's default
 * resolver): type-graphql's own per-field resolver (for field middlewares and auth, which no field
 * uses; access is decided at the root fields) costs more than a page's data. Getters need
 * readGettersDirectly on the built schema.
 */
export function OutputType(description?: string): ClassDecorator {
  return ObjectType({ description, simpleResolvers: true });
}

function hasGetter(target: { prototype: unknown }, property: string): boolean {
  for (let prototype = target.prototype as object | null; prototype && prototype !== Object.prototype; prototype = Object.getPrototypeOf(prototype) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, property);
    if (descriptor) return descriptor.get !== undefined;
  }
  return false;
}

/**
 * Fields that are getters of their class read as plain properties. type-graphql gives every getter
 * a resolver of its own even with `simpleResolvers` (a class check, the middleware chain and a
 * method check per call, a few hundred calls for a page of groups); GraphQL's default resolver
 * reads the same value. Fields with middlewares or roles, or a @FieldResolver of a resolver class,
 * keep type-graphql's.
 */
export function readGettersDirectly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const resolved = new Set(storage.fieldResolvers.filter((resolver) => resolver.kind === 'external').map((resolver) => `${resolver.getObjectType?.().name}.${resolver.methodName}`));
  for (const field of storage.fields) {
    if (field.middlewares?.length || field.roles || resolved.has(`${field.target.name}.${field.name}`) || !hasGetter(field.target, field.name)) continue;
    const typeName = storage.objectTypes.find((objectType) => objectType.target === field.target)?.name;
    const type = typeName === undefined ? undefined : schema.getType(typeName);
    const schemaField = isObjectType(type) ? type.getFields()[field.schemaName] : undefined;
    if (!schemaField) continue;
    const property = field.name;
    schemaField.resolve = property === field.schemaName ? undefined : (source: Record<string, unknown>) => source[property];
  }
  return schema;
}
