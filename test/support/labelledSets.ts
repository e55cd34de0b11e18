import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledAnswer } from '../../bot/themes/resampledEvaluation';

/**
 * A labelled answer set of test/fixtures/themes: the engine is tuned on "lessons-sv.jsonl" and
 * "outage-sv.jsonl"; "heatwave-sv.jsonl" and "storm-sv.jsonl" are held out, to measure on.
 */
export function labelledSet(
  name: 'lessons-sv.jsonl' | 'outage-sv.jsonl' | 'heatwave-sv.jsonl' | 'storm-sv.jsonl',
): LabelledAnswer[] {
  return readFileSync(join(__dirname, '..', 'fixtures', 'themes', name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledAnswer);
}
