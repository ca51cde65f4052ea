/**
 * A stable insertion sort in place, for the short lists of one sentence (its mentions, its
 * phrases). Array.prototype.sort copies every list it sorts into a scratch array first, and the
 * events stage sorts a list or two for each of the tens of thousands of sentences of a corpus.
 * Insertion sort is stable, like Array.prototype.sort, so the order it gives is the same.
 */
export function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let index = 1; index < items.length; index += 1) {
    const item = items[index]!;
    let at = index - 1;
    while (at >= 0 && compare(items[at]!, item) > 0) {
      items[at + 1] = items[at]!;
      at -= 1;
    }
    items[at + 1] = item;
  }
  return items;
}
