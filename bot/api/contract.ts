/**
 * The tab's HTTP API: what each route answers, as types both sides share (the tab imports these
 * types only). Times are ISO 8601 strings in UTC; the tab shows them in Europe/Stockholm.
 *
 *   GET  /api/dev/users                 local mode only: the demo people (DevUser[])
 *   GET  /api/dev/token?user=<id>       local mode only: { token } signed by the local key
 *   GET  /api/me                        Me
 *   GET  /api/rounds                    { rounds: RoundSummary[] } the rounds the caller may see
 *   GET  /api/rounds/:id/status         RoundStatusView (coordinator: all groups; member: own group)
 *        takes `?group=<id>` for one group (a member asking for another group's: 403)
 *   GET  /api/rounds/:id/themes         RoundThemesView (anonymity applied): the round-wide scopes
 *        for coordinators and leadership, plus those of the groups asked for with `?group=<id>`
 *        (at most two, repeated for side by side); a member gets their own group's
 *   POST /api/rounds/:id/remind         { groupId?: string, confirmed?: boolean } → ActionResult (coordinator)
 *        within two hours of an earlier reminder: 409 with `lastReminderAt`; send again with confirmed: true
 *   POST /api/rounds/:id/extend         { deadline: string }           → ActionResult (coordinator)
 *        deadline: ISO 8601 with offset ("2026-10-23T15:00:00Z")
 *   POST /api/rounds/:id/close          {}                             → ActionResult (coordinator)
 *   POST /api/rounds/:id/retry          {}                             → ActionResult (coordinator)
 *   POST /api/rounds/:id/compilers      { compilers: string[] } → { compilers } (coordinator; sign-in addresses, at most 20)
 *   POST /api/rounds/:id/remove         {}                             → ActionResult (coordinator; the sample round only)
 *
 * Every /api route but /api/dev/* needs `Authorization: Bearer <token>`. Errors answer ErrorBody
 * with 400, 401, 403, 404, 409 or 500, and 503 when tab sign-in is not configured (production
 * without TAB_CLIENT_ID) or storage cannot be reached.
 */
export type Role = 'coordinator' | 'leadership' | 'member';

export type DevUser = {
  id: string;
  name: string;
  roles: Role[];
  /** Group ids, and their names in the same order. */
  groups: string[];
  groupNames: string[];
};

export type Me = {
  id: string;
  tenantId: string;
  name: string;
  roles: Role[];
  /** Groups (ids) the caller belongs to. */
  groups: string[];
};

export type RoundSummary = {
  id: string;
  title: string;
  state: 'draft' | 'open' | 'closed';
  deadline: string | null;
  openedAt: string | null;
  closedAt: string | null;
  /** True for the sample round npm start loads. */
  demo: boolean;
  questions: { number: number; text: string }[];
  /**
   * Groups (or, for a member of a group answering individually, people of their group) that
   * answered, of those asked. A group has answered once every question has an answer (together) or
   * every member has answered every question (individually); a person, once they answered all.
   */
  progress: { answered: number; targeted: number; unit: 'groups' | 'people' };
};

export type DeliveryState = 'sent' | 'pending' | 'failed' | 'none';

export type GroupStatusView = {
  groupId: string;
  name: string;
  mode: 'together' | 'individual';
  delivery: { state: DeliveryState; reason: string | null };
  /** Answers per question, index 0 = question 1. */
  answeredPerQuestion: number[];
  lastAnswerAt: string | null;
  /**
   * For groups answering individually: each person asked, and the questions they answered. A
   * member sees only themselves here; coordinators and leadership see everyone.
   */
  people: { id: string; name: string; answeredQuestions: number[] }[] | null;
};

export type RoundStatusView = {
  round: RoundSummary;
  groups: GroupStatusView[];
  /** Changes whenever answers or deliveries change, so a poll can skip re-rendering. */
  version: string;
};

export type ThemeView = {
  id: string;
  label: string;
  terms: string[];
  size: number;
  /** Groups that carry the theme, by name, most first. */
  groups: { groupId: string; name: string; count: number }[];
  /** Verbatim points, never with names. */
  quotes: { text: string }[];
  /** A compiler's "Slutsats", once a compilation is published. */
  conclusion?: string | null;
  /** Marked as a lesson identified ("Lärdom") in the published compilation. */
  lesson?: boolean;
};

