import { LANGUAGES, type Language, type Schedule, type SchedulePause, type TranslatedText } from '@groupfinder/domain';
import { describePause, describeSchedule, formatLongDate, translate, type Locale, type MessageKey } from '@groupfinder/translations';
import type { FieldChange } from './change.entity';

/** Names of the records a change refers to by id (a unit, a venue, a municipality), as the reader may see them. */
export type ReferenceNames = ReadonlyMap<string, string>;

const REFERENCES = new Set(['unitId', 'venueId', 'municipalityId']);
/** Fields holding a local date 'YYYY-MM-DD', said in words ("16 January 2027"). */
const DATES = new Set(['pausedUntil']);
const TEXTS = new Set(['name', 'description', 'practicalNotes', 'intakeText', 'transportNotes', 'contactText', 'crisisText']);
/** Fields holding a code of a vocabulary, and the prefix of its labels. */
const CODES: Record<string, string> = {
  topics: 'topic',
  audience: 'audience',
  ageBand: 'ageBand',
  format: 'format',
  languages: 'language',
  onlineLanguages: 'language',
  defaultLanguage: 'language',
  method: 'method',
  promises: 'promise',
  enrolment: 'enrolment',
  accessibility: 'accessibility',
};

const isText = (value: unknown): value is TranslatedText => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A local start 'YYYY-MM-DDTHH:mm' in words: "24 December 2026 19:00". */
const when = (local: string, locale: Locale) => `${formatLongDate(local.slice(0, 10), locale)} ${local.slice(11, 16)}`.trim();

const isEmpty = (raw: unknown) => raw === null || raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0);

function value(field: string, raw: unknown, locale: Locale, names: ReferenceNames): string {
  if (isEmpty(raw)) return translate(locale, 'history.empty');
  if (typeof raw === 'boolean') return translate(locale, raw ? 'history.yes' : 'history.no');
  if (REFERENCES.has(field) && typeof raw === 'string') return names.get(raw) ?? raw;
  if (DATES.has(field) && typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw)) return formatLongDate(raw, locale);
  const prefix = CODES[field];
  if (prefix) {
    const label = (code: unknown) => translate(locale, `${prefix}.${prefix === 'language' ? String(code).toLowerCase() : String(code)}` as MessageKey);
    return Array.isArray(raw) ? raw.map(label).join(', ') : label(raw);
  }
  if (typeof raw === 'string' || typeof raw === 'number') return String(raw);
  // A list of plain values (an embed's sites, its online languages' codes): said as a list, not as JSON.
  if (Array.isArray(raw) && raw.every((item) => typeof item === 'string' || typeof item === 'number')) return raw.map((item) => names.get(String(item)) ?? String(item)).join(', ');
  return JSON.stringify(raw);
}

function textParts(label: string, old: TranslatedText, next: TranslatedText, locale: Locale): string[] {
  return LANGUAGES.filter((language) => (old[language] ?? '') !== (next[language] ?? '')).map((language: Language) => {
    const values = { field: label, language: translate(locale, `language.${language}`), old: old[language] ?? '', new: next[language] ?? '' };
    if (!old[language]) return translate(locale, 'history.textAdded', values);
    if (!next[language]) return translate(locale, 'history.textRemoved', values);
    return translate(locale, 'history.textChanged', values);
  });
}

function scheduleParts(label: string, old: Schedule | null, next: Schedule | null, locale: Locale, now: Date): string[] {
  const rule = (schedule: Schedule | null) => {
    if (!schedule) return translate(locale, 'history.empty');
    try {
      return `${describeSchedule(schedule, locale, { now })} (${schedule.timeZone})`;
    } catch {
      return schedule.rrule ?? schedule.start;
    }
  };
  const ruleOf = (schedule: Schedule | null) => schedule && [schedule.timeZone, schedule.start, schedule.durationMinutes, schedule.rrule].join('|');
  // A schedule given where there was none is set, one taken away emptied, as any other field.
  if (!old && next) return [translate(locale, 'history.fieldSet', { field: label, new: rule(next) })];
  if (old && !next) return [translate(locale, 'history.fieldEmptied', { field: label, old: rule(old) })];
  if (!old || !next) return [];
  const parts: string[] = [];
  if (ruleOf(old) !== ruleOf(next)) parts.push(translate(locale, 'history.fieldChanged', { field: label, old: rule(old), new: rule(next) }));
  const added = <T>(from: T[], to: T[], key: (item: T) => string) => to.filter((item) => !from.some((other) => key(other) === key(item)));
  const same = (item: string) => item;
  for (const date of added(old.exdates, next.exdates, same)) parts.push(translate(locale, 'history.meetingCancelled', { date: when(date, locale) }));
  for (const date of added(next.exdates, old.exdates, same)) parts.push(translate(locale, 'history.meetingReinstated', { date: when(date, locale) }));
  for (const date of added(old.rdates, next.rdates, same)) parts.push(translate(locale, 'history.meetingAdded', { date: when(date, locale) }));
  for (const date of added(next.rdates, old.rdates, same)) parts.push(translate(locale, 'history.meetingRemoved', { date: when(date, locale) }));
  const move = (item: { from: string; to: string }) => `${item.from}>${item.to}`;
  for (const item of added(old.moves, next.moves, move)) parts.push(translate(locale, 'history.meetingMoved', { from: when(item.from, locale), to: when(item.to, locale) }));
  for (const item of added(next.moves, old.moves, move)) parts.push(translate(locale, 'history.meetingMoveUndone', { from: when(item.from, locale), to: when(item.to, locale) }));
  const pause = (item: SchedulePause) => `${item.from}>${item.until}>${JSON.stringify(item.reason)}`;
  const said = (item: SchedulePause) => describePause(item, locale, locale, { now });
  for (const item of added(old.pauses, next.pauses, pause)) parts.push(translate(locale, 'history.pauseAdded', { pause: said(item) }));
  for (const item of added(next.pauses, old.pauses, pause)) parts.push(translate(locale, 'history.pauseRemoved', { pause: said(item) }));
  return parts;
}

/**
 * One field of a change in plain words, in the reader's language: "changed the name in Swedish
 * from … to …", "cancelled the meeting on 24 December 2026 19:00", "archived it". A field that
 * changed in several ways says each, joined by semicolons. Dates are said as of when the change was made.
 */
export function summariseFieldChange(change: FieldChange, locale: Locale, names: ReferenceNames, madeAt: Date): string {
  const label = translate(locale, `field.${change.field}` as MessageKey);
  if (change.field === 'archivedAt') return translate(locale, change.new ? 'history.archived' : 'history.unarchived');
  if (TEXTS.has(change.field) && isText(change.old ?? {}) && isText(change.new ?? {})) {
    return textParts(label, (change.old ?? {}) as TranslatedText, (change.new ?? {}) as TranslatedText, locale).join('; ');
  }
  if (change.field === 'schedule') return scheduleParts(label, change.old as Schedule | null, change.new as Schedule | null, locale, madeAt).join('; ');
  const [old, next] = [value(change.field, change.old, locale, names), value(change.field, change.new, locale, names)];
  // A field that had nothing (a record just made, a phone number added) is set; one left with nothing is emptied.
  if (isEmpty(change.old) && !isEmpty(change.new)) return translate(locale, 'history.fieldSet', { field: label, new: next });
  if (!isEmpty(change.old) && isEmpty(change.new)) return translate(locale, 'history.fieldEmptied', { field: label, old });
  return translate(locale, 'history.fieldChanged', { field: label, old, new: next });
}
