import type { TopicCode } from './vocabularies';

/**
 * Folds text for search the same way for stored groups and typed queries: lower case, Nordic and
 * Polish letters spelled out in ASCII ("Søborg" → "soborg", "Łódź" → "lodz", "Kraków" →
 * "krakow"), other marks dropped, anything else a single space.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a search, folded; each must be found (AND). */
export function searchWords(text: string): string[] {
  return [...new Set(foldForSearch(text).split(' ').filter((word) => word.length > 0))];
}

/** Words this short match only whole words of a group's name, place and topics, never its descriptions: "AA" finds AA meetings, not every group that mentions AA. */
export const SHORT_WORD_MAX_LENGTH = 2;

/** The mark before the words of a group's stored search text that short words are matched against. */
export const KEY_WORD_MARK = '#';

/**
 * What a fellowship's abbreviation in a group's name stands for, in the five languages: a group
 * named "Miting AA" is found by "anonimowi alkoholicy" and "alcoholics anonymous" too.
 */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  aa: ['anonyme alkoholikere', 'anonyma alkoholister', 'anonimowi alkoholicy', 'alcoholics anonymous'],
  na: ['anonyme narkomaner', 'anonyma narkomaner', 'anonimowi narkomani', 'narcotics anonymous'],
  ga: ['anonyme ludomaner', 'anonyma spelare', 'anonimowi hazardziści', 'gamblers anonymous'],
};

/**
 * Words people use for a topic, in the five languages, besides its label (no short ones: "AA" and
 * "NA" are the fellowships' names, and "na" a Polish word; their groups carry them in their names): a group about grief is
 * also found by "mistet" (lost) or "żałoba". Stored with each group's searchable text.
 */
export const TOPIC_SYNONYMS: Readonly<Record<TopicCode, readonly string[]>> = {
  ADDICTION: ['afhængighed', 'misbrug', 'rusmidler', 'beroende', 'missbruk', 'avhengighet', 'rus', 'uzależnienie', 'nałóg', 'addiction', 'substance use'],
  ALCOHOL: ['alkohol', 'druk', 'drikker', 'dricker', 'alkoholizm', 'alkoholik', 'alkoholicy', 'picie', 'alcohol', 'drinking'],
  CANNABIS: ['hash', 'hashish', 'marihuana', 'marijuana', 'pot', 'cannabis', 'weed', 'trawka'],
  DRUGS: ['stoffer', 'narkotika', 'droger', 'narkotyki', 'narkomania', 'narkomani', 'drugs', 'kokain', 'amfetamin'],
  GAMBLING: ['ludomani', 'spil', 'spelberoende', 'spelmissbruk', 'pengespill', 'spilleavhengighet', 'hazard', 'gambling', 'betting'],
  MEDICATION: ['medicin', 'piller', 'läkemedel', 'tabletter', 'legemidler', 'leki', 'tabletki', 'medication', 'pills'],
  GRIEF: ['sorg', 'mistet', 'dødsfald', 'död', 'förlust', 'miste', 'tap', 'żałoba', 'strata', 'śmierć', 'grief', 'bereavement', 'loss'],
  CRISIS: ['krise', 'kris', 'kryzys', 'crisis'],
  DIVORCE: ['skilsmisse', 'skilsmässa', 'skilsmässor', 'brud', 'separation', 'rozwód', 'rozstanie', 'divorce', 'break-up'],
  ILLNESS: ['sygdom', 'syg', 'kræft', 'sjukdom', 'cancer', 'sykdom', 'kreft', 'choroba', 'rak', 'illness'],
  MENTAL_HEALTH: ['psykisk', 'angst', 'depression', 'ångest', 'depresjon', 'lęk', 'depresja', 'anxiety', 'mental health'],
  LONELINESS: ['ensomhed', 'ensom', 'ensamhet', 'ensomhet', 'samotność', 'loneliness', 'lonely'],
  SHARED_ACTIVITY: ['sport', 'madlavning', 'aktivitet', 'matlagning', 'matlaging', 'gotowanie', 'cooking', 'activity'],
};
