/** A JSON Schema, pretty-printed and folded away until asked for. */
export function SchemaBlock({ title, schema }: { title: string; schema: unknown }) {
  return (
    <details className="rounded-lg border border-slate-200 bg-white">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium">{title}</summary>
      <pre className="overflow-x-auto border-t border-slate-200 p-3 text-start text-xs leading-relaxed" dir="ltr">
        {JSON.stringify(schema, null, 2)}
      </pre>
    </details>
  );
}
