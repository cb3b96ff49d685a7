/**
 * An answer that can give its own JSON text, already checked against the output schema it names (`checkedAgainst`):
 * the Node path (node-trpc) skips that schema's parse for it and writes the text as superjson would write the value
 * (`{"json": …}`, no meta: what JSON text parses to needs none). Where `jsonText()` is null, or on any other path (tRPC's
 * Fetch handler, `createCaller`, REST), it is a value like any other: its output schema reads it into plain objects.
 */
export abstract class KnownJson {
  private known: string | null | undefined;

  /** The output schema the text was checked against; any other schema parses the value. */
  abstract readonly checkedAgainst: unknown;

  /** Its JSON text (made once), or null where it must go through the output schema and the serializer. */
  jsonText(): string | null {
    if (this.known === undefined) this.known = this.text();
    return this.known;
  }

  protected abstract text(): string | null;
}
