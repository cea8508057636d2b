import type { AgeBand, Audience, EnrolmentState, Format, Language, TopicCode, TranslatedText, Weekday } from '@groupfinder/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { VenueEntity } from '../venues/venue.entity';

@Entity({ name: 'groups' })
export class GroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  /** Null for a group that meets online only. */
  @Column({ name: 'venue_id', type: 'uuid', nullable: true })
  venueId: string | null;

  @ManyToOne(() => VenueEntity)
  @JoinColumn({ name: 'venue_id' })
  venue?: VenueEntity | null;

  /** Where it meets (or will meet, while forming); null for online groups. */
  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => MunicipalityEntity)
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity | null;

  @Column({ type: 'jsonb' })
  name: TranslatedText;

  @Column({ type: 'jsonb', default: {} })
  description: TranslatedText;

  @Column({ type: 'text', array: true })
  topics: TopicCode[];

  @Column({ type: 'text' })
  audience: Audience;

  @Column({ name: 'age_band', type: 'text', nullable: true })
  ageBand: AgeBand | null;

  @Column({ type: 'text' })
  format: Format;

  /** Languages spoken in the group. */
  @Column({ type: 'text', array: true })
  languages: Language[];

  /** Null, with the times, while a forming group has not set its time yet. */
  @Column({ type: 'text', nullable: true })
  weekday: Weekday | null;

  /** Wall-clock "HH:MM:SS" in `timeZone`. */
  @Column({ name: 'start_time', type: 'time', nullable: true })
  startTime: string | null;

  @Column({ name: 'end_time', type: 'time', nullable: true })
  endTime: string | null;

  /** IANA time zone of the schedule. */
  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  @Column({ type: 'text' })
  enrolment: EnrolmentState;

  @Column({ name: 'contact_name', type: 'text', nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ name: 'contact_url', type: 'text', nullable: true })
  contactUrl: string | null;

  /** Invented for the demo: never to be mistaken for a real group. */
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', insert: false, update: false })
  updatedAt: Date;
}
