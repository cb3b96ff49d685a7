import { describe, expect, it } from 'vitest';
import { BINARY_HEADER, BinaryRows, NotBinary } from './copy-binary';

const hex = (b: Buffer) => b.toString('hex');

describe("COPY's binary format", () => {
  it('starts with the signature, no flags and no header extension', () => {
    expect(hex(BINARY_HEADER)).toBe('5047434f50590aff0d0a00' + '00000000' + '00000000');
  });

  it('writes each field as its length and its bytes in network order, NULL as length -1', () => {
    const out = new BinaryRows().row(4).int4(-2).int8(-1).int8(2 ** 40 + 7).null();
    expect(hex(out.take())).toBe('0004' + '00000004fffffffe' + '00000008ffffffffffffffff' + '000000080000010000000007' + 'ffffffff');
  });

  it('writes text as UTF-8 bytes, Arabic too', () => {
    expect(hex(new BinaryRows().text('ab').take())).toBe('000000026162');
    expect(new BinaryRows().text('aصيدلية').take().subarray(4).toString('utf8')).toBe('aصيدلية');
    expect(new BinaryRows().text('aصيدلية').take().readInt32BE(0)).toBe(Buffer.byteLength('aصيدلية'));
  });

  it('writes a UUID as its 16 bytes, an instant as microseconds and a day as days since 2000', () => {
    expect(hex(new BinaryRows().uuid('0123ABCD-4567-89ab-cdef-0123456789ab').take())).toBe('00000010' + '0123abcd456789abcdef0123456789ab');
    expect(hex(new BinaryRows().timestamptz('2000-01-01T00:00:00.001Z').take())).toBe('00000008' + '00000000000003e8');
    expect(hex(new BinaryRows().timestamptz('1999-12-31T23:59:59.999Z').take())).toBe('00000008' + 'fffffffffffffc18');
    const at = '2026-12-07T01:02:03.456Z';
    expect(new BinaryRows().timestamptz(at).take().readBigInt64BE(4)).toBe(BigInt(Date.parse(at) - Date.UTC(2000, 0, 1)) * 1000n);
    expect(hex(new BinaryRows().date('2000-01-02').take())).toBe('00000004' + '00000001');
    expect(hex(new BinaryRows().date('1999-12-31').take())).toBe('00000004' + 'ffffffff');
  });

  it('refuses values not in the canonical form, so the caller writes them as text', () => {
    for (const write of [
      (o: BinaryRows) => o.uuid('0123abcd-4567-89ab-cdef-0123456789a'),
      (o: BinaryRows) => o.uuid('0123abcd 4567-89ab-cdef-0123456789ab'),
      (o: BinaryRows) => o.uuid('0123abcd-4567-89ab-cdef-0123456789ag'),
      (o: BinaryRows) => o.timestamptz('2026-01-01T00:00:00Z'),
      (o: BinaryRows) => o.timestamptz('2026-01-01T00:00:00.000+02:00'),
      (o: BinaryRows) => o.timestamptz('2026-01-01T0a:00:00.000Z'),
      (o: BinaryRows) => o.timestamptz('2026-01-01T24:00:00.000Z'),
      (o: BinaryRows) => o.timestamptz('2026-01-01T00:00:00,000Z'),
      (o: BinaryRows) => o.timestamptz('2026-13-01T00:00:00.000Z'),
      (o: BinaryRows) => o.date('2026-02-30'),
      (o: BinaryRows) => o.int8(2 ** 53),
      (o: BinaryRows) => o.int8(1.5),
      (o: BinaryRows) => o.int4(2 ** 31),
    ]) expect(() => write(new BinaryRows())).toThrow(NotBinary);
  });

  it('grows its buffer for long rows and hands every byte back', () => {
    const long = 'x'.repeat(200_000);
    const bytes = new BinaryRows().row(1).text(long).take();
    expect(bytes.length).toBe(2 + 4 + 200_000);
    expect(bytes.subarray(6).toString('latin1')).toBe(long);
  });
});
