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

  /**
   * How the text's characters are its bytes: `utf8` (a string, encoded when sent), or `latin1` when each character is one
   * byte of the UTF-8 text already (a one-byte string: its length is its Content-Length and sending it is a copy).
   */
  readonly textEncoding: 'utf8' | 'latin1' = 'utf8';

  /** Its JSON text (made once, in `textEncoding`), or null where it must go through the output schema and the serializer. */
  jsonText(): string | null {
    if (this.known === undefined) this.known = this.text();
    return this.known;
  }

  protected abstract text(): string | null;
}
