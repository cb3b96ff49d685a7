/** Emails are compared case-insensitively and without surrounding blanks. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
