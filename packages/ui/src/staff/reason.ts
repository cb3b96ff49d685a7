/** The shortest reason staff may give for a status change (kept in the audit trail). */
export const MIN_REASON_LENGTH = 3;

/** The reason as it will be sent, or null when it is too short to explain anything. */
export function checkedReason(typed: string, min = MIN_REASON_LENGTH): string | null {
  const reason = typed.trim();
  return reason.length >= min ? reason : null;
}
