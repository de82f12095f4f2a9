import { afterEach, describe, expect, it } from 'vitest';
import { firstLineOf } from '../../src/errors.js';
import { listInText, useLanguage } from '../../src/messages/index.js';

describe('listInText', () => {
  afterEach(() => useLanguage('en'));

  it('separates items as the language in use does, leaving absent ones out', async () => {
    expect(listInText(['book', null, 'optional', undefined, false, ''])).toBe('book, optional');
    await useLanguage('zh-TW');
    expect(listInText(['書籍', '選修'])).toBe('書籍、選修');
    expect(listInText([])).toBe('');
  });
});

describe('firstLineOf', () => {
  it("quotes an error's first line, whatever was thrown", () => {
    expect(firstLineOf(new Error('disk I/O error\n    at somewhere'))).toBe('disk I/O error');
    expect(firstLineOf('plain words\nmore')).toBe('plain words');
    expect(firstLineOf(new Error(''))).toBe('');
  });
});
