import { describe, expect, it } from 'vitest';
import { withCorpusIds } from '../../../lib/cli/corpus-ids';
import { extract } from '../../../lib/extract/extract';
import { surnameId } from '../../../lib/gazetteer/surname-id';

describe('leader ids in the corpus format: the slug of the English surname', () => {
  it('takes the first part of a Chinese, Korean or Vietnamese id, the surname', () => {
    expect(surnameId('wang-yi')).toBe('wang');
    expect(surnameId('li-qiang')).toBe('li');
    expect(surnameId('kim-jong-un')).toBe('kim');
    expect(surnameId('park-geun-hye')).toBe('park');
  });

  it('keeps a compound surname whole and names the listed exceptions', () => {
    expect(surnameId('von-der-leyen')).toBe('von-der-leyen');
    expect(surnameId('diaz-canel')).toBe('diaz-canel');
    expect(surnameId('dmitry-patrushev')).toBe('patrushev');
    expect(surnameId('putin')).toBe('putin');
    // Not in the gazetteer (an unknown person read from a title): left as it is.
    expect(surnameId('ghaluzin')).toBe('ghaluzin');
  });

  it('rewrites mentions and participants, and nothing else', () => {
    const text =
      'موسكو - التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ في الكرملين اليوم، بحضور وزير الخارجية الصيني وانغ يي.';
    const result = extract(text, { published: '2023-03-21' });
    const corpus = withCorpusIds(result);
    const ids = (r: typeof result) => r.mentions.filter((m) => m.type === 'leader').map((m) => m.id);
    expect(ids(result)).toContain('wang-yi');
    expect(ids(corpus)).toContain('wang');
    expect(ids(corpus)).not.toContain('wang-yi');
    expect(corpus.mentions.map((m) => [m.start, m.end, m.type])).toEqual(
      result.mentions.map((m) => [m.start, m.end, m.type]),
    );
    expect(corpus.meeting?.participants).toEqual(['putin', 'xi']);
  });
});
