// The headline's subject decides what the lead's meetings are (main-subject, recalled): under a
// headline about ministers, an envoy or a third leader, a leaders' meeting recalled in the lead is
// background; analyses whose headline or opening is the leaders' meeting stay relevant.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('a leaders’ meeting told in passing under another headline', () => {
  it.each([
    [
      'ministers agree, the leaders’ summit recalled with مطلع الشهر الجاري (Anadolu)',
      lines(
        'لافروف ووانغ يي يبحثان في بكين أمن آسيا الوسطى',
        'بكين - الأناضول',
        'بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الصيني وانغ يي، اليوم الثلاثاء في بكين، الأوضاع الأمنية في آسيا الوسطى وأفغانستان.',
        'وقال بيان للخارجية الصينية إن الجانبين ناقشا سبل تنفيذ التفاهمات التي توصل إليها الرئيسان شي جين بينغ وفلاديمير بوتين خلال قمتهما في موسكو مطلع الشهر الجاري.',
        'ويزور لافروف بعد ذلك منغوليا.',
      ),
      '2023-04-11',
    ],
    [
      'an analysis of Washington’s wedge, the leaders’ video call only recalled (Gulf daily)',
      lines(
        'هل ينجح ترامب في إبعاد موسكو عن بكين؟',
        'قراءة في رهانات البيت الأبيض بعد محادثات الرياض',
        'الرياض - الخليج',
        'تتزايد في واشنطن الأصوات الداعية إلى استمالة روسيا بعيدا عن الصين، بعد أن التقى وزير الخارجية الأمريكي ماركو روبيو نظيره الروسي سيرغي لافروف في الرياض.',
        'لكن الكرملين يرد بأن العلاقة مع بكين ثابتة، مذكرا بأن الرئيس فلاديمير بوتين أطلع نظيره الصيني شي جين بينغ على نتائج تلك المحادثات خلال اتصال هاتفي جرى بينهما في فبراير الماضي.',
        'ويرى محللون أن الرهان الأمريكي يصطدم بحجم التبادل التجاري بين البلدين.',
      ),
      '2025-03-10',
    ],
    [
      'Putin receives Wang Yi and says a Xi visit is awaited (AFP)',
      lines(
        'بوتين يستقبل وانغ يي ويؤكد أنه ينتظر زيارة شي جين بينغ',
        'موسكو (أ ف ب)',
        'استقبل الرئيس الروسي فلاديمير بوتين الثلاثاء في الكرملين وزير الخارجية الصيني وانغ يي، مؤكدا أنه ينتظر زيارة الرئيس الصيني شي جين بينغ إلى روسيا.',
        'وقال بوتين لضيفه: "ننتظر زيارة الرئيس شي، لقد اتفقنا على ذلك".',
      ),
      '2023-02-21',
    ],
    [
      'a third leader’s trilateral asked in the headline, the leaders’ calls recalled (Levantine op-ed)',
      lines(
        'هل تجمع طاولة واحدة بوتين وشي وترامب؟',
        'يتكرر في الصالونات السياسية سؤال واحد منذ عودة دونالد ترامب إلى البيت الأبيض: هل نشهد قمة ثلاثية تعيد رسم خرائط النفوذ؟',
        'الإشارات متناقضة. فقد عقد بوتين وشي جين بينغ قمة افتراضية في اليوم التالي لتنصيب ترامب، ثم أجريا اتصالا هاتفيا في 24 شباط.',
        'أما القمة الثلاثية فتبدو أقرب إلى الأمنيات.',
      ),
      '2025-03-17',
    ],
  ])('%s: not relevant', (_, text, published) => {
    expect(extract(text, { published }).relevant).toBe(false);
  });
});

describe('analyses whose subject is the leaders’ meeting', () => {
  it('a commentary naming the visitor once, then «الرجل … نظيره الصيني» (Al-Akhbar style)', () => {
    const r = extract(
      lines(
        'بوتين في بكين: شراكة في زمن العقوبات',
        'الخميس 19 تشرين الأول 2023',
        'لم يكن اختيار الرئيس الروسي فلاديمير بوتين العاصمة الصينية محطة لأول رحلة خارجية طويلة له هذا العام تفصيلا عابرا. فالرجل الذي حل ضيفا على منتدى الحزام والطريق جلس أمس إلى نظيره الصيني، شي جين بينغ، في قاعة الشعب الكبرى في محادثات امتدت ثلاث ساعات.',
        'وتقول القراءة الأبعد إن موسكو تحتاج إلى بكين أكثر من أي وقت مضى.',
      ),
      { published: '2023-10-19' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({
      start: '2023-10-18',
      venue: 'beijing',
      kind: 'in-person',
      participants: ['putin', 'xi'],
    });
  });

  it('a Gulf analysis opening on the call itself, with a third leader named later', () => {
    const r = extract(
      lines(
        'ماذا وراء اتصال بوتين وشي؟',
        'دبي - البيان',
        'أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع نظيره الصيني شي جين بينغ أمس الاثنين، في خطوة يقرأها المحللون رسالة إلى إدارة دونالد ترامب.',
        'ويرى خبراء أن توقيت الاتصال ليس صدفة.',
      ),
      { published: '2025-02-25' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ start: '2025-02-24', kind: 'phone-call' });
  });

  it('a ministers’ headline over an opening that reports the leaders’ talks keeps them (Sputnik)', () => {
    const r = extract(
      lines(
        'لافروف: المحادثات كانت صريحة ومثمرة',
        'موسكو - سبوتنيك',
        'أجرى الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ اليوم الثلاثاء محادثات في الكرملين، وصفها وزير الخارجية سيرغي لافروف بأنها صريحة ومثمرة.',
      ),
      { published: '2023-03-21' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ start: '2023-03-21', venue: 'moscow' });
  });
});
