import { useTranslations } from 'next-intl';
import { SchemaBlock } from './schema-block';

export interface OperationDoc {
  method: string;
  path: string;
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: unknown }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> } | { $ref: string }>;
}

const METHOD_STYLE: Record<string, string> = { get: 'bg-sky-100 text-sky-900', post: 'bg-emerald-100 text-emerald-900' };

/**
 * One operation of the OpenAPI document: method, path, what it does, who may call it, its schemas.
 * The document's own text (summaries, names, schemas) is code and stays in English, left to right.
 */
export function Operation({ op }: { op: OperationDoc }) {
  const t = useTranslations('apiDocs');
  const body = op.requestBody?.content['application/json']?.schema;
  const ok = Object.entries(op.responses).find(([status]) => status.startsWith('2'));
  const okSchema = ok && 'content' in ok[1] ? ok[1].content?.['application/json']?.schema : undefined;
  return (
    <article id={`${op.method}${op.path}`.toLowerCase().replace(/[^a-z0-9]+/g, '-')} className="space-y-3 rounded-xl border border-slate-200 bg-slate-50 p-4">
      <h3 className="flex flex-wrap items-center gap-2 font-mono text-sm" dir="ltr">
        <span className={`rounded px-2 py-0.5 font-semibold uppercase ${METHOD_STYLE[op.method] ?? 'bg-slate-200'}`}>{op.method}</span>
        <span>/api/v1{op.path}</span>
      </h3>
      {op.summary && <p className="font-medium" dir="ltr">{op.summary}</p>}
      {op.description && <p className="whitespace-pre-line text-sm text-slate-600" dir="ltr">{op.description}</p>}
      {op.parameters && op.parameters.length > 0 && (
        <table className="w-full text-start text-sm">
          <thead className="text-slate-500">
            <tr>
              <th className="py-1 pe-3 text-start font-medium">{t('parameter')}</th>
              <th className="py-1 pe-3 text-start font-medium">{t('in')}</th>
              <th className="py-1 text-start font-medium">{t('schema')}</th>
            </tr>
          </thead>
          <tbody>
            {op.parameters.map((p) => (
              <tr key={`${p.in}-${p.name}`} className="border-t border-slate-200 align-top">
                <td className="py-1 pe-3 font-mono"><bdi>{p.name}</bdi>{p.required ? ' *' : ''}</td>
                <td className="py-1 pe-3"><bdi>{p.in}</bdi></td>
                <td className="py-1 font-mono text-xs" dir="ltr">{JSON.stringify(p.schema)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {body !== undefined && <SchemaBlock title={t('requestBody')} schema={body} />}
      {ok && <SchemaBlock title={t('response', { status: ok[0] })} schema={okSchema} />}
    </article>
  );
}
