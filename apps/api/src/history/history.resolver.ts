import { IsUUID } from 'class-validator';
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { Allow, signedIn } from '../kernel/access';
import type { Context } from '../kernel/context';
import { AppError } from '../kernel/errors';
import { validationCode } from '../kernel/validation';
import type { ChangedEntity } from './change.entity';
import { Change } from './change.type';
import type { HistoryService } from './history.service';

@InputType()
export class RevertChangeInput {
  @Field(() => ID)
  @IsUUID('all', validationCode('NOT_FOUND'))
  changeId: string;
}

/** Puts a record's fields back as a change found them, through that record's own write path (so the revert is itself recorded). */
export type Reverter = (context: Context, entityId: string, values: Record<string, unknown>, changeId: string) => Promise<unknown>;

@Resolver(() => Change)
export class HistoryResolver {
  constructor(
    private readonly historyService: HistoryService,
    private readonly reverters: Partial<Record<ChangedEntity, Reverter>>,
  ) {}

  @Allow('PLATFORM_ADMIN', 'ORGANISATION_ADMIN', 'UNIT_ADMIN')
  @Mutation(() => Boolean, { description: 'Admins: undoes one change (itself recorded); REVERT_SUPERSEDED when a later change touched the same fields.' })
  async revertChange(@Arg('input', () => RevertChangeInput) input: RevertChangeInput, @Ctx() context: Context): Promise<boolean> {
    signedIn(context);
    const { change, values } = await this.historyService.revertible(context.db, input.changeId);
    const revert = this.reverters[change.entity];
    if (!revert) throw new AppError('NOT_FOUND');
    await revert(context, change.entityId, values, change.id);
    return true;
  }
}
