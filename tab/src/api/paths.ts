/**
 * `/api/rounds/:id/themes`, with the groups whose themes are wanted beside the round-wide ones
 * (none, one, or two side by side).
 */
export function themesPath(roundId: string, groupIds: readonly string[] = []): string {
  const query = groupIds.map((groupId) => `group=${encodeURIComponent(groupId)}`).join('&');
  return `/api/rounds/${encodeURIComponent(roundId)}/themes${query ? `?${query}` : ''}`;
}

const roundPath = (roundId: string) => `/api/rounds/${encodeURIComponent(roundId)}`;

/** `/api/rounds/:id/compilation?scope=…`: a round-wide scope's draft, for coordinators. */
export function compilationPath(roundId: string, scope: string): string {
  return `${roundPath(roundId)}/compilation?scope=${encodeURIComponent(scope)}`;
}

export function compilationEditPath(roundId: string): string {
  return `${roundPath(roundId)}/compilation/edit`;
}

export function compilationPublishPath(roundId: string): string {
  return `${roundPath(roundId)}/compilation/publish`;
}

export function compilationHistoryPath(roundId: string): string {
  return `${roundPath(roundId)}/compilation/history`;
}

export type AnswerQuery = {
  question: number | null;
  groupId: string | null;
  /** A theme id of the scope, or "other" for Övrigt. */
  theme: string | null;
  text: string;
  offset: number;
  limit: number;
};

/** Answers a page of the answer list shows. */
export const answerPageSize = 50;

/** What the Sammanställning view asks for first: every answer of the round, its first page. */
export const firstAnswerPage: AnswerQuery = {
  question: null,
  groupId: null,
  theme: null,
  text: '',
  offset: 0,
  limit: answerPageSize,
};

/** `/api/rounds/:id/answers?…`: one page of the answers, filtered and searched. */
export function answersPath(roundId: string, query: AnswerQuery): string {
  const params = new URLSearchParams();
  if (query.question !== null) params.set('question', String(query.question));
  if (query.groupId) params.set('group', query.groupId);
  if (query.theme) params.set('theme', query.theme);
  if (query.text.trim()) params.set('q', query.text.trim());
  if (query.offset > 0) params.set('offset', String(query.offset));
  params.set('limit', String(query.limit));
  return `${roundPath(roundId)}/answers?${params.toString()}`;
}
