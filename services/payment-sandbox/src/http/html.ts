/** Markup that is already escaped; only `html` and `page` produce it. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function render(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** Tagged template: every interpolated value is escaped unless it is itself `SafeHtml`. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

const STYLE = `body{font-family:system-ui,'Noto Sans Arabic',sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
fieldset{border:1px solid #bbb;border-radius:6px;margin:1rem 0;padding:1rem}label{display:block;margin:.5rem 0 .2rem}
input{font-size:1rem;padding:.4rem;width:100%;box-sizing:border-box}button{font-size:1rem;padding:.5rem 1rem;margin-top:.8rem}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:start}
.error{color:#a00000;font-weight:600}.ok{color:#006400;font-weight:600}.sandbox{background:#fff3cd;padding:.4rem .6rem}`;

/** A whole document. `lang` decides `dir`, so an Arabic page is right-to-left without extra care. */
export function page(o: { title: string; lang?: 'en' | 'ar'; body: SafeHtml }): string {
  const lang = o.lang ?? 'en';
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  return html`<!doctype html>
<html lang="${lang}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title}</title><style>${new SafeHtml(STYLE)}</style></head>
<body><p class="sandbox">Sandbox: no real money moves. <span lang="ar" dir="rtl">بيئة تجريبية: لا تُنقل أموال حقيقية.</span></p>
${o.body}</body></html>`.value;
}
