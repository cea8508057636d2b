import { IsInt, IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { validationCode } from './validation';

/** What every edit names: the record, and the version it started from (CONFLICT when someone saved since). */
@InputType()
export class EditInput {
  @Field(() => ID)
  @IsUUID('all', validationCode('NOT_FOUND'))
  id: string;

  @Field(() => Int, { description: 'The version the edit started from; CONFLICT when someone saved since.' })
  @IsInt()
  @Min(1)
  version: number;
}
