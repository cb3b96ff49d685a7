import type pg from 'pg';

// Catalog queries whose rows, sorted, describe the schema: two databases with equal snapshots have the same
// tables, columns (types, nullability, defaults), constraints, indexes, triggers, functions and sequences.
// Column order (attnum) is left out: re-adding a dropped column gives it a new one without changing the schema.
const QUERIES = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
                   character_maximum_length, numeric_precision, datetime_precision
              FROM information_schema.columns WHERE table_schema = current_schema()`,
  constraints: `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS def
                  FROM pg_constraint WHERE connamespace = current_schema()::regnamespace`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()`,
  triggers: `SELECT tgrelid::regclass::text AS table_name, tgname, pg_get_triggerdef(oid) AS def
               FROM pg_trigger WHERE NOT tgisinternal`,
  functions: `SELECT proname, pg_get_functiondef(oid) AS def FROM pg_proc WHERE pronamespace = current_schema()::regnamespace`,
  sequences: `SELECT sequence_name, data_type FROM information_schema.sequences WHERE sequence_schema = current_schema()`,
} as const;

export type SchemaSnapshot = Record<keyof typeof QUERIES, string[]>;

export async function schemaSnapshot(client: pg.ClientBase): Promise<SchemaSnapshot> {
  const entries: [string, string[]][] = [];
  for (const [key, sql] of Object.entries(QUERIES)) {
    const { rows } = await client.query(sql);
    entries.push([key, rows.map((r) => JSON.stringify(r)).sort()]);
  }
  return Object.fromEntries(entries) as SchemaSnapshot;
}
