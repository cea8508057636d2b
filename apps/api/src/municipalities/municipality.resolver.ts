import { LIMITS, type Country, type Language } from '@groupfinder/domain';
import { IsUUID, Length } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, Public, signedIn } from '../kernel/access';
import { validationCode } from '../kernel/validation';
import { CountryEnum, LanguageEnum } from '../kernel/enums';
import type { Context } from '../kernel/context';
import { MunicipalityService } from './municipality.service';
import { Municipality } from './municipality.type';

@InputType()
export class RenameMunicipalityInput {
  @Field(() => ID)
  @IsUUID('all', validationCode('NOT_FOUND'))
  id: string;

  @Field(() => String)
  @Length(1, LIMITS.nameMaxLength, validationCode('NAME_INVALID', { max: LIMITS.nameMaxLength }))
  name: string;
}

@Resolver(() => Municipality)
export class MunicipalityResolver {
  constructor(private readonly municipalityService: MunicipalityService) {}

  @Public()
  @Query(() => [Municipality], { description: 'Public. The municipalities known to the platform, by country and name.' })
  async municipalities(
    @Ctx() context: Context,
    @Arg('country', () => CountryEnum, { nullable: true }) country?: Country,
    @Arg('locale', () => LanguageEnum, { nullable: true }) _locale?: Language,
  ): Promise<Municipality[]> {
    return (await this.municipalityService.list(context.db, country)).map(Municipality.from);
  }

  @FieldResolver(() => [Municipality], { description: 'The municipalities bordering it, by name.' })
  async neighbours(@Root() municipality: Municipality, @Ctx() context: Context): Promise<Municipality[]> {
    return (await this.municipalityService.neighbours(context.db, municipality.id)).map(Municipality.from);
  }

  @Allow('PLATFORM_ADMIN')
  @Mutation(() => Municipality, { description: 'Platform admins: a municipality’s new name; the text search finds its groups by it at once.' })
  async renameMunicipality(@Arg('input', () => RenameMunicipalityInput) input: RenameMunicipalityInput, @Ctx() context: Context): Promise<Municipality> {
    return Municipality.from(await this.municipalityService.rename(context.db, signedIn(context), input.id, input.name));
  }
}
