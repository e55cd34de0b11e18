/**
 * `/api/rounds/:id/themes`, with the groups whose themes are wanted beside the round-wide ones
 * (none, one, or two side by side).
 */
export function themesPath(roundId: string, groupIds: readonly string[] = []): string {
  const query = groupIds.map((groupId) => `group=${encodeURIComponent(groupId)}`).join('&');
  return `/api/rounds/${encodeURIComponent(roundId)}/themes${query ? `?${query}` : ''}`;
}
