/** Returns items sorted by title the way Indonesian readers expect (case- and accent-insensitive). */
export function sortByTitle<T extends { title: string }>(items: readonly T[]): T[] {
  const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });
  return [...items].sort((a, b) => collator.compare(a.title, b.title));
}
