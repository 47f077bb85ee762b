import { describe, expect, it } from 'vitest';
import { pairs } from './found';

describe('the bare شي', () => {
  it('is Xi when Xi is named in full in the text, before or after', () => {
    expect(pairs('أجرى شي جين بينغ اتصالا ببوتين. وقال شي إن')).toEqual(['xi:شي جين بينغ', 'putin:بوتين', 'xi:شي']);
    expect(pairs('وقال شي إن العلاقات متينة.\nوكان شي جينبينغ قد وصل أمس.')).toEqual(['xi:شي', 'xi:شي جينبينغ']);
  });

  it('is Xi right after a Chinese-president title or a bare الرئيس', () => {
    expect(pairs('وقال الرئيس الصيني شي إن')).toEqual(['xi:شي']);
    expect(pairs('كما وجه الشكر للزعيم الصيني شي على موقفه')).toEqual(['xi:شي']);
    expect(pairs('وأكد الرئيس شي أن')).toEqual(['xi:شي']);
    expect(pairs('ونقل عن الرئيس الصيني، "شي"، قوله')).toEqual(['xi:شي']);
  });

  it('is Xi shortly after a title that means him', () => {
    expect(pairs('استقبل الرئيس الصيني ضيفه الروسي، وقال شي إن')).toEqual(['xi:الرئيس الصيني (title)', 'xi:شي']);
  });

  it('is Xi when a title elsewhere in the text means him', () => {
    expect(pairs('الرئيس الصيني يدعو إلى تنسيق استراتيجي\nوذكر التلفزيون الرسمي أن شي قال إن الجانبين متفقان')).toEqual(
      ['xi:الرئيس الصيني (title)', 'xi:شي'],
    );
  });

  it('is Xi joined by و to a leader named in full, either way round (headlines, flashes)', () => {
    expect(pairs('عاجل: بوتين وشي يبحثان هاتفيا الأزمة الأوكرانية')).toEqual(['putin:بوتين', 'xi:شي']);
    expect(pairs('شي وبوتين يوقعان بيانا مشتركا')).toEqual(['xi:شي', 'putin:بوتين']);
  });

  it('but not as a common noun before a leader', () => {
    expect(pairs('لم يترك أي شي وبوتين يعرف ذلك')).toEqual(['putin:بوتين']);
  });

  it('is not a mention without that support', () => {
    expect(pairs('وقال شي إن العلاقات متينة')).toEqual([]);
    expect(pairs('ما في شي جديد')).toEqual([]);
  });

  it('is not Xi in colloquial phrases even when Xi is named', () => {
    expect(pairs('شي جين بينغ لم يقل أي شي عن ذلك')).toEqual(['xi:شي جين بينغ']);
  });
});
