import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DefinitionList } from './definition-list';

describe('DefinitionList', () => {
  it('labels every value by its term, so "Balance" finds its amount', () => {
    const html = renderToStaticMarkup(
      <DefinitionList
        items={[
          { key: 'balance', term: 'Balance', value: <data value={2500}>EGP 25.00</data> },
          { key: 'phone', term: 'الهاتف', value: <bdi>+201012345678</bdi> },
        ]}
      />,
    );
    const terms = [...html.matchAll(/<dt id="([^"]+)"[^>]*>([^<]*)<\/dt>/g)].map((m) => ({ id: m[1], text: m[2] }));
    const values = [...html.matchAll(/<dd aria-labelledby="([^"]+)"[^>]*>(.*?)<\/dd>/g)].map((m) => ({ by: m[1], html: m[2] }));
    expect(terms.map((t) => t.text)).toEqual(['Balance', 'الهاتف']);
    expect(values.map((v) => v.by)).toEqual(terms.map((t) => t.id));
    expect(new Set(terms.map((t) => t.id)).size).toBe(2);
    expect(values[0]?.html).toContain('<data value="2500">EGP 25.00</data>');
    expect(values[1]?.html).toContain('<bdi>+201012345678</bdi>');
  });

  it('gives two lists on one page different ids', () => {
    const html = renderToStaticMarkup(
      <>
        <DefinitionList items={[{ key: 'tier', term: 'Tier', value: 'Gold' }]} />
        <DefinitionList items={[{ key: 'tier', term: 'Tier', value: 'Silver' }]} />
      </>,
    );
    const ids = [...html.matchAll(/<dt id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
  });
});
