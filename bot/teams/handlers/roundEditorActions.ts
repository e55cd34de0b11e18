import type { TurnContext } from 'botbuilder';
import { newRoundCard } from '../../cards/newRoundCard';
import type { AdaptiveCard } from '../../cards/renderCard';
import { roundEditorCard } from '../../cards/roundEditorCard';
import { roundPreviewCard } from '../../cards/roundPreviewCard';
import { ValidationError } from '../../domain/errors';
import type { Group } from '../../domain/group';
import type { Locale } from '../../domain/locale';
import type { Member } from '../../domain/person';
import { clockTime } from '../../domain/stockholmTime';
import { describeError } from '../../i18n/errorMessage';
import { format, messagesFor } from '../../i18n/messages';
import { changesFromForm, formFromRound, type RoundForm } from '../../usecases/roundForm';
import { parseEditorSubmission, roundIdData } from '../forms/editorSubmission';
import { cardActionStatusCard } from '../liveStatus';
import type { TeamsAppDeps } from '../teamsAppDeps';
import { type CoordinatorOperations, coordinating } from '../turnCaller';
import { turnLocale } from '../turnServices';

/** "ny runda": where a new round starts. */
export async function newRoundStart(
  coordinator: CoordinatorOperations,
  locale: Locale,
): Promise<AdaptiveCard> {
  return newRoundCard(await coordinator.toCopy(), locale);
}

export function createRound(deps: TeamsAppDeps) {
  return async (context: TurnContext, data: Record<string, unknown>) => {
    const locale = turnLocale(context, deps.defaultLocale);
    const copyFrom = typeof data.copyFrom === 'string' ? data.copyFrom : '';
    const from = data.from === 'copy' && copyFrom ? { copyOf: copyFrom } : { template: locale };
    const createdBy = {
      id: context.activity.from.aadObjectId ?? context.activity.from.id,
      name: context.activity.from.name ?? '',
    };
    const draft = await (await coordinating(context, deps)).createDraft(from, createdBy, deps.now());
    return editor(deps, formFromRound(draft, await deps.app.rounds.targets(draft.id)), locale);
  };
}

export function editRound(deps: TeamsAppDeps) {
  return async (context: TurnContext, data: Record<string, unknown>) => {
    const locale = turnLocale(context, deps.defaultLocale);
    const { roundId } = roundIdData.parse(data);
    const { round, targets } = await (await coordinating(context, deps)).withTargets(roundId);
    if (round.state !== 'draft') return cardActionStatusCard(deps, context, roundId);
    return editor(deps, formFromRound(round, targets), locale);
  };
}

/** Saves the editor; a broken rule re-draws the editor with what was typed and what to fix. */
export function saveRound(deps: TeamsAppDeps) {
  return async (context: TurnContext, data: Record<string, unknown>) => {
    const locale = turnLocale(context, deps.defaultLocale);
    const form = parseEditorSubmission(data);
    const saved = await trySave(deps, await coordinating(context, deps), form, locale);
    if (!saved.ok) return saved.card;
    const time = clockTime(deps.now(), locale);
    return editor(deps, form, locale, [], format(messagesFor(locale).rounds.editor.saved, { time }));
  };
}

/** Saves, then checks everything a launch needs before showing the prompt as groups will see it. */
export function previewRound(deps: TeamsAppDeps) {
  return async (context: TurnContext, data: Record<string, unknown>) => {
    const locale = turnLocale(context, deps.defaultLocale);
    const form = parseEditorSubmission(data);
    const coordinator = await coordinating(context, deps);
    const saved = await trySave(deps, coordinator, form, locale);
    if (!saved.ok) return saved.card;
    const [preview, groupList] = await Promise.all([
      coordinator.preview(form.roundId, deps.now()),
      deps.app.groups.list(locale),
    ]);
    const groups = new Map(groupList.map((group) => [group.id, group]));
    if (preview.kind === 'invalid') {
      return editor(deps, form, locale, [
        describeError(preview.error, locale, memberGroupName(preview.error, groups)),
      ]);
    }
    const { round, targets } = preview;
    const chosen = targets.flatMap((target) => {
      const group = groups.get(target.groupId);
      return group ? [{ name: group.name, mode: target.mode }] : [];
    });
    return roundPreviewCard({ ...round, deadline: round.deadline as Date }, chosen, locale, deps.now());
  };
}

