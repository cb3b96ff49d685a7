import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PortalNav, type PortalNavItem } from './portal-nav';

const Link = ({ href, className, children, ...rest }: { href: string; className?: string; children: ReactNode; 'aria-current'?: 'page' }) => (
  <a href={href} className={className} aria-current={rest['aria-current']}>{children}</a>
);
const text = { label: 'Main', menu: 'Menu', close: 'Close menu' };
const render = (items: PortalNavItem[]) => renderToStaticMarkup(<PortalNav tone="staff" items={items} text={text} Link={Link} navKey="/x" />);
const links = (html: string) => [...html.matchAll(/<a href="([^"]+)"[^>]*?(aria-current="page")?>([^<]*)<\/a>/g)].map((m) => [m[1], m[3], Boolean(m[2])]);

describe('PortalNav', () => {
  const items = [
    { href: '/wallets', label: 'Wallets', current: false },
    { href: '/medcards', label: 'MedCards', current: true },
  ];

  it('is a navigation landmark named by its label, with one link per item and the current page marked', () => {
    const html = render(items);
    expect(html).toMatch(/^<nav aria-label="Main"/);
    expect(links(html)).toEqual([['/wallets', 'Wallets', false], ['/medcards', 'MedCards', true]]);
  });

  it('on a phone, one closed menu button named after the current page controls the list', () => {
    const html = render(items);
    const button = /<button[^>]*aria-expanded="false"[^>]*aria-controls="([^"]+)"[^>]*><span>MedCards<\/span>/.exec(html);
    expect(button).not.toBeNull();
    expect(html).toContain(`<ul id="${button?.[1]}" class="hidden`);
    expect(html).toContain('<span class="sr-only">Menu</span>');
  });

  it('without a current page the button says Menu', () => {
    expect(render(items.map((i) => ({ ...i, current: false })))).toMatch(/<button[^>]*><span>Menu<\/span>/);
  });
});
