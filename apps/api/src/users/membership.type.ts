import type { Role } from '@groupfinder/domain';
import { translate, type Locale, type MessageKey } from '@groupfinder/translations';
import { Field, ID } from 'type-graphql';
import { groupNameFor } from '../joining/notify';
import { RoleEnum } from '../kernel/enums';
import { OutputType } from '../kernel/output-type';
import { Municipality } from '../municipalities/municipality.type';
import { Organisation } from '../organisations/organisation.type';
import { Unit } from '../units/unit.type';
import type { MembershipEntity } from './membership.entity';

export const roleLabel = (role: Role, locale: Locale) => translate(locale, `role.${role}` as MessageKey);

@OutputType('One role of a person, in its scope: the organisation, unit, group or municipality it applies to (none for a platform admin).')
export class Membership {
  @Field(() => ID)
  id: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => String, { description: 'The role in the caller’s language.' })
  roleLabel: string;

  @Field(() => Organisation, { nullable: true })
  organisation: Organisation | null;

  @Field(() => Unit, { nullable: true })
  unit: Unit | null;

  @Field(() => String, { nullable: true, description: 'The group an editor is assigned to.' })
  groupSlug: string | null;

  @Field(() => String, { nullable: true, description: 'That group’s name, in the caller’s language when it has one (else another it is written in).' })
  groupName: string | null;

  @Field(() => Municipality, { nullable: true })
  municipality: Municipality | null;

  /** From an entity loaded with its scope's relations (see MEMBERSHIP_RELATIONS). */
  static from(entity: MembershipEntity, locale: Locale): Membership {
    return Object.assign(new Membership(), {
      id: entity.id,
      role: entity.role,
      roleLabel: roleLabel(entity.role, locale),
      organisation: entity.organisation ? Organisation.from(entity.organisation) : null,
      unit: entity.unit ? Unit.from(entity.unit) : null,
      groupSlug: entity.group?.slug ?? null,
      groupName: entity.group ? groupNameFor(entity.group, locale) : null,
      municipality: entity.municipality ? Municipality.from(entity.municipality) : null,
    });
  }
}

export const MEMBERSHIP_RELATIONS = { organisation: true, unit: true, group: { organisation: true }, municipality: true } as const;
