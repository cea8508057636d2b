import type { Role } from '@groupfinder/domain';
import type { Locale } from '@groupfinder/translations';
import { GraphQLDateTimeISO, GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int } from 'type-graphql';
import { RoleEnum } from '../kernel/enums';
import { OutputType } from '../kernel/output-type';
import { roleLabel } from '../users/membership.type';
import type { ChangeEntity, FieldChange as FieldChangeValue } from './change.entity';
import { summariseFieldChange, type ReferenceNames } from './field-summary';

@OutputType('One field of a change, from what to what.')
export class FieldChange {
  @Field(() => String)
  field: string;

  @Field(() => GraphQLJSON, { nullable: true })
  old: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  new: unknown;

  @Field(() => String, { description: 'In plain words, in the caller’s language: changed the name from “A” to “B”.' })
  summary: string;

  static from(change: FieldChangeValue, locale: Locale, names: ReferenceNames, madeAt: Date): FieldChange {
    return Object.assign(new FieldChange(), { ...change, summary: summariseFieldChange(change, locale, names, madeAt) });
  }
}

@OutputType('A saved edit: who, when, which fields. Seen only within the organisation’s scope.')
export class Change {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLDateTimeISO)
  madeAt: Date;

  @Field(() => Int, { description: 'The version the change made.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'Who made it, when the caller may see that person.' })
  by: string | null;

  @Field(() => RoleEnum, { nullable: true, description: 'The role it was made in (also when `by` is not shown); null when the platform made it, or it was made before roles were kept.' })
  byRole: Role | null;

  @Field(() => String, { nullable: true, description: 'byRole in the caller’s language.' })
  byRoleLabel: string | null;

  @Field(() => [FieldChange])
  fields: FieldChange[];

  @Field(() => ID, { nullable: true, description: 'The change this one reverted.' })
  reverts: string | null;

  static from(change: ChangeEntity, by: string | null, locale: Locale, names: ReferenceNames): Change {
    return Object.assign(new Change(), {
      id: change.id,
      madeAt: change.madeAt,
      version: change.version,
      by,
      byRole: change.byRole,
      byRoleLabel: change.byRole ? roleLabel(change.byRole, locale) : null,
      fields: change.fields.map((field) => FieldChange.from(field, locale, names, change.madeAt)),
      reverts: change.reverts,
    });
  }
}
