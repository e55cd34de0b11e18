import { type Caller, requireCoordinator } from '../domain/caller';
import type { Locale } from '../domain/locale';
import { messageIntent } from '../domain/messageIntent';
import type { Person } from '../domain/person';
import type { LiveStatusCard } from '../domain/statusCard';
import type { ThemePart } from '../domain/storedThemes';
import type { SeenTeam } from '../domain/team';
import { type AnswerFilter, answerList } from './answerList';
import { type AnswerTarget, answerTarget, type MessagePlace } from './answerTarget';
import { type CardAnswerInput, cardAnswerState, saveCardAnswers, withdrawCardAnswers } from './cardAnswers';
import { type CardActor, cardPlaceFor } from './cardPlace';
import { assignMessageAnswer, editMessageAnswer, withdrawMessageAnswer } from './changeMessageAnswer';
import { latestRoundThemes } from './chatThemes';
import {
  compilationDraft,
  compilationHistory,
  editCompilation,
  publishCompilation,
} from './compilationEditing';
import { createDraft, type DraftChanges, deleteDraft, saveDraft } from './draftRound';
import type { Effects } from './effects';
import { groupNameLookup, groupsOverview, listGroups, renameGroups } from './groupDirectory';
import {
  membersJoinedTeam,
  membersLeftTeam,
  type RosterOf,
  recordRostersOfRound,
  recordTeamRoster,
} from './groupMemberships';
import { teamRemoved, teamSeen } from './installedTeams';
import { launchRound } from './launchRound';
import { callerGroups, roundsForCaller } from './listRounds';
import { closeRoundEarly, extendRoundDeadline, retryFailedDeliveries } from './manageRound';
import { type MessageAnswer, recordChosenAnswer, recordMessageAnswer } from './recordMessageAnswer';
import { remindNow } from './remindNow';
import { removeSampleRound } from './removeSampleRound';
import { roundForCaller } from './roundAccess';
import { remindChoices, roundsToCopy } from './roundChoices';
import { nameCompilers } from './roundCompilers';
import { previewDraft, roundTargets, roundWithTargets } from './roundEditing';
import type { RoundReads } from './roundReads';
import type { RoundStores } from './roundServices';
import { overviewStatuses, roundStatus } from './roundStatus';
import { rememberStatusCard, statusCardsToRedraw } from './statusCards';

/**
 * Every operation a person can trigger, bound once to the stores and the after-effects. Adapters
 * (chat, tab) get this and nothing of storage: they parse, call one operation, and render.
 */
type DropFirst<T extends unknown[]> = T extends [unknown, ...infer Rest] ? Rest : never;

