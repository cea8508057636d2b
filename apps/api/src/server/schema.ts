import 'reflect-metadata';
import '../kernel/enums';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type AuthChecker, type ContainerType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { GroupConnectionResolver, GroupResolver } from '../groups/group.resolver';
import { GroupService } from '../groups/group.service';
import { MunicipalityResolver } from '../municipalities/municipality.resolver';
import { MunicipalityService } from '../municipalities/municipality.service';
import { OrganisationResolver } from '../organisations/organisation.resolver';
import { OrganisationService } from '../organisations/organisation.service';
import { PlaceService } from '../places/place.service';
import { TopicResolver } from '../topics/topic.resolver';
import { guardRootFields } from '../kernel/access';
import type { Context } from '../kernel/context';

export const RESOLVERS = [GroupResolver, GroupConnectionResolver, OrganisationResolver, MunicipalityResolver, TopicResolver] as const;

/** The resolvers with their services: plain constructors, no injection framework. */
export function createResolvers(dataSource: DataSource, options: { countCacheSeconds: number }): ContainerType {
  const groups = new GroupService(dataSource, new PlaceService(dataSource), options);
  const instances = new Map<unknown, unknown>([
    [GroupResolver, new GroupResolver(groups)],
    [GroupConnectionResolver, new GroupConnectionResolver()],
    [OrganisationResolver, new OrganisationResolver(new OrganisationService(dataSource), groups)],
    [MunicipalityResolver, new MunicipalityResolver(new MunicipalityService(dataSource))],
    [TopicResolver, new TopicResolver()],
  ]);
  return {
    get(resolverClass) {
      const instance = instances.get(resolverClass);
      if (!instance) throw new Error(`No instance for ${String(resolverClass)}`);
      return instance;
    },
  };
}

const authChecker: AuthChecker<Context> = ({ context }, roles) =>
  context.viewer !== null && roles.every((role) => context.viewer?.roles.includes(role));

/** The schema; without a container (printing it), resolvers are never called. */
export async function createSchema(container?: ContainerType): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: RESOLVERS, container, authChecker, validate: { forbidUnknownValues: false } });
  return guardRootFields(schema);
}
