/**
 * The people of the API tests who ask to join a group or write to one: made-up names, e-mail
 * addresses and phone numbers, and the only ones the specs give the API as a visitor's. The
 * suite's log capture (log-capture.ts) fails the run when any of them reaches the log.
 */
export interface TestPerson {
  /** What they give as their first name or alias. */
  readonly name: string;
  readonly email: string;
  /** International, spaced as people write it: `+45 61 70 00 00`. */
  readonly phone: string;
}

// Surnames no word of a log line is; no name, address or number is part of another's (test-people.spec.ts).
const FIRST_NAMES = ['Ane', 'Mette', 'Søren', 'Freja', 'Kasper', 'Ingrid', 'Bjørn', 'Sigrid', 'Linnea', 'Vilhelm', 'Agnieszka', 'Łukasz', 'Zofia', 'Tomasz', 'Eline', 'Henrik', 'Maja', 'Jonas', 'Ebba', 'Wiktor'];
const SURNAMES = ['Kjærbo', 'Vindeløv', 'Trøjborg', 'Ravnkilde', 'Skovsende', 'Brøndlund', 'Østerhøj', 'Lykkebo', 'Wiśniowska', 'Åkerlind'];

/** A name as the part of an e-mail address people make of it: `Søren` → `soeren`. */
function ascii(name: string): string {
  const spelled: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ł: 'l', ś: 's' };
  return [...name.toLowerCase()].map((letter) => spelled[letter] ?? letter).join('');
}

/** Two hundred visitors, each with a Danish mobile number. */
export const TEST_VISITORS: readonly TestPerson[] = SURNAMES.flatMap((surname, row) =>
  FIRST_NAMES.map((first, column) => {
    const digits = String(row * FIRST_NAMES.length + column).padStart(5, '0');
    return { name: `${first} ${surname}`, email: `${ascii(first)}.${ascii(surname)}@example.dk`, phone: `+45 61 7${digits[0]} ${digits.slice(1, 3)} ${digits.slice(3)}` };
  }),
);

/** Visitors from the other countries the widget speaks the language of, with their numbers as written there. */
export const TEST_VISITORS_ABROAD = {
  poland: { name: 'Halina Wróblewska', email: 'halina.wroblewska@example.pl', phone: '+48 601 234 567' },
  norway: { name: 'Solveig Haugland', email: 'solveig.haugland@example.no', phone: '+47 912 34 567' },
  sweden: { name: 'Ylva Lindqvist', email: 'ylva.lindqvist@example.se', phone: '+46 70 123 45 67' },
} as const satisfies Record<string, TestPerson>;

/** Everyone above: whom the log capture looks for. */
export const TEST_PEOPLE: readonly TestPerson[] = [...TEST_VISITORS, ...Object.values(TEST_VISITORS_ABROAD)];

/** The visitor at `index` of TEST_VISITORS. */
export function testVisitor(index: number): TestPerson {
  const person = TEST_VISITORS[index];
  if (!person) throw new Error(`There are ${TEST_VISITORS.length} test visitors; add names to test-people.ts for more`);
  return person;
}

/** A spec's visitors, one after another: each call a person the spec has not met yet. */
export function testVisitorsInTurn(): () => TestPerson {
  let next = 0;
  return () => testVisitor(next++);
}
