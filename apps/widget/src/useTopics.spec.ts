import { topicOptions } from './useTopics';

describe('topicOptions', () => {
  it('lists every topic in taxonomy order, sub-topics after their parent, in the catalog language', () => {
    const options = topicOptions('da', undefined, undefined);
    expect(options.slice(0, 3)).toEqual([
      { code: 'ADDICTION', label: 'Afhængighed', isSubtopic: false },
      { code: 'ALCOHOL', label: 'Alkohol', isSubtopic: true },
      { code: 'CANNABIS', label: 'Hash og cannabis', isSubtopic: true },
    ]);
    expect(options.find((option) => option.code === 'GRIEF')).toEqual({ code: 'GRIEF', label: 'Sorg', isSubtopic: false });
  });

  it("prefers the API's labels once they are there", () => {
    const options = topicOptions('pl', new Map([['GRIEF', 'Żałoba (API)']]), undefined);
    expect(options.find((option) => option.code === 'GRIEF')?.label).toBe('Żałoba (API)');
  });

  it("narrows to a host's topics and their sub-topics", () => {
    expect(topicOptions('en', undefined, ['ADDICTION', 'GRIEF']).map((option) => option.code)).toEqual([
      'ADDICTION',
      'ALCOHOL',
      'CANNABIS',
      'DRUGS',
      'GAMBLING',
      'MEDICATION',
      'GRIEF',
    ]);
  });
});
