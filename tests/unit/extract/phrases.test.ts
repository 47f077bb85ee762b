import { describe, expect, it } from 'vitest';
import { buildPhraseTable, CLITICS, cliticForms, EXACT, matchPhraseAt, SUFFIXES } from '../../../lib/extract/phrases';
import { normaliseString } from '../../../lib/text/normalise';
import { tokenize } from '../../../lib/text/tokens';

const table = buildPhraseTable([
  ['زيارة دولة', 'visit'],
  ['زيارة', 'visit-word'],
  ['القمة الروسية الصينية', 'summit'],
  ['محادثات', 'talks'],
]);
const at = (text: string, i: number, mode = CLITICS) => {
  const tokens = tokenize(normaliseString(text));
  return matchPhraseAt(table, tokens, i, tokens.length, mode)?.value ?? null;
};

describe('cliticForms', () => {
  it('strips conjunction, preposition and article in order, whole word first', () => {
    expect(cliticForms('وبالقمه')).toEqual(['وبالقمه', 'بالقمه', 'القمه', 'قمه']);
    expect(cliticForms('للقمه')).toEqual(['للقمه', 'القمه', 'قمه']);
  });
  it('leaves short words alone', () => {
    expect(cliticForms('ولم')).toEqual(['ولم']);
    expect(cliticForms('بكين')).toEqual(['بكين', 'كين']);
  });
});

describe('matchPhraseAt', () => {
  it('prefers the longest phrase and reads proclitics on the first word', () => {
    expect(at('وفي زيارة دولة', 1)).toBe('visit');
    expect(at('بزيارة قصيرة', 0)).toBe('visit-word');
  });
  it('allows a dash between words but not other punctuation', () => {
    expect(at('القمة الروسية-الصينية', 0)).toBe('summit');
    expect(at('القمة الروسية، الصينية', 0)).toBeNull();
  });
  it('reads possessive suffixes only when asked, and only on one-word phrases', () => {
    expect(at('محادثاتهما', 0)).toBeNull();
    expect(at('محادثاتهما', 0, CLITICS | SUFFIXES)).toBe('talks');
    expect(at('زيارته', 0, CLITICS | SUFFIXES)).toBe('visit-word');
  });
  it('can be told to read the word exactly', () => {
    expect(at('وزيارة', 0, EXACT)).toBeNull();
  });
});
