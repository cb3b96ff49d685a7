/** Specs: every item of a keyset- or offset-paged list, page after page from the first, until a page says there is no next. */
export async function everyPage<T, C>(page: (cursor: C | undefined) => Promise<{ items: T[]; nextCursor: C | null }>): Promise<T[]> {
  const seen: T[] = [];
  let cursor: C | undefined;
  do {
    const p = await page(cursor);
    seen.push(...p.items);
    cursor = p.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return seen;
}
