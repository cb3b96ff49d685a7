import { describe, expect, it } from 'vitest';
import { documentHref, documentKind, formatFileSize } from './upload-document';

describe('document labels', () => {
  it('sizes in KB below a megabyte, MB with one decimal above, in the locale’s digits', () => {
    expect(formatFileSize(20_480, 'en')).toBe('20 KB');
    expect(formatFileSize(10, 'en')).toBe('1 KB');
    expect(formatFileSize(5 * 1024 * 1024, 'en')).toBe('5 MB');
    expect(formatFileSize(1_300_000, 'en')).toBe('1.2 MB');
    expect(formatFileSize(20_480, 'ar')).toBe('٢٠ ك.ب');
  });

  it('names the kinds a reviewer knows and links to the inline route', () => {
    expect([documentKind('application/pdf'), documentKind('image/jpeg'), documentKind('image/png')]).toEqual(['PDF', 'JPEG', 'PNG']);
    expect(documentHref('3f2504e0-4f89-41d3-9a0c-0305e82c3301')).toBe('/api/documents/3f2504e0-4f89-41d3-9a0c-0305e82c3301');
  });
});
