import { ValidationError } from '../../bot/domain/errors';
import { numberQuestions, questionLimits } from '../../bot/domain/question';
import { createRoundDraft, roundContent } from '../../bot/domain/round';
import { defaultRoundTemplate } from '../../bot/domain/roundTemplate';

const karin = { id: 'oid-karin', name: 'Karin Lindqvist' };

describe('the default round template', () => {
  it('reproduces the crisis-management office’s request in Swedish', () => {
    const template = defaultRoundTemplate('sv');

    expect(template.title).toBe('Samlade lärdomar – hur arbetar vi/har arbetat under pandemin');
    expect(template.purpose).toContain('Detta är inte en traditionell utvärdering');
    expect(template.questions).toEqual([
      'Vilka är de viktigaste lärdomarna inför framtiden?',
      'Vilka är de mest betydelsefulla förändringar som ni har genomfört?',
      'Vad har varit mest utmanande?',
      'Vad har varit mest avgörande?',
    ]);
    expect(template.reflectionHint).toBe(
      'Reflektera särskilt över perspektiven att prioritera och att agera under osäkerhet och stress.',
    );
    expect(template.outOfScope).toHaveLength(3);
    expect(template.outOfScope.join(' ')).toMatch(/Sommarbemanningen.*Krisorganisationen/);
  });

  it('has an English version with as many questions and notes', () => {
    const sv = defaultRoundTemplate('sv');
    const en = defaultRoundTemplate('en');

    expect(en.questions).toHaveLength(sv.questions.length);
    expect(en.outOfScope).toHaveLength(sv.outOfScope.length);
    expect(en.questions[0]).toBe('What are the most important lessons for the future?');
  });

  it('gives a copy that can be edited without changing the template', () => {
    const template = defaultRoundTemplate('sv');
    (template.questions as string[]).push('Extra');

    expect(defaultRoundTemplate('sv').questions).toHaveLength(4);
  });
});

describe('a round draft', () => {
  it('numbers the questions and starts as a draft without a deadline', () => {
    const now = new Date('2026-10-01T08:00:00Z');

    const round = createRoundDraft(defaultRoundTemplate('sv'), {
      id: 'r1',
      locale: 'sv',
      createdBy: karin,
      now,
    });

    expect(round.state).toBe('draft');
    expect(round.deadline).toBeNull();
    expect(round.questions.map((question) => question.number)).toEqual([1, 2, 3, 4]);
    expect(round.createdAt).toBe(now);
  });

  it('trims texts and drops empty out-of-scope notes', () => {
    const content = roundContent({
      title: '  Lärdomar  ',
      purpose: '',
      questions: ['  Vad lärde ni er? '],
      reflectionHint: '',
      outOfScope: ['', '  Sommaren  '],
    });

    expect(content.title).toBe('Lärdomar');
    expect(content.questions).toEqual([{ number: 1, text: 'Vad lärde ni er?' }]);
    expect(content.outOfScope).toEqual(['Sommaren']);
  });

  it.each([
    ['no title', { title: '   ' }, 'title'],
    ['a title over 200 characters', { title: 'x'.repeat(201) }, 'title'],
    ['no questions', { questions: [] }, 'questions'],
    ['eleven questions', { questions: Array.from({ length: 11 }, (_, i) => `Fråga ${i}`) }, 'questions'],
    ['an empty question', { questions: ['Bra', ' '] }, 'questions'],
    ['a question over 500 characters', { questions: ['x'.repeat(501)] }, 'questions'],
    ['eleven out-of-scope notes', { outOfScope: Array.from({ length: 11 }, () => 'x') }, 'outOfScope'],
  ])('refuses %s', (_name, change, field) => {
    const input = { ...defaultRoundTemplate('sv'), ...change };

    expect(() => roundContent(input)).toThrow(ValidationError);
    try {
      roundContent(input);
    } catch (error) {
      expect((error as ValidationError).field).toBe(field);
    }
  });

  it('accepts exactly the limits', () => {
    const questions = Array.from({ length: questionLimits.max }, () => 'x'.repeat(questionLimits.maxLength));

    expect(numberQuestions(questions)).toHaveLength(10);
  });
});
