import { ABBREVIATIONS, KEY_WORD_MARK, TOPIC_SYNONYMS, foldForSearch, type TranslatedText } from '@groupfinder/domain';
import { LOCALES, translate } from '@groupfinder/translations';
import type { EntityManager, FindOptionsWhere } from 'typeorm';
import { GroupEntity } from './group.entity';

const texts = (text: TranslatedText | undefined) => Object.values(text ?? {});

const folded = (words: (string | null | undefined)[]) => [...new Set(foldForSearch(words.filter(Boolean).join(' ')).split(' ').filter(Boolean))];

/**
 * Everything a visitor may type to find a group, folded and space-padded so that words can be
 * matched whole: its texts in every language, its organisation, venue and municipality, and the
 * labels and synonyms of its topics and method in all five languages. Then its key words again,
 * each marked (`#aa`): its name (with what an abbreviation in it stands for), place and topics, which short words are matched against, so that
 * "AA" finds AA meetings, not an NA group whose description mentions AA (group.service.ts).
 * Needs the organisation, venue and municipality loaded.
 */
export function searchTextOf(group: GroupEntity): string {
  const method = group.method;
  const name = folded(texts(group.name));
  const key = folded([
    ...name,
    ...name.flatMap((word) => ABBREVIATIONS[word] ?? []),
    group.venue?.postalCode,
    group.venue?.town,
    group.municipality?.name,
    ...group.topics.flatMap((topic) => [...LOCALES.map((locale) => translate(locale, `topic.${topic}`)), ...TOPIC_SYNONYMS[topic]]),
    ...(method ? LOCALES.map((locale) => translate(locale, `method.${method}`)) : []),
  ]);
  const everything = [...new Set([...key, ...folded([...texts(group.description), ...texts(group.practicalNotes), group.organisation?.name, group.venue?.name, group.venue?.street])])];
  return ` ${everything.join(' ')} ${key.map((word) => `${KEY_WORD_MARK}${word}`).join(' ')} `;
}

/** Recomputes the search text of the groups matching `where` (after a rename of what it includes), a page at a time. */
export async function refreshSearchText(db: EntityManager, where: FindOptionsWhere<GroupEntity>): Promise<void> {
  const pageSize = 500;
  for (let page = 0; ; page++) {
    const groups = await db.find(GroupEntity, { where, relations: { organisation: true, venue: true, municipality: true }, order: { id: 'ASC' }, skip: page * pageSize, take: pageSize });
    for (const group of groups) await db.update(GroupEntity, { id: group.id }, { searchText: searchTextOf(group) });
    if (groups.length < pageSize) return;
  }
}
