import type { Role } from '@groupfinder/domain';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID } from 'type-graphql';
import { RoleEnum } from '../kernel/enums';
import { OutputType } from '../kernel/output-type';

@OutputType('An invitation sent and not yet accepted.')
export class Invitation {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => String)
  roleLabel: string;

  @Field(() => String, { nullable: true })
  organisationName: string | null;

  @Field(() => String, { nullable: true })
  unitName: string | null;

  @Field(() => String, { nullable: true, description: 'The group an editor is invited to edit, by its name in the caller’s language (else another it is written in).' })
  groupName: string | null;

  @Field(() => GraphQLDateTimeISO)
  expiresAt: Date;
}
