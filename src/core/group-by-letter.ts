/**
 * Returns items grouped under the first letter of their title, in the given order:
 * ["Analis", "Atase", "Diplomat"] → [{ letter: "A", items: [Analis, Atase] }, { letter: "D", … }].
 * Titles that start with no Latin letter share the group "#".
 */
export function groupByLetter<T extends { title: string }>(items: readonly T[]): { letter: string; items: T[] }[] {
  const groups: { letter: string; items: T[] }[] = [];
  for (const item of items) {
    const first = item.title.normalize('NFKD').charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    const last = groups[groups.length - 1];
    if (last?.letter === letter) last.items.push(item);
    else groups.push({ letter, items: [item] });
  }
  return groups;
}
