import { LIMITS, type JoinRequestStatus } from '@groupfinder/domain';
import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { EditInput } from '../kernel/edit.input';
import { validationCode } from '../kernel/validation';
import { JoinRequestStatusEnum } from './join.types';

/** A change to a request in the queue, from the version it started from; what is left out stays as it is. */
@InputType()
export class ChangeJoinRequestInput extends EditInput {
  @Field(() => JoinRequestStatusEnum, { nullable: true, description: 'ACCEPTED takes a place (GROUP_FULL when none is left); the person is told by e-mail.' })
  @IsOptional()
  status?: JoinRequestStatus | null;

  @Field(() => String, { nullable: true, description: 'The organisation’s own note, without health details: a blank one removes it, null leaves it as it is. INVALID_INPUT at `note` when too long or not plain text.' })
  note?: string | null;
}

@ArgsType()
export class PersonalDataAccessArgs {
  @Field(() => String)
  organisationSlug: string;

  @Field(() => Int, { defaultValue: LIMITS.pageSizeMax, description: `How many, 1 to ${LIMITS.pageSizeMax}; a page never ends inside one instant, so it may hold more.` })
  @Min(1, validationCode('PAGE_SIZE_OUT_OF_RANGE', { max: LIMITS.pageSizeMax }))
  @Max(LIMITS.pageSizeMax, validationCode('PAGE_SIZE_OUT_OF_RANGE', { max: LIMITS.pageSizeMax }))
  first: number = LIMITS.pageSizeMax;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Only what happened before this instant: the `at` of the last entry of the previous page.' })
  @IsOptional()
  before?: Date | null;
}