export function createApplication(deps: {
  stores: RoundStores;
  effects: Effects;
  /** Reads a team's roster from Teams (the Teams adapter knows how). */
  rosterOf: RosterOf;
  /** Told when a team's roster could not be recorded; the team keeps what it had. */
  rosterFailed: (teamId: string, error: unknown) => void;
  /** A round's answers and stored themes, shared for a few seconds between the tab's polls. */
  reads: RoundReads;
}) {
  const { stores, effects, rosterOf, rosterFailed, reads } = deps;
  return {
    answers: {
      targetOf: (place: MessagePlace, readAt: number) => answerTarget(stores, place, readAt),
      record: (answer: MessageAnswer) => recordMessageAnswer(stores.responses, effects, answer),
      /** A short chat message its author confirmed as an answer to the question they chose. */
      recordChosen: (answer: Parameters<typeof recordChosenAnswer>[2]) =>
        recordChosenAnswer(stores.responses, effects, answer),
      /** Whether a chat message is an answer, to be asked about, or no answer at all. */
      intent: (target: AnswerTarget, text: string, now: Date) => messageIntent(text, target.round, now),
      edit: (answer: MessageAnswer) => editMessageAnswer(stores.responses, effects, answer),
      withdraw: (input: Parameters<typeof withdrawMessageAnswer>[2]) =>
        withdrawMessageAnswer(stores.responses, effects, input),
      assign: (input: Parameters<typeof assignMessageAnswer>[2]) =>
        assignMessageAnswer(stores, effects, input),
      cardPlace: (claim: { roundId: string; groupId: string }, actor: CardActor) =>
        cardPlaceFor(stores, claim, actor),
      saveCard: (input: CardAnswerInput) => saveCardAnswers(stores.responses, effects, input),
      withdrawCard: (input: Parameters<typeof withdrawCardAnswers>[2]) =>
        withdrawCardAnswers(stores.responses, effects, input),
      cardState: (input: Parameters<typeof cardAnswerState>[1]) => cardAnswerState(stores.responses, input),
    },
    rounds: {
      targets: (roundId: string) => roundTargets(stores, roundId),
      byId: async (roundId: string) => (await stores.rounds.get(roundId)).value,
      /** The rounds the caller may see, each with the progress of the groups they may see. */
      forCaller: (caller: Caller, now: Date) =>
        roundsForCaller(stores, caller, { now, answers: (roundId) => reads.answers(roundId) }),
      /** One round, its targets and what the caller may see of it; ForbiddenError for outsiders. */
      oneForCaller: (caller: Caller, roundId: string) => roundForCaller(stores, caller, roundId),
      status: (roundId: string, answers?: ReturnType<RoundReads['answers']>) =>
        roundStatus(stores, roundId, answers),
      answers: (roundId: string) => reads.answers(roundId),
      storedThemes: (roundId: string, part: ThemePart) => reads.themes(roundId, part),
      /** The answers a caller may read, filtered, searched and paged. */
      answerList: (caller: Caller, roundId: string, filter: AnswerFilter) =>
        answerList(stores, caller, roundId, filter),
      /** Published compilations and their state, as readers see them (no overlay). */
      compilations: (roundId: string) => stores.compilations.publishedForRound(roundId),
      /** Someone is looking at themes not stored yet: they are computed soon, not in the request. */
      wantThemes: (roundId: string) => effects.themesWanted(roundId),
      statusCardsToRedraw: (roundId: string) => statusCardsToRedraw(stores, roundId),
    },
    /**
     * What only coordinators may do, for this caller: refused here (ForbiddenError) for anyone
     * else, so no adapter can reach these operations without saying who asks.
     */
    coordinate: (caller: Caller) => {
      requireCoordinator(caller);
      return {
        toCopy: () => roundsToCopy(stores),
        createDraft: (from: { template: Locale } | { copyOf: string }, createdBy: Person, now: Date) =>
          createDraft(stores, from, createdBy, now),
        saveDraft: (roundId: string, changes: DraftChanges, now: Date) =>
          saveDraft(stores, roundId, changes, now),
        deleteDraft: (roundId: string) => deleteDraft(stores, roundId),
        withTargets: (roundId: string) => roundWithTargets(stores, roundId),
        preview: (roundId: string, now: Date) => previewDraft(stores, roundId, now),
        launch: (roundId: string, now: Date) => launchRound(stores, effects, roundId, now),
        extend: (roundId: string, deadline: Date, now: Date) =>
          extendRoundDeadline(stores, effects, roundId, deadline, now),
        close: (roundId: string, now: Date) => closeRoundEarly(stores, effects, roundId, now),
        retry: (roundId: string, now: Date) => retryFailedDeliveries(stores, effects, roundId, now),
        remind: (input: Parameters<typeof remindNow>[2]) => remindNow(stores, effects, input),
        remindChoices: (locale: Locale) => remindChoices(stores, locale),
        removeSample: () => removeSampleRound(stores, effects),
        overview: (now: Date) => overviewStatuses(stores, now),
        rememberStatusCard: (card: LiveStatusCard) => rememberStatusCard(stores, card),
        latestThemes: (locale: Locale) => latestRoundThemes(stores, effects, locale),
        renameGroups: (names: ReadonlyMap<string, string>, locale: Locale) =>
          renameGroups(stores, names, locale),
      };
    },
    /** The compilation of a round's themes: its compilers correct and publish (refused for anyone else). */
    compilation: {
      draft: (caller: Caller, roundId: string, scope: string) =>
        compilationDraft(stores, caller, roundId, scope),
      edit: (...input: DropFirst<Parameters<typeof editCompilation>>) => editCompilation(stores, ...input),
      publish: (...input: DropFirst<Parameters<typeof publishCompilation>>) =>
        publishCompilation(stores, ...input),
      history: (caller: Caller, roundId: string) => compilationHistory(stores, caller, roundId),
      /** Who compiles a round beside the coordinators (coordinators name them). */
      nameCompilers: (...input: DropFirst<Parameters<typeof nameCompilers>>) =>
        nameCompilers(stores, ...input),
    },
    groups: {
      list: (locale: Locale) => listGroups(stores, locale),
      names: (locale: Locale) => groupNameLookup(stores, locale),
      overview: (locale: Locale) => groupsOverview(stores, locale),
      /** Every group the caller answers in. */
      ofCaller: (caller: Caller) => callerGroups(stores, caller),
    },
    teams: {
      seen: (team: SeenTeam, now: Date) => teamSeen(stores, team, now),
      removed: (teamId: string, now: Date) => teamRemoved(stores, teamId, now),
      byId: (teamId: string) => stores.teams.get(teamId),
      installed: () => stores.teams.list(),
      recordRostersOfRound: (roundId: string) =>
        recordRostersOfRound(stores, rosterOf, roundId, rosterFailed),
      recordRoster: (team: Parameters<typeof recordTeamRoster>[2]) =>
        recordTeamRoster(stores, rosterOf, team, rosterFailed),
      membersJoined: (teamId: string, members: Parameters<typeof membersJoinedTeam>[2]) =>
        membersJoinedTeam(stores, teamId, members),
      membersLeft: (teamId: string, members: Parameters<typeof membersLeftTeam>[2]) =>
        membersLeftTeam(stores, teamId, members),
    },
  };
}

/** What the adapters call. */
export type Application = ReturnType<typeof createApplication>;

export type { AnswerTarget, MessagePlace };
