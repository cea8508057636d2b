import type { Role } from '@groupfinder/domain';
import { Field } from 'type-graphql';
import { RoleEnum } from '../kernel/enums';
import { OutputType } from '../kernel/output-type';

@OutputType('What an invitation link offers, shown before it is accepted.')
export class InvitationPreview {
  @Field(() => String, { description: 'The address invited: the account is created for it, or is the one of that address.' })
  email: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => String, { description: 'The role in the caller’s language.' })
  roleLabel: string;

  @Field(() => String, { nullable: true })
  organisationName: string | null;

  @Field(() => String, { nullable: true })
  unitName: string | null;

  @Field(() => String, { nullable: true, description: 'The group an editor is invited to edit, by its name in the caller’s language (else another it is written in).' })
  groupName: string | null;

  @Field(() => Boolean, { description: 'The address has an account already: accepting asks for its password, not a new one.' })
  existingAccount: boolean;
}
