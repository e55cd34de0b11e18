/** Themes found for one scope of a round, as stored for the tab. */
export type StoredThemes = {
  roundId: string;
  /** `round`, `question|<n>`, `group|<group id>` or `group|<group id>|question|<n>`. */
  scope: string;
  engineVersion: string;
  /** A hash of the answers and the engine version: equal means nothing to recompute. */
  inputHash: string;
  answerCount: number;
  computedAt: Date;
  /** The engine's result, as JSON. */
  result: string;
};

/** The round-wide scopes of a round, or those of one of its groups. */
export type ThemePart = { kind: 'round' } | { kind: 'group'; groupId: string };
