import { findPeople } from './log-capture';
import { TEST_PEOPLE, TEST_VISITORS, testVisitor, testVisitorsInTurn } from './test-people';

describe('the test people', () => {
  it('are each their own: no name, address or number is part of another’s, so that finding one finds the right person', () => {
    const values = TEST_PEOPLE.flatMap((person) => [person.name.toLowerCase(), person.email.toLowerCase(), person.phone.replace(/\D/g, '')]);
    expect(new Set(values).size).toBe(values.length);
    const contained = values.filter((value) => values.some((other) => other !== value && other.includes(value)));
    expect(contained).toEqual([]);
  });

  it('are met one after another, and a spec that needs more than there are is told where to add them', () => {
    const next = testVisitorsInTurn();
    expect([next(), next()]).toEqual([TEST_VISITORS[0], TEST_VISITORS[1]]);
    expect(testVisitor(1)).toEqual({ name: 'Mette Kjærbo', email: 'mette.kjaerbo@example.dk', phone: '+45 61 70 00 01' });
    expect(() => testVisitor(TEST_VISITORS.length)).toThrow('add names to test-people.ts');
  });

  it('are all found in a line that holds them as a visitor gives them', () => {
    const capture = TEST_PEOPLE.map((person) => `spec.ts\t{"alias":"${person.name}","contact":"${person.email}","phone":"${person.phone}"}`).join('\n');
    const findings = findPeople(capture, TEST_PEOPLE);
    expect(findings.length).toBe(TEST_PEOPLE.length * 3);
  });
});
