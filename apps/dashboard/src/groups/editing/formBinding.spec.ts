import { controlId, fieldId, problemsUnder } from './formBinding';

describe('fieldId', () => {
  it('turns a field’s path into an id a link can name', () => {
    expect(fieldId('slug')).toBe('group-slug');
    expect(fieldId('name.da')).toBe('group-name-da');
    expect(fieldId('schedule.exdates[0]')).toBe('group-schedule-exdates-0');
  });
});

describe('controlId', () => {
  it('finds the control a problem is about: a text’s language, the schedule editor, or the field', () => {
    expect(controlId('name.da')).toBe('group-name-da');
    expect(controlId('name')).toBe('group-name');
    expect(controlId('schedule.exdates[0]')).toBe('group-schedule');
    expect(controlId('sizeMax')).toBe('group-sizeMax');
  });
});

describe('problemsUnder', () => {
  it('gives the schedule editor its problems, relative to the schedule', () => {
    const problems = [
      { field: 'schedule.rrule', code: 'RRULE_UNPARSABLE', message: 'The repeat rule could not be read.' },
      { field: 'schedule', code: 'TOO_MANY_EXCEPTIONS', message: 'Too many.' },
      { field: 'schedule.exdates[0]', code: 'EXDATE_INVALID', message: 'Not a date.' },
      { field: 'sizeMax', code: 'NUMBER_OUT_OF_RANGE', message: 'Too large.' },
    ];
    expect(problemsUnder(problems, 'schedule')).toEqual([
      { path: 'rrule', message: 'The repeat rule could not be read.' },
      { path: '', message: 'Too many.' },
      { path: 'exdates[0]', message: 'Not a date.' },
    ]);
  });
});