/** A round-wide scope's compilation as readers see it: published (and when), or being drafted. */
export type CompilationMark = {
  /** Published and unchanged since; "draft" while a compiler has changes not yet published. */
  state: 'published' | 'draft';
  /** When the themes shown were published; null while nothing is (the engine's themes show). */
  publishedAt: string | null;
  publishedBy: string | null;
};

export type ScopeThemes =
  | {
      /** `round`, `question|<n>` or `group|<id>`; `group|<id>|question|<n>` for a group's question. */
      scope: string;
      visible: true;
      answerCount: number;
      computedAt: string;
      themes: ThemeView[];
      /** Answers in Övrigt. */
      other: number;
      /** Round-wide scopes a coordinator compiles: the themes are the published compilation's. */
      compilation?: CompilationMark;
    }
  | {
      scope: string;
      visible: false;
      /** Different people who answered, and how many are needed before themes show. */
      people: number;
      threshold: number;
    };

/** A round as a view names it, without the counting behind RoundSummary's progress. */
export type RoundHeader = Omit<RoundSummary, 'progress'>;

export type RoundThemesView = {
  round: RoundHeader;
  /** Every group the caller may see (to choose from), whether or not its scopes are included. */
  groups: { groupId: string; name: string; mode: 'together' | 'individual' }[];
  scopes: ScopeThemes[];
  /**
   * Themes of some scopes shown are not stored yet and are being computed now: the scopes are
   * missing from `scopes` until then, and asking again shortly brings them.
   */
  computing: boolean;
  version: string;
};

/** A theme of a compilation as its compilers see it. */
export type CompiledThemeView = {
  /** "c<n>" once curated, "e:<engine id>" for a theme the engine found since the last edit. */
  id: string;
  label: string;
  terms: string[];
  size: number;
  groups: { groupId: string; name: string; count: number }[];
  /** Answer ids come along so a compiler can hide a quote or pick another. */
  quotes: { id: string; text: string }[];
  conclusion: string | null;
  lesson: boolean;
  pinned: number | null;
  curated: boolean;
  /** Its answers that came after the last edit. */
  newAnswers: number;
};

/** GET /api/rounds/:id/compilation?scope=…: the draft of a round-wide scope, for coordinators. */
export type CompilationView = {
  scope: string;
  /** Send it back with an edit: an edit made on an older version is refused (409) with the current one. */
  version: string | null;
  state: 'draft' | 'published';
  edited: { by: string; at: string } | null;
  published: { by: string; at: string } | null;
  themes: CompiledThemeView[];
  /** Answers in Övrigt. */
  other: number;
  newAnswers: number;
  answerCount: number;
  /** Sign-in addresses of the people a coordinator named to compile this round. */
  compilers: string[];
};

export type CompilationChangeView = {
  scope: string;
  at: string;
  by: string;
  /** rename, merge, split, move, conclude, markLesson, pin, pickQuotes, hideQuote or publish. */
  kind: string;
  /** The name or conclusion written, when the change wrote one. */
  text?: string;
  /** Answers moved or split off. */
  answers?: number;
};

/** GET /api/rounds/:id/answers: one page of the answers the caller may read. */
export type AnswerPageView = {
  total: number;
  offset: number;
  answers: {
    id: string;
    groupId: string;
    groupName: string;
    question: number | null;
    text: string;
    createdAt: string;
    /** Only for coordinators, and only where the group answers individually. */
    author: string | null;
    /** The answer's theme id in the scope asked for, "other" for Övrigt, null while not computed. */
    theme: string | null;
  }[];
  /** Groups left out because too few people answered individually (the anonymity threshold). */
  hiddenGroups: { groupId: string; name: string }[];
};

export type ActionResult = { ok: true; message: string };

export type ErrorBody = {
  error: ErrorCode;
  /** 401: a short reason in English (for logs); otherwise a sentence to show, in the caller's language (Accept-Language). */
  message: string;
  /** 409 from remind: when the last reminder went out. */
  lastReminderAt?: string;
  /** 409 from a compilation edit or publish: the current version, to show and edit again. */
  compilation?: CompilationView;
};

export type ErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'invalid_request'
  | 'conflict'
  | 'internal'
  /** 429 from the HTTP edge (bot/server/callerLimits), with Retry-After. */
  | 'rate_limited';
