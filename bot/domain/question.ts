import { ValidationError } from './errors';

export const questionLimits = { min: 1, max: 10, maxLength: 500 } as const;

/** An open question of a round; `number` is what managers see and write ("1. …"). */
export type Question = {
  number: number;
  text: string;
};

/** Numbers questions 1..n in order and checks the limits a round holds to. */
export function numberQuestions(texts: readonly string[]): Question[] {
  const cleaned = texts.map((text) => text.trim());
  if (cleaned.length < questionLimits.min || cleaned.length > questionLimits.max) {
    throw new ValidationError(
      `A round has ${questionLimits.min}–${questionLimits.max} questions, not ${cleaned.length}`,
      'questions',
      cleaned.length < questionLimits.min ? 'tooFew' : 'tooMany',
      { min: questionLimits.min, max: questionLimits.max, count: cleaned.length },
    );
  }
  return cleaned.map((text, index) => {
    if (text.length === 0) {
      throw new ValidationError(`Question ${index + 1} is empty`, 'questions', 'required', {
        number: index + 1,
      });
    }
    if (text.length > questionLimits.maxLength) {
      throw new ValidationError(
        `Question ${index + 1} is longer than ${questionLimits.maxLength} characters`,
        'questions',
        'tooLong',
        { number: index + 1, max: questionLimits.maxLength, length: text.length },
      );
    }
    return { number: index + 1, text };
  });
}
