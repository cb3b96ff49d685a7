import { describe, expect, it } from 'vitest';
import { copyField, copyLine } from './copy-rows';

describe("COPY's text format", () => {
  it('writes NULL as \\N, numbers and booleans as their text', () => {
    expect(copyLine([null, undefined, 0, -120, 12.5, true, false])).toBe('\\N\t\\N\t0\t-120\t12.5\ttrue\tfalse\n');
  });

  it('escapes backslash, tab and line breaks in text, so a field never ends early', () => {
    expect(copyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    // A text that reads \N stays text, not NULL.
    expect(copyField('\\N')).toBe('\\\\N');
    expect(copyField('صيدلية النيل "x"')).toBe('صيدلية النيل "x"');
  });
});