export function launch(deps: TeamsAppDeps) {
  return async (context: TurnContext, data: Record<string, unknown>) => {
    const locale = turnLocale(context, deps.defaultLocale);
    const { roundId } = roundIdData.parse(data);
    const coordinator = await coordinating(context, deps);
    try {
      await coordinator.launch(roundId, deps.now());
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const { round, targets } = await coordinator.withTargets(roundId);
      const groups = new Map((await deps.app.groups.list(locale)).map((group) => [group.id, group]));
      return editor(deps, formFromRound(round, targets), locale, [
        describeError(error, locale, memberGroupName(error, groups)),
      ]);
    }
    deps.inBackground('record team rosters', () => deps.app.teams.recordRostersOfRound(roundId));
    return cardActionStatusCard(deps, context, roundId, {
      text: messagesFor(locale).rounds.status.launched,
      tone: 'good',
    });
  };
}

export function removeDraft(deps: TeamsAppDeps) {
  return async (context: TurnContext, data: Record<string, unknown>) => {
    const locale = turnLocale(context, deps.defaultLocale);
    const { roundId } = roundIdData.parse(data);
    const deleted = await (await coordinating(context, deps)).deleteDraft(roundId);
    return format(messagesFor(locale).rounds.editor.deleted, { title: deleted.title });
  };
}

async function trySave(
  deps: TeamsAppDeps,
  coordinator: CoordinatorOperations,
  form: RoundForm,
  locale: Locale,
): Promise<{ ok: true } | { ok: false; card: AdaptiveCard }> {
  const members = await membersFor(deps, form);
  try {
    await coordinator.saveDraft(
      form.roundId,
      changesFromForm(form, (groupId) => members.get(groupId) ?? []),
      deps.now(),
    );
    return { ok: true };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return {
      ok: false,
      card: await editor(deps, form, locale, [describeError(error, locale)], undefined, members),
    };
  }
}

/** The team roster of each group that answers individually, read once per team. */
async function rostersFor(deps: TeamsAppDeps, form: RoundForm): Promise<Map<string, Member[]>> {
  const individual = Object.entries(form.modes).filter(([, mode]) => mode === 'individual');
  if (individual.length === 0) return new Map();
  const groups = new Map((await deps.app.groups.list(deps.defaultLocale)).map((group) => [group.id, group]));
  const byTeam = new Map<string, Member[]>();
  const rosters = new Map<string, Member[]>();
  for (const [groupId] of individual) {
    const group = groups.get(groupId);
    if (!group) continue;
    if (!byTeam.has(group.teamId)) byTeam.set(group.teamId, await deps.rosterOf(group.teamId));
    rosters.set(groupId, byTeam.get(group.teamId) ?? []);
  }
  return rosters;
}

/**
 * Who is asked in each group answering individually: the members the coordinator ticked, or the
 * whole team when the group has just been switched to answering individually.
 */
async function membersFor(deps: TeamsAppDeps, form: RoundForm): Promise<Map<string, Member[]>> {
  const rosters = await rostersFor(deps, form);
  return new Map(
    [...rosters].map(([groupId, roster]) => {
      const chosen = form.memberChoices[groupId];
      return [groupId, chosen ? roster.filter((member) => chosen.includes(member.userId)) : roster];
    }),
  );
}

async function editor(
  deps: TeamsAppDeps,
  form: RoundForm,
  locale: Locale,
  errors: string[] = [],
  saved?: string,
  /** Members just chosen, when the form could not be saved with them. */
  unsaved?: Map<string, Member[]>,
): Promise<AdaptiveCard> {
  const [groups, targets, rosters] = await Promise.all([
    deps.app.groups.list(locale),
    deps.app.rounds.targets(form.roundId),
    rostersFor(deps, form),
  ]);
  const members = unsaved ?? new Map(targets.map((target) => [target.groupId, target.members]));
  return roundEditorCard(
    { form, groups, members, rosters, errors, ...(saved ? { saved } : {}), now: deps.now() },
    locale,
  );
}

function memberGroupName(error: ValidationError, groups: Map<string, Group>): Record<string, string> {
  const groupId = error.params.groupId;
  return typeof groupId === 'string' ? { group: groups.get(groupId)?.name ?? groupId } : {};
}
