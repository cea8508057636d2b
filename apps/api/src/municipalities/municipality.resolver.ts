import type { Country, Language } from '@groupfinder/domain';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Public } from '../kernel/access';
import { CountryEnum, LanguageEnum } from '../kernel/enums';
import type { Context } from '../kernel/context';
import { MunicipalityService } from './municipality.service';
import { Municipality } from './municipality.type';

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
}
