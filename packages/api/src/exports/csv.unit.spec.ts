import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvLine } from './csv';

describe('csvCell', () => {
  it('leaves plain text, numbers and Arabic as they are', () => {
    expect(csvCell('RX-1001')).toBe('RX-1001');
    expect(csvCell('350.00')).toBe('350.00');
    expect(csvCell(12)).toBe('12');
    expect(csvCell('أحمد علي')).toBe('أحمد علي');
    expect(csvCell(null)).toBe('');
  });

  it.each(['=1+1', '+201001234567', '-2+3', '@SUM(A1)', '\tx', '\r=1'])('prefixes %j so a spreadsheet shows it as text', (value) => {
    expect(csvCell(value).replace(/^"/, '').startsWith(`'${value[0]}`)).toBe(true);
  });

  it('prefixes a formula even inside quotes', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('leaves a sign in the middle alone', () => {
    expect(csvCell('A-1=2')).toBe('A-1=2');
  });
});

describe('csvLine', () => {
  it('joins cells with commas and ends with CRLF', () => {
    expect(csvLine(['a', 'b,c', 3, null])).toBe('a,"b,c",3,\r\n');
  });

  it('the byte order mark is U+FEFF (EF BB BF in UTF-8)', () => {
    expect([...new TextEncoder().encode(CSV_BOM)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
