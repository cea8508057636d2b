import type { Language, TopicCode, TranslatedText } from '@groupfinder/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MunicipalityEntity } from '../municipalities/municipality.entity';

/** A municipality's saved finder (libs/domain embeds.ts says what each field means). */
@Entity({ name: 'embeds' })
export class EmbedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Public: it goes in the snippet on the municipality's pages. */
  @Column({ type: 'text' })
  key: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity)
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'neighbour_codes', type: 'text', array: true })
  neighbourCodes: string[];

  @Column({ name: 'include_online', type: 'boolean' })
  includeOnline: boolean;

  @Column({ name: 'online_languages', type: 'text', array: true })
  onlineLanguages: Language[];

  @Column({ type: 'text', array: true })
  topics: TopicCode[];

  @Column({ name: 'organisation_ids', type: 'uuid', array: true })
  organisationIds: string[];

  @Column({ name: 'default_language', type: 'text' })
  defaultLanguage: Language;

  @Column({ name: 'accent_colour', type: 'text' })
  accentColour: string;

  @Column({ type: 'text' })
  font: string;

  @Column({ name: 'allowed_origins', type: 'text', array: true })
  allowedOrigins: string[];

  @Column({ name: 'contact_text', type: 'jsonb' })
  contactText: TranslatedText;

  @Column({ name: 'crisis_text', type: 'jsonb' })
  crisisText: TranslatedText;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
