import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { portalRoot, type PortalServer } from './portal-root';

const messages: Record<string, string> = { 'shell.brand.title': 'Staff console', 'shell.notifications': 'الإشعارات' };

function server(locale: string): PortalServer & { connection: ReturnType<typeof vi.fn> } {
  return {
    connection: vi.fn(async () => undefined),
    getLocale: async () => locale,
    getTranslations: async (ns) => (key) => messages[`${ns}.${key}`] ?? `${ns}.${key}`,
    Messages: ({ children }: { children: ReactNode }) => <>{children}</>,
  };
}

describe('portalRoot', () => {
  it("titles the tab with the portal's name from the namespace", async () => {
    const root = portalRoot(server('en'), 'shell', 'brand.title');
    expect(await root.generateMetadata()).toEqual({ title: { default: 'Staff console', template: '%s · Staff console' } });
  });

  it('renders per request in the locale and direction of the page, with named toasts', async () => {
    const s = server('ar');
    const html = renderToStaticMarkup(await portalRoot(s, 'shell', 'brand.title').RootLayout({ children: <p>page</p> }));
    expect(s.connection).toHaveBeenCalledOnce();
    expect(html).toMatch(/^<html lang="ar" dir="rtl">/);
    expect(html).toContain('<p>page</p>');
    expect(html).toContain('الإشعارات');
  });
});
