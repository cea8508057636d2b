import 'reflect-metadata';
import { graphql, type GraphQLSchema } from 'graphql';
import { buildSchema, Ctx, Query, Resolver } from 'type-graphql';
import { guardRootFields, isPublic, Public } from '../kernel/access';
import type { Context } from '../kernel/context';
import { createSchema } from './schema';

function rootFields(schema: GraphQLSchema) {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) => (type ? Object.values(type.getFields()) : []));
}

describe('access to operations', () => {
  it('opens exactly these operations to anonymous callers; everything else needs a role', async () => {
    const schema = await createSchema();
    const open = rootFields(schema)
      .filter(isPublic)
      .map((field) => field.name)
      .sort();
    expect(open).toEqual(['group', 'groups', 'municipalities', 'organisations', 'topics']);
  });

  @Resolver()
  class ProbeResolver {
    @Query(() => String)
    secret(@Ctx() context: Context): string {
      return `for ${context.viewer?.id}`;
    }

    @Public()
    @Query(() => String)
    notice(): string {
      return 'open';
    }
  }

  it('refuses an operation nobody marked public to an anonymous caller, and serves it to a signed-in one', async () => {
    const schema = guardRootFields(await buildSchema({ resolvers: [ProbeResolver] }));
    const anonymous: Context = { request: { locale: 'en' }, viewer: null };
    const refused = await graphql({ schema, source: '{ secret }', contextValue: anonymous });
    expect(refused.errors?.[0]?.extensions['code']).toBe('UNAUTHENTICATED');
    expect(refused.data).toBeNull();
    expect((await graphql({ schema, source: '{ notice }', contextValue: anonymous })).data).toEqual({ notice: 'open' });
    const signedIn: Context = { request: { locale: 'en' }, viewer: { id: 'u1', roles: [] } };
    expect((await graphql({ schema, source: '{ secret }', contextValue: signedIn })).data).toEqual({ secret: 'for u1' });
  });
});
