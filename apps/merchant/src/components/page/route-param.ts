/** Route params arrive decoded or not depending on the characters; decode once, tolerating a stray '%'. */
export const routeParam = (v: string): string => {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
};
