import { describe, expect, it } from 'vitest';
import { html, page, SafeHtml } from './html';

describe('html', () => {
  it('escapes every interpolated value, including inside arrays, and keeps SafeHtml as is', () => {
    const evil = `"><script>alert('x')</script>&`;
    const out = html`<p title="${evil}">${[evil, 1, null, false]}${html`<b>${evil}</b>`}</p>`.value;
    expect(out).not.toContain('<script>');
    expect(out).toContain('&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;');
    expect(out).toContain('<b>&quot;');
    expect(out).toContain('1');
    expect(out).not.toContain('null');
  });

  it('sets lang and dir together', () => {
    expect(page({ title: 'x', body: new SafeHtml('') })).toContain('<html lang="en" dir="ltr">');
    expect(page({ title: 'x', lang: 'ar', body: new SafeHtml('') })).toContain('<html lang="ar" dir="rtl">');
  });
});
