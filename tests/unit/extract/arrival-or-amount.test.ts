// `وصل`/`يصل` + `إلى` is a leader arriving, or a figure reaching an amount (`ليصل إلى نحو 123
// مليار دولار`): only the arrival is a visit's cue.

import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../lib/extract/document';
import { extract } from '../../../lib/extract/extract';
import { analyseStory } from '../../../lib/extract/story-analysis';

/** The cue kinds of a one-line text's sentences, all together. */
function cueKinds(text: string): string[] {
  const doc = makeDoc(text);
  const sentences = analyseStory(doc, [[0, doc.norm.text.length]], [], () => null);
  return sentences.flatMap((s) => s.cues.map((c) => c.kind));
}

describe('reaching an amount is no arrival', () => {
  it('a figure reaching an amount gives no visit cue', () => {
    expect(cueKinds('وارتفع التبادل التجاري ليصل إلى نحو 123 مليار دولار.')).not.toContain('in-person');
    expect(cueKinds('ووصل حجم الاستثمارات إلى 20 مليار دولار.')).not.toContain('in-person');
    expect(cueKinds('كما وصلت الصادرات الروسية إلى أكثر من 60 مليار دولار.')).not.toContain('in-person');
  });

  it('while arriving in a city does', () => {
    expect(cueKinds('وصل الرئيس الصيني اليوم إلى موسكو في زيارة دولة.')).toContain('in-person');
    expect(cueKinds('ويصل بوتين إلى بكين غدا.')).toContain('in-person');
  });

  it('and a video call telling trade reaching a figure stays a video call', () => {
    const text = [
      'بوتين وشي يتحادثان عبر الفيديو',
      'أجرى الرئيس الروسي فلاديمير بوتين، اليوم الأربعاء، محادثات عبر تقنية الفيديو مع نظيره الصيني شي جين بينغ.',
      'وأشار بوتين إلى أن حجم التبادل التجاري ارتفع ليصل إلى نحو 123 مليار دولار.',
    ].join('\n');
    expect(extract(text, { published: '2021-12-15' }).meeting?.kind).toBe('video-call');
  });
});
