// One side's leader meeting the other country's official, with the other leader spoken of later
// in the same sentence (sentence-roles `officialMetFirst`): the envoy's meeting, not the leaders'.
// An official after a comma only speaks; a leader named before the official keeps the meeting.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('an official met before the other leader is named', () => {
  it.each([
    [
      'Xinhua: Xi meets Lavrov, who prepares Putin’s visit',
      lines(
        'شي جين بينغ يلتقي لافروف ويبحث معه التحضير لزيارة بوتين',
        'بكين 9 أبريل 2024 (شينخوا) -- التقى الرئيس الصيني شي جين بينغ اليوم الثلاثاء وزير الخارجية الروسي سيرغي لافروف، وبحث معه التحضير لزيارة الرئيس فلاديمير بوتين إلى الصين.',
      ),
      '2024-04-09',
    ],
    [
      'SANA: Putin receives Wang Yi, awaiting Xi',
      lines(
        'الرئيس بوتين يستقبل وانغ يي في موسكو وينتظر زيارة الرئيس شي',
        'موسكو-سانا',
        'استقبل الرئيس الروسي فلاديمير بوتين اليوم في الكرملين مدير مكتب الشؤون الخارجية في الحزب الشيوعي الصيني وانغ يي وأكد أنه ينتظر زيارة الرئيس شي جين بينغ.',
      ),
      '2023-02-22',
    ],
  ])('%s: not relevant', (_, text, published) => {
    expect(extract(text, { published }).relevant).toBe(false);
  });

  it.each([
    [
      'RT: Xi receives Putin in the presence of both ministers',
      lines(
        'شي جين بينغ يستقبل بوتين في بكين',
        'استقبل الرئيس الصيني شي جين بينغ اليوم الخميس الرئيس الروسي فلاديمير بوتين في قاعة الشعب الكبرى بحضور وزيري الخارجية سيرغي لافروف ووانغ يي.',
      ),
      '2024-05-16',
    ],
    [
      'Youm7: the spokesman after a comma speaks of the visit',
      lines(
        'شي جين بينغ يصل إلى موسكو في زيارة دولة',
        'وصل الرئيس الصيني شي جين بينغ اليوم الاثنين إلى موسكو في زيارة دولة يلتقي خلالها الرئيس فلاديمير بوتين، وقال المتحدث باسم الكرملين دميتري بيسكوف إن المحادثات ستكون مطولة.',
      ),
      '2023-03-20',
    ],
  ])('%s: relevant', (_, text, published) => {
    expect(extract(text, { published }).relevant).toBe(true);
  });
});
