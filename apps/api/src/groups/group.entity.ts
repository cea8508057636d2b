import type {
  AgeBand,
  Country,
  Audience,
  EnrolmentState,
  Format,
  GroupPromise,
  Language,
  Method,
  Schedule,
  TopicCode,
  TranslatedText,
} from '@groupfinder/domain';
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

  /** The local unit that runs it, or null when the organisation runs it directly. */
  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId: string | null;

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

  /** RFC 5545 terms in the group's time zone; null while a forming group has not set its time. */
  @Column({ type: 'jsonb', nullable: true })
  schedule: Schedule | null;

  /** The next meeting that is not cancelled, kept by the meetings service for sorting. */
  @Column({ name: 'next_meeting_at', type: 'timestamptz', nullable: true })
  nextMeetingAt: Date | null;

  @Column({ type: 'text' })
  enrolment: EnrolmentState;

  /** A forming group starts when this many have signed up. */
  @Column({ name: 'forming_minimum', type: 'smallint', nullable: true })
  formingMinimum: number | null;

  @Column({ name: 'size_min', type: 'smallint', nullable: true })
  sizeMin: number | null;

  @Column({ name: 'size_max', type: 'smallint', nullable: true })
  sizeMax: number | null;

  /** Null when the organisation does not say. */
  @Column({ name: 'places_left', type: 'smallint', nullable: true })
  placesLeft: number | null;

  @Column({ name: 'paused_until', type: 'date', nullable: true })
  pausedUntil: string | null;

  /** A full or closed group that still takes names for when a place frees (joinWay). */
  @Column({ name: 'waiting_list', type: 'boolean', default: false })
  waitingList: boolean;

  @Column({ name: 'intake_text', type: 'jsonb', default: {} })
  intakeText: TranslatedText;

  @Column({ name: 'practical_notes', type: 'jsonb', default: {} })
  practicalNotes: TranslatedText;

  @Column({ type: 'text', nullable: true })
  method: Method | null;

  @Column({ type: 'text', array: true, default: [] })
  promises: GroupPromise[];

  @Column({ name: 'age_min', type: 'smallint', nullable: true })
  ageMin: number | null;

  @Column({ name: 'age_max', type: 'smallint', nullable: true })
  ageMax: number | null;

  @Column({ name: 'facilitator_count', type: 'smallint', default: 0 })
  facilitatorCount: number;

  /** A volunteer starter joins the first this-many meetings, then the group runs itself. */
  @Column({ name: 'starter_meetings', type: 'smallint', nullable: true })
  starterMeetings: number | null;

  @Column({ name: 'online_join_url', type: 'text', nullable: true })
  onlineJoinUrl: string | null;

  /** The join link is given on request only (for example after an intake conversation). */
  @Column({ name: 'online_join_on_request', type: 'boolean', default: false })
  onlineJoinOnRequest: boolean;

  /** Everything a visitor may type to find the group, folded (see foldForSearch); never shown. */
  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText: string;

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

  /** Where it meets, else its organisation's country; kept by a trigger (migration SearchSpeed). */
  @Column({ type: 'text', insert: false, update: false })
  country: Country;

  /** Raised by every saved edit (see history/versioned-update.ts). */
  @Column({ type: 'integer', insert: false, update: false })
  version: number;

  /** Archived groups leave the finder and keep their history. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', insert: false, update: false })
  updatedAt: Date;
}
