import { openApiDocument } from '@healthpay/api';
import { getTranslations } from 'next-intl/server';
import { Operation, type OperationDoc } from '@/components/api-docs/operation';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('apiDocs');

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

type Doc = { info: { title: string; description: string }; paths: Record<string, Record<string, Omit<OperationDoc, 'method' | 'path'> & { tags?: string[] }>> };

/** The OpenAPI document served at /api/v1/openapi.json, rendered on the server (no scripts, no CDN). */
export default async function ApiDocsPage() {
  const t = await getTranslations('apiDocs');
  const doc = openApiDocument() as Doc;
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ ...op, method, path, tag: op.tags?.[0] ?? 'Other' })),
  );
  const tags = [...new Set(operations.map((o) => o.tag))];
  return (
    <main className="mx-auto max-w-5xl space-y-8 px-4 py-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t('heading')}</h1>
        <p className="text-sm text-slate-600">{t('intro')}</p>
        <p className="text-sm text-slate-600" dir="ltr">{doc.info.description}</p>
        <p className="text-sm">
          {t.rich('machineReadable', {
            link: () => <a className="text-sky-800 underline" dir="ltr" href="/api/v1/openapi.json">/api/v1/openapi.json</a>,
          })}
        </p>
        <nav aria-label={t('sections')} className="flex flex-wrap gap-3 text-sm">
          {tags.map((tag) => (
            <a key={tag} className="text-sky-800 underline" href={`#${slug(tag)}`}><bdi>{tag}</bdi></a>
          ))}
        </nav>
      </header>
      {tags.map((tag) => (
        <section key={tag} id={slug(tag)} aria-labelledby={`h-${slug(tag)}`} className="space-y-4">
          <h2 id={`h-${slug(tag)}`} className="text-xl font-semibold"><bdi>{tag}</bdi></h2>
          {operations.filter((o) => o.tag === tag).map((op) => (
            <Operation key={`${op.method} ${op.path}`} op={op} />
          ))}
        </section>
      ))}
    </main>
  );
}
