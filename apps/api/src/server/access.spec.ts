import 'reflect-metadata';
import { getNamedType, graphql, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { accessOf, Allow, isPublic, Public } from '../kernel/access';
import { EMPTY_SCOPE, type Context, type Viewer } from '../kernel/context';
import { OutputType } from '../kernel/output-type';
import { guardFields } from './guard-fields';
import { createSchema } from './schema';

function rootFields(schema: GraphQLSchema) {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) => (type ? Object.values(type.getFields()) : []));
}

/** A context for running the schema in-process: enough for the guards, which run before any resolver. */
function contextFor(viewer: Viewer | null): Context {
  return { locale: 'en', viewer, now: new Date(0), db: undefined as never, asSystem: () => Promise.reject(new Error('no db')), becomeViewer: async () => undefined, http: undefined as never, embed: null };
}

const viewer = (scope: Partial<Viewer['scope']> = {}): Viewer => ({ userId: 'u1', sessionId: 's1', secondFactor: false, scope: { ...EMPTY_SCOPE, ...scope } });

describe('access to operations and fields', () => {
  it('opens exactly these operations to anonymous callers; everything else needs a signed-in viewer', async () => {
    const schema = await createSchema();
    const open = rootFields(schema)
      .filter(isPublic)
      .map((field) => field.name)
      .sort();
    expect(open).toEqual([
      'acceptInvitation',
      'askToJoin',
      'embedSettings',
      'group',
      'groups',
      'invitation',
      'joinForm',
      'joinRequestByToken',
      'me',
      'municipalities',
      'organisation',
      'organisations',
      'passwordResetLinkValid',
      'requestPasswordReset',
      'resetPassword',
      'signIn',
      'topics',
      'withdrawJoinRequest',
      'writeToGroup',
    ]);
  });

  it('shows anonymous callers no type that holds what a person sent to join or write to a group', async () => {
    const schema = await createSchema();
    // Every object type an anonymous caller reaches: from the open operations, through fields no role guards.
    const reached = new Set<string>();
    const visit = (field: GraphQLField<unknown, unknown>) => {
      const type = getNamedType(field.type);
      if (!isObjectType(type) || reached.has(type.name)) return;
      reached.add(type.name);
      for (const inner of Object.values(type.getFields())) if (!accessOf(inner)) visit(inner);
    };
    for (const field of rootFields(schema).filter(isPublic)) visit(field);
    for (const personal of ['JoinRequest', 'JoinQueue', 'GroupMessage', 'PersonalDataAccessEntry']) expect(reached).not.toContain(personal);
    expect(reached).toContain('OwnJoinRequest');
    // What a person's link shows them: the group and where their request stands, nothing they typed.
    expect(Object.keys((schema.getType('OwnJoinRequest') as GraphQLObjectType).getFields()).sort()).toEqual(['askedAt', 'groupName', 'groupSlug', 'kind', 'status']);
  });

  it('lists every guarded field of the object types, so that a new one is a decision', async () => {
    const schema = await createSchema();
    const guarded = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .filter((type) => type !== schema.getQueryType() && type !== schema.getMutationType())
      .flatMap((type) => Object.values(type.getFields()).flatMap((field) => (accessOf(field) ? [`${type.name}.${field.name}`] : [])))
      .sort();
    expect(guarded).toEqual(['Organisation.editableGroups', 'Organisation.history', 'Organisation.invitations', 'Organisation.members', 'Organisation.requireSecondFactor', 'Organisation.venues', 'Unit.history', 'Unit.invitations', 'Unit.members']);
  });

  @OutputType()
  class Probe {
    @Field(() => String)
    open: string;

    @Allow('ORGANISATION_ADMIN')
    @Field(() => String, { nullable: true })
    secret: string;
  }

  @ObjectType()
  class PlainProbe {
    @Allow()
    @Field(() => String, { nullable: true })
    note: string;
  }

  @Resolver()
  class ProbeResolver {
    @Query(() => String)
    mine(@Ctx() context: Context): string {
      return `for ${context.viewer?.userId}`;
    }

    @Public()
    @Query(() => String)
    notice(): string {
      return 'open';
    }

    @Public()
    @Query(() => Probe)
    probe(): Probe {
      return Object.assign(new Probe(), { open: 'everyone', secret: 'admins' });
    }

    @Public()
    @Query(() => PlainProbe)
    plain(): PlainProbe {
      return Object.assign(new PlainProbe(), { note: 'signed in' });
    }
  }

  it('refuses an operation nobody marked public to an anonymous caller, and serves it to a signed-in one', async () => {
    const schema = guardFields(await buildSchema({ resolvers: [ProbeResolver] }));
    const refused = await graphql({ schema, source: '{ mine }', contextValue: contextFor(null) });
    expect(refused.errors?.[0]?.extensions['code']).toBe('UNAUTHENTICATED');
    expect(refused.data).toBeNull();
    expect((await graphql({ schema, source: '{ notice }', contextValue: contextFor(null) })).data).toEqual({ notice: 'open' });
    expect((await graphql({ schema, source: '{ mine }', contextValue: contextFor(viewer()) })).data).toEqual({ mine: 'for u1' });
  });

  it('guards a field of a type with simple resolvers: anonymous is UNAUTHENTICATED, a viewer without the role FORBIDDEN', async () => {
    const schema = guardFields(await buildSchema({ resolvers: [ProbeResolver] }));
    const ask = async (who: Viewer | null) => graphql({ schema, source: '{ probe { open secret } plain { note } }', contextValue: contextFor(who) });
    const anonymous = await ask(null);
    expect(anonymous.errors?.map((error) => [error.path?.join('.'), error.extensions['code']])).toEqual([
      ['probe.secret', 'UNAUTHENTICATED'],
      ['plain.note', 'UNAUTHENTICATED'],
    ]);
    const editor = await ask(viewer({ groupIds: ['g1'] }));
    expect(editor.errors?.map((error) => [error.path?.join('.'), error.extensions['code']])).toEqual([['probe.secret', 'FORBIDDEN']]);
    expect(editor.data).toEqual({ probe: { open: 'everyone', secret: null }, plain: { note: 'signed in' } });
    expect((await ask(viewer({ organisationIds: ['o1'] }))).data).toEqual({ probe: { open: 'everyone', secret: 'admins' }, plain: { note: 'signed in' } });
    expect((await ask(viewer({ platformAdmin: true }))).data).toEqual({ probe: { open: 'everyone', secret: 'admins' }, plain: { note: 'signed in' } });
  });
});
