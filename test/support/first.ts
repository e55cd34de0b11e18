/** The first item, or a failed test saying the list was empty (instead of a non-null assertion). */
export function first<T>(items: readonly T[]): T {
  const [item] = items;
  if (item === undefined) throw new Error('expected at least one item, found none');
  return item;
}
