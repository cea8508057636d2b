import { Field, ID } from 'type-graphql';
import { OutputType } from '../kernel/output-type';
import { Membership } from './membership.type';

@OutputType('A person with roles in a scope the caller administers. Only admins of that scope see them.')
export class Member {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;

  @Field(() => Boolean)
  secondFactorEnabled: boolean;

  @Field(() => [Membership], { description: 'Their roles within the scope asked about.' })
  memberships: Membership[];
}
