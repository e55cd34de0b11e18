import { responseSourceKey } from '../../bot/domain/response';
import { createRoundDraft } from '../../bot/domain/round';
import { defaultRoundTemplate } from '../../bot/domain/roundTemplate';
import type { RoundTarget } from '../../bot/domain/target';
import { scopeInputs } from '../../bot/domain/themeScope';
import { findThemes } from '../../bot/themes/findThemes';
import type { RoundStores } from '../../bot/usecases/roundServices';
import { labelledSet } from './labelledSets';

/**
 * A closed round holding the first `count` answers of the lessons set, each from its own person,
 * with its round-wide themes computed by the real engine and stored.
 */
export async function themedRound(
  stores: RoundStores,
  roundId: string,
  options: {
    count?: number;
    createdBy?: { id: string; name: string };
    anonymityThreshold?: number;
    /** The round's groups, given its answers' group names; every group together by default. */
    targets?: (groups: string[]) => RoundTarget[];
  } = {},
): Promise<void> {
  const opened = new Date('2026-10-01T07:00:00Z');
  const closed = new Date('2026-10-16T15:00:00Z');
  const draft = createRoundDraft(defaultRoundTemplate('sv'), {
    id: roundId,
    locale: 'sv',
    createdBy: options.createdBy ?? { id: 'oid-karin', name: 'Karin Lindqvist' },
    now: opened,
  });
  await stores.rounds.create({
    ...draft,
    state: 'closed',
    deadline: closed,
    openedAt: opened,
    closedAt: closed,
    updatedAt: closed,
    ...(options.anonymityThreshold !== undefined ? { anonymityThreshold: options.anonymityThreshold } : {}),
  });
  const answers = labelledSet('lessons-sv.jsonl').slice(0, options.count ?? 120);
  const groups = [...new Set(answers.map((answer) => answer.group ?? 'g'))];
  await stores.targets.replace(
    roundId,
    options.targets?.(groups) ??
      groups.map((groupId) => ({ roundId, groupId, mode: 'together' as const, members: [] })),
  );
  await Promise.all(
    answers.map((answer, i) =>
      stores.responses.record({
        roundId,
        groupId: answer.group ?? 'g',
        questionNumber: answer.question ?? 1,
        author: { id: `p${i}`, name: `Person ${i}` },
        text: answer.text,
        source: 'card',
        sourceKey: responseSourceKey({
          kind: 'card',
          personId: `p${i}`,
          questionNumber: answer.question ?? 1,
        }),
        createdAt: opened,
        updatedAt: opened,
        withdrawnAt: null,
      }),
    ),
  );
  const inputs = scopeInputs(
    { kind: 'round' },
    (await stores.responses.forRound(roundId)).map((entry) => entry.value),
  );
  await stores.themes.save({
    roundId,
    scope: 'round',
    engineVersion: 'test',
    inputHash: 'test',
    answerCount: inputs.length,
    computedAt: closed,
    result: JSON.stringify(findThemes(inputs)),
  });
}
