import { describe, expect, it } from 'vitest';
import { pairs } from './found';

describe('proclitics', () => {
  it('leaves attached و ف ب ل ك out of the span', () => {
    expect(pairs('التقى شي جين بينغ وبوتين')).toEqual(['xi:شي جين بينغ', 'putin:بوتين']);
    expect(pairs('رسالة لبوتين من شي جين بينغ')).toEqual(['putin:بوتين', 'xi:شي جين بينغ']);
    expect(pairs('ثم توجه لبكين وبعدها لموسكو')).toEqual(['beijing:بكين', 'moscow:موسكو']);
    expect(pairs('فبوتين لم يعلق')).toEqual(['putin:بوتين']);
    expect(pairs('وذلك كبكين التي')).toEqual(['beijing:بكين']);
    expect(pairs('وفي سمرقند ولبكين')).toEqual(['samarkand:سمرقند', 'beijing:بكين']);
  });

  it('reads ب and ل before the article, and the لل contraction', () => {
    expect(pairs('عقدت المحادثات بالكرملين')).toEqual(['kremlin:الكرملين']);
    expect(pairs('في بيان للكرملين')).toEqual(['kremlin:كرملين (title)']);
    expect(pairs('وللرئيس الروسي رأي آخر')).toEqual(['putin:رئيس الروسي (title)']);
    expect(pairs('وبالرئيس الصيني')).toEqual(['xi:الرئيس الصيني (title)']);
  });

  it('reads a whole word first when a name begins with a proclitic letter', () => {
    expect(pairs('بكين')).toEqual(['beijing:بكين']);
    expect(pairs('بوتين')).toEqual(['putin:بوتين']);
    expect(pairs('لافروف')).toEqual(['lavrov:لافروف']);
    expect(pairs('كازان')).toEqual(['kazan:كازان']);
    expect(pairs('ولافروف وبكين')).toEqual(['lavrov:لافروف', 'beijing:بكين']);
    expect(pairs('ولي تشيانغ')).toEqual(['li-qiang:لي تشيانغ']);
  });

  it('does not take an ordinary word for a prefixed name', () => {
    expect(pairs('ولي العهد')).toEqual([]);
    expect(pairs('وكين ولبن')).toEqual([]);
  });
});
