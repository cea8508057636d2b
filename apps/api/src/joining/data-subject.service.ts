import type { ContactKind, Language, TranslatedText } from '@groupfinder/domain';
import { signedIn } from '../kernel/access';
import type { Context, Viewer } from '../kernel/context';
import { AppError } from '../kernel/errors';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { normaliseContact } from '../privacy/normalise';
import type { KeyRing } from '../privacy/sealed';
import { sealedPlace } from '../privacy/sealed-columns';
import { GroupMessage } from './data-subject.types';
import { groupNameIn } from './notify';
import { openJoinRequest, recordAccess, requestColumns, type AccessedEntry, type RequestRow } from './join-request-view';
import type { JoinRequest } from './queue.types';
import type { PlacesGivenBack } from './join.service';

export interface DataSubjectServiceOptions {
  keys: KeyRing;
  /** Where the places of the person's accepted requests go once they are erased. */
  places: PlacesGivenBack;
}

interface MessageRow {
  id: string;
  group_id: string;
  alias_sealed: string;
  contact_kind: ContactKind;
  contact_sealed: string;
  message_sealed: string;
  language: Language;
  created_at: Date;
  delivered_at: Date | null;
  delete_after: Date;
  name: TranslatedText;
  slug: string;
  default_language: Language;
}


/**
 * A person's rights over what they sent an organisation (GDPR Art. 15 and 17), exercised by the
 * organisation's admins when the person asks: everything stored about an e-mail address or phone
 * number, found through the blind index of the contact (normaliseContact: written any way, it is
 * found), and its erasure. Only the admins of the whole organisation (the controller), not its
 * unit admins or the platform's. Requests to join are read and deleted as the admin, so row-level
 * security checks each statement again; messages to groups, which no admin may otherwise read, as
 * the system, each statement kept to the organisation's groups. Every entry exported or erased is
 * written to the audit, as the admin, never with what it says.
 */
export class DataSubjectService {
  constructor(private readonly options: DataSubjectServiceOptions) {}

  /** The requests to join the organisation's groups of the person with this contact, in order of arrival; audited EXPORTED. */
  async requests(context: Context, organisationSlug: string, contact: string): Promise<JoinRequest[]> {
    const { viewer, organisationId, index } = await this.subject(context, organisationSlug, contact);
    const rows = (await context.db.query(
      `SELECT ${requestColumns('r')}, g.name, g.slug, o.default_language
       FROM join_requests r JOIN groups g ON g.id = r.group_id JOIN organisations o ON o.id = g.organisation_id
       WHERE g.organisation_id = $1 AND r.contact_index = $2 ORDER BY r.created_at, r.id`,
      [organisationId, index],
    )) as (RequestRow & { name: TranslatedText; slug: string; default_language: Language })[];
    await recordAccess(context.db, viewer, organisationId, rows, 'EXPORTED', context.now);
    return rows.map((row) => openJoinRequest(this.options.keys, row, groupNameIn(row.name, context.locale, row.default_language, row.slug)));
  }

  /** The messages to the organisation's groups of the person with this contact, not yet deleted, in order; audited EXPORTED. */
  async messages(context: Context, organisationSlug: string, contact: string): Promise<GroupMessage[]> {
    const { viewer, organisationId, index } = await this.subject(context, organisationSlug, contact);
    const rows = (await context.asSystem((system) =>
      system.query(
        `SELECT m.id, m.group_id, m.alias_sealed, m.contact_kind, m.contact_sealed, m.message_sealed, m.language, m.created_at, m.delivered_at, m.delete_after,
           g.name, g.slug, o.default_language
         FROM group_messages m JOIN groups g ON g.id = m.group_id JOIN organisations o ON o.id = g.organisation_id
         WHERE g.organisation_id = $1 AND m.contact_index = $2 ORDER BY m.created_at, m.id`,
        [organisationId, index],
      ),
    )) as MessageRow[];
    await recordAccess(context.db, viewer, organisationId, rows, 'EXPORTED', context.now);
    return rows.map((row) => {
      const open = (column: string, sealed: string) => this.options.keys.open(sealed, sealedPlace('group_messages', column, row.id));
      return Object.assign(new GroupMessage(), {
        id: row.id,
        groupId: row.group_id,
        groupName: groupNameIn(row.name, context.locale, row.default_language, row.slug),
        alias: open('alias_sealed', row.alias_sealed),
        contactKind: row.contact_kind,
        contact: open('contact_sealed', row.contact_sealed),
        message: open('message_sealed', row.message_sealed),
        language: row.language,
        sentAt: row.created_at,
        deliveredAt: row.delivered_at,
        deleteAfter: row.delete_after,
      });
    });
  }

  /** Deletes at once every request and message of the person with this contact to the organisation's groups (and with them its blind index); audited DELETED. How many. */
  async erase(context: Context, organisationSlug: string, contact: string): Promise<number> {
    const { viewer, organisationId, index } = await this.subject(context, organisationSlug, contact);
    const [requests] = (await context.db.query(
      `DELETE FROM join_requests r USING groups g WHERE g.id = r.group_id AND g.organisation_id = $1 AND r.contact_index = $2 RETURNING r.id, r.group_id, r.status`,
      [organisationId, index],
    )) as [(AccessedEntry & { status: string })[], number];
    // Erased, they are no longer known to the group: the places they were accepted to are free again.
    const accepted = requests.filter((request) => request.status === 'ACCEPTED').map((request) => request.group_id);
    await this.options.places.givePlacesBack(context.db, viewer, accepted, context.now);
    const [messages] = (await context.asSystem((system) =>
      system.query(`DELETE FROM group_messages m USING groups g WHERE g.id = m.group_id AND g.organisation_id = $1 AND m.contact_index = $2 RETURNING m.id, m.group_id`, [
        organisationId,
        index,
      ]),
    )) as [AccessedEntry[], number];
    await recordAccess(context.db, viewer, organisationId, [...requests.map(({ id, group_id }) => ({ id, group_id })), ...messages], 'DELETED', context.now);
    return requests.length + messages.length;
  }

  /** The organisation, which the viewer must administer whole (FORBIDDEN otherwise; NOT_FOUND when there is none), and the blind index of the contact. */
  private async subject(context: Context, organisationSlug: string, contact: string): Promise<{ viewer: Viewer; organisationId: string; index: string }> {
    const viewer = signedIn(context);
    const organisation = await context.db.findOneBy(OrganisationEntity, { slug: organisationSlug });
    if (!organisation) throw new AppError('NOT_FOUND');
    if (!viewer.scope.organisationIds.includes(organisation.id)) throw new AppError('FORBIDDEN');
    return { viewer, organisationId: organisation.id, index: this.options.keys.blindIndex('contact', normaliseContact(contact, organisation.country)) };
  }

}
