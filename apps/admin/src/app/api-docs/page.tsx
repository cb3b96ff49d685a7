import { openApiDocument } from '@healthpay/api';
import type { Metadata } from 'next';
import { Operation, type OperationDoc } from '@/components/api-docs/operation';

export const metadata: Metadata = { title: 'REST API v1' };

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

type Doc = { info: { title: string; description: string }; paths: Record<string, Record<string, Omit<OperationDoc, 'method' | 'path'> & { tags?: string[] }>> };

/** The OpenAPI document served at /api/v1/openapi.json, rendered on the server (no scripts, no CDN). */
export default function ApiDocsPage() {
  const doc = openApiDocument() as Doc;
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ ...op, method, path, tag: op.tags?.[0] ?? 'Other' })),
  );
  const tags = [...new Set(operations.map((o) => o.tag))];
  return (
    <main className="mx-auto max-w-5xl space-y-8 px-4 py-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{doc.info.title}</h1>
        <p className="text-sm text-slate-600">{doc.info.description}</p>
        <p className="text-sm">
          Machine-readable: <a className="text-sky-800 underline" href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1)
        </p>
        <nav aria-label="Sections" className="flex flex-wrap gap-3 text-sm">
          {tags.map((tag) => (
            <a key={tag} className="text-sky-800 underline" href={`#${slug(tag)}`}>{tag}</a>
          ))}
        </nav>
      </header>
      {tags.map((tag) => (
        <section key={tag} id={slug(tag)} aria-labelledby={`h-${slug(tag)}`} className="space-y-4">
          <h2 id={`h-${slug(tag)}`} className="text-xl font-semibold">{tag}</h2>
          {operations.filter((o) => o.tag === tag).map((op) => (
            <Operation key={`${op.method} ${op.path}`} op={op} />
          ))}
        </section>
      ))}
    </main>
  );
}
