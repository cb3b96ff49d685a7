type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const named = (v: Json): v is Record<string, Json> & { name: string } => isObject(v) && typeof v.name === 'string';

/**
 * Kubernetes strategic merge, as far as our patches need it: maps merge key by key, lists whose items all have a
 * `name` (containers, env, ports, volumes, volumeMounts) merge item by item on it, other lists are replaced, and
 * `null` removes a key.
 */
export function strategicMerge(base: Json, patch: Json): Json {
  if (Array.isArray(base) && Array.isArray(patch) && base.every(named) && patch.every(named)) {
    const out = base.map((b) => {
      const p = patch.find((x) => x.name === b.name);
      return p ? strategicMerge(b, p) : b;
    });
    return [...out, ...patch.filter((p) => !base.some((b) => b.name === p.name))];
  }
  if (!isObject(base) || !isObject(patch)) return structuredClone(patch);
  const out: Record<string, Json> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = key in base ? strategicMerge(base[key], value) : structuredClone(value);
  }
  return out;
}
