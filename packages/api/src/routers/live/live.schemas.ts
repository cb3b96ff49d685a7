import { z } from 'zod';

/** Topics (`wallet:<id>`, `card:<id>`, `pharmacy:<id>`, `insurance`, or `*` for "refetch everything"). */
export const liveChange = z.array(z.string().max(200)).max(2_000);
export type LiveChange = z.infer<typeof liveChange>;

/** A subscription's output: the stream, each message checked against `item` as it leaves. */
export const asyncIterableOf = <T extends z.ZodType>(item: T) =>
  z
    .custom<AsyncIterable<z.input<T>>>((v) => v !== null && typeof v === 'object' && Symbol.asyncIterator in v, 'Expected a stream')
    .transform(async function* (stream): AsyncGenerator<z.output<T>> {
      for await (const message of stream) yield item.parse(message);
    });
