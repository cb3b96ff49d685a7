import type { EmailMessage } from './email-port';

export type EmailLocale = 'ar' | 'en';
/** What the invitee will be: a staff role, a pharmacist, or a pharmacy's manager. */
export type InvitedAs = 'support' | 'claims_reviewer' | 'finance' | 'superadmin' | 'pharmacist' | 'manager';

export interface InvitationEmailInput {
  to: string;
  locale: EmailLocale;
  as: InvitedAs;
  /** The accept link (the portal's public URL + /invite/<token>). */
  link: string;
  expiresAt: Date;
  /** The pharmacy's name in the email's language (pharmacists only). */
  pharmacyName?: string | null;
}

const ROLE_NAMES: Record<EmailLocale, Record<InvitedAs, string>> = {
  en: {
    support: 'Support', claims_reviewer: 'Claims reviewer', finance: 'Finance', superadmin: 'Superadmin',
    pharmacist: 'Pharmacist', manager: 'Pharmacy manager',
  },
  ar: {
    support: 'الدعم', claims_reviewer: 'مراجعة المطالبات', finance: 'المالية', superadmin: 'مدير النظام',
    pharmacist: 'صيدلي', manager: 'مدير الصيدلية',
  },
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** The expiry as the invitee reads it: Cairo time, in the email's language. */
export const formatExpiry = (at: Date, locale: EmailLocale): string =>
  new Intl.DateTimeFormat(locale === 'ar' ? 'ar-EG' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Africa/Cairo' }).format(at);

/**
 * The invitation email in Arabic or English: plain text and a simple HTML version with the same words.
 * The link is the only way in; it is single use and expires (72 hours).
 */
export function invitationEmail(input: InvitationEmailInput): EmailMessage {
  const role = ROLE_NAMES[input.locale][input.as];
  const until = formatExpiry(input.expiresAt, input.locale);
  const at = input.pharmacyName ?? null;
  const lines = input.locale === 'ar'
    ? {
        subject: 'دعوة للانضمام إلى HealthPay',
        intro: at ? `تمت دعوتك للانضمام إلى HealthPay بصفة ${role} في ${at}.` : `تمت دعوتك للانضمام إلى HealthPay بصفة ${role}.`,
        action: 'لإنشاء حسابك وتعيين كلمة المرور، افتح الرابط التالي:',
        expiry: `الرابط صالح لمرة واحدة حتى ${until}.`,
        ignore: 'إذا لم تكن تتوقع هذه الدعوة، يمكنك تجاهل هذه الرسالة.',
        button: 'قبول الدعوة',
      }
    : {
        subject: 'Your invitation to HealthPay',
        intro: at ? `You have been invited to join HealthPay as ${role} at ${at}.` : `You have been invited to join HealthPay as ${role}.`,
        action: 'To create your account and set your password, open this link:',
        expiry: `The link works once, until ${until}.`,
        ignore: 'If you were not expecting this invitation, you can ignore this email.',
        button: 'Accept the invitation',
      };
  const text = [lines.intro, '', lines.action, input.link, '', lines.expiry, lines.ignore, '', 'HealthPay'].join('\n');
  const dir = input.locale === 'ar' ? 'rtl' : 'ltr';
  const html = `<!doctype html>
<html lang="${input.locale}" dir="${dir}"><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #111">
<p>${escapeHtml(lines.intro)}</p>
<p>${escapeHtml(lines.action)}</p>
<p><a href="${escapeHtml(input.link)}" style="display: inline-block; padding: 10px 16px; background: #0f766e; color: #fff; text-decoration: none; border-radius: 6px">${escapeHtml(lines.button)}</a></p>
<p style="font-size: 13px; color: #555">${escapeHtml(input.link)}</p>
<p>${escapeHtml(lines.expiry)}<br>${escapeHtml(lines.ignore)}</p>
<p>HealthPay</p>
</body></html>`;
  return { to: input.to, subject: lines.subject, text, html, link: input.link };
}
