import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { FormPage } from './form-page';
import { INVITATION_METADATA, invitationRoute } from './invitation-route';
import { PortalNotFound } from './not-found-page';
import { pageTitles } from './page-title';
import { signedInPages } from './signed-in-page';
import { PortalPublicPage, signInRoute } from './sign-in-page';

const messages = async (namespace: string) => (key: string) => `${namespace}.${key}`;
const toHome = (): never => {
  throw new Error('redirected home');
};

describe('signInRoute', () => {
  const route = (signedIn: unknown) =>
    signInRoute({ signedIn: async () => signedIn, home: toHome, messages: () => messages('shell.signin'), header: <header>brand</header>, form: <form /> });

  it('sends whoever is signed in already home', async () => {
    await expect(route({ id: 'u-admin' })()).rejects.toThrow('redirected home');
  });

  it('gives everyone else the header, the heading and the form', async () => {
    const html = renderToStaticMarkup(await route(null)());
    expect(html).toBe('<header>brand</header><main class="mx-auto px-4 py-10 max-w-md"><h1 class="text-2xl font-semibold">shell.signin.heading</h1><form></form></main>');
  });
});

describe('invitationRoute', () => {
  it("hands the path's token to the app's form, under a header in the page's language", async () => {
    const Page = invitationRoute({ getLocale: async () => 'ar', header: (locale) => <header>{locale}</header>, Acceptance: ({ token }) => <p>token {token}</p> });
    const html = renderToStaticMarkup(await Page({ params: Promise.resolve({ token: 'abc' }) }));
    expect(html).toContain('<header>ar</header>');
    expect(html).toContain('max-w-lg');
    expect(html).toContain('<p>token abc</p>');
    expect(INVITATION_METADATA.referrer).toBe('no-referrer');
  });
});

describe('signedInPages', () => {
  it('loads the user, messages and route params before rendering; a refused user never renders', async () => {
    const render = vi.fn(({ me, t, params, search }) => `${me.name} ${t('title')} ${params.id} ${search.q}`);
    const page = signedInPages(async () => ({ name: 'Sara' }), messages);
    const Page = page('wallets', render);
    expect(await Page({ params: Promise.resolve({ id: 'w-1' }), searchParams: Promise.resolve({ q: 'omar' }) })).toBe('Sara wallets.title w-1 omar');

    const refused = signedInPages(async () => toHome(), messages)('wallets', render);
    render.mockClear();
    await expect(refused({ params: Promise.resolve({}), searchParams: Promise.resolve({}) })).rejects.toThrow('redirected home');
    expect(render).not.toHaveBeenCalled();
  });
});

describe('pageTitles', () => {
  it("titles a page from its namespace's key, with any other metadata", async () => {
    const pageTitle = pageTitles(messages);
    expect(await pageTitle('wallets')()).toEqual({ title: 'wallets.title' });
    expect(await pageTitle('invite', 'pageTitle', INVITATION_METADATA)()).toEqual({ title: 'invite.pageTitle', referrer: 'no-referrer' });
  });
});

describe('page frames', () => {
  it('PortalPublicPage adds the intro and the footer only when given', () => {
    const bare = renderToStaticMarkup(<PortalPublicPage header={null}>form</PortalPublicPage>);
    expect(bare).not.toContain('<h1');
    expect(bare).not.toContain('<p');
    const full = renderToStaticMarkup(<PortalPublicPage header={null} heading="Sign in" intro="With your mobile" footer={<a href="/register">Register</a>}>form</PortalPublicPage>);
    expect(full).toContain('<p class="mt-2 text-sm text-slate-600">With your mobile</p>form<p class="mt-6 text-sm"><a href="/register">Register</a></p>');
  });

  it('PortalNotFound and FormPage keep one level-one heading', () => {
    expect(renderToStaticMarkup(<PortalNotFound title="Not found" body="Gone" home={<a href="/">Home</a>} />).match(/<h1/g)).toHaveLength(1);
    const form = renderToStaticMarkup(<FormPage width="2xl" title="Issue a card" back={<a href="/medcards">Back</a>}>fields</FormPage>);
    expect(form).toMatch(/^<div class="mx-auto max-w-2xl"><a href="\/medcards">Back<\/a>.*<h1 class="text-2xl font-semibold">Issue a card<\/h1>.*fields<\/div>$/);
  });
});
