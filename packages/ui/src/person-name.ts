/** A person's names as the API gives them: Latin `name` (always), Arabic `nameAr` where known. */
export interface PersonNames {
  name: string | null;
  nameAr?: string | null;
}

const ARABIC = /\p{Script=Arabic}/u;

/**
 * The name to show in the viewer's locale: Arabic on /ar, Latin on /en, falling back to the other. An older
 * record may hold an Arabic name in `name`; it then counts as the Arabic one.
 */
export function personName(p: PersonNames, locale: string): string | null {
  const arabic = p.nameAr ?? (p.name && ARABIC.test(p.name) ? p.name : null);
  const latin = p.name && !ARABIC.test(p.name) ? p.name : null;
  return (locale === 'ar' ? (arabic ?? latin) : (latin ?? arabic)) ?? p.name;
}
