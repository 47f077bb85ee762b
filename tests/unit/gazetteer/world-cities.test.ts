// The regional city files: each region's cities found after the proclitics of running text, and
// the names a city shares with a country or a common word taken only in a city's context.

import { describe, expect, it } from 'vitest';
import { found, pairs } from './found';

const ids = (text: string) => found(text).map((f) => f.id);

describe('cities by region, with proclitics', () => {
  it('reads Russian regional centres, Far East and border towns', () => {
    expect(ids('زار إيركوتسك ثم وصل إلى مورمانسك ومن نيجني نوفغورود إلى روستوف على الدون وبفولغوغراد')).toEqual([
      'irkutsk',
      'murmansk',
      'nizhny-novgorod',
      'rostov-on-don',
      'volgograd',
    ]);
    expect(ids('جسر بين بلاغوفيشتشينسك وهيهي، ومعاهدة نيرتشينسك ولكياختا وفي يالطا')).toEqual([
      'blagoveshchensk',
      'heihe',
      'nerchinsk',
      'kyakhta',
      'yalta',
    ]);
  });

  it('reads Chinese provincial capitals and border crossings in Xinhua and Egyptian spellings', () => {
    expect(ids('من تشونغتشينغ وتشنغدو وبداليان ولسويفنخه إلى مانتشولي وخورغوس وبوآو وسانيا')).toEqual([
      'chongqing',
      'chengdu',
      'dalian',
      'suifenhe',
      'manzhouli',
      'khorgos',
      'boao',
      'sanya',
    ]);
    // The Egyptian ج for غ comes from the lexicon.
    expect(ids('في نانجينج وكونمينج')).toEqual(['nanjing', 'kunming']);
  });

  it('reads Central Asian and Mongolian places, Sukhbaatar Square among them', () => {
    expect(pairs('استقبله في ساحة سوخباتار بأولان باتور بعد زيارة بخارى وخيوة وتشولبون آتا وأكتاو')).toEqual([
      'sukhbaatar-square:ساحة سوخباتار',
      'ulaanbaatar:أولان باتور',
      'bukhara:بخارى',
      'khiva:خيوة',
      'cholpon-ata:تشولبون آتا',
      'aktau:أكتاو',
    ]);
  });

  it('reads capitals of every continent', () => {
    expect(
      ids(
        'عقد الاجتماع في فيينتيان وبنوم بنه ولاهاي ومدريد ووارسو وأبوجا وكينشاسا ولواندا وبوغوتا وسانتياغو وأوتاوا وكانبرا ونواكشوط وطرابلس',
      ),
    ).toEqual([
      'vientiane',
      'phnom-penh',
      'the-hague',
      'madrid',
      'warsaw',
      'abuja',
      'kinshasa',
      'luanda',
      'bogota',
      'santiago',
      'ottawa',
      'canberra',
      'nouakchott',
      'tripoli',
    ]);
  });

  it('reads a new capital’s descriptor alone as the city', () => {
    expect(pairs('وصل إلى العاصمة الإسبانية أمس')).toEqual(['madrid:العاصمة الإسبانية (title)']);
  });
});

describe('names shared with a country or a common word', () => {
  it('takes them as cities after a city noun or their own descriptor', () => {
    expect(pairs('وصل إلى مدينة الكويت')).toEqual(['kuwait-city:مدينة الكويت']);
    expect(pairs('عقد اللقاء في العاصمة تونس')).toEqual(['tunis:تونس']);
    expect(pairs('وصل إلى العاصمة الأردنية عمان مساء')).toEqual(['amman:عمان']);
    expect(pairs('في تونس العاصمة')).toEqual(['tunis:تونس العاصمة']);
  });

  it('takes them as cities in a dateline', () => {
    expect(pairs('الكويت - 5 - 5 (كونا) -- استقبل سمو أمير البلاد')).toContain('kuwait-city:الكويت');
    expect(pairs('خبر أول\nالجزائر (واج) - استقبل الرئيس')).toContain('algiers:الجزائر');
    expect(pairs('عمان، 12 مايو - قال')).toContain('amman:عمان');
  });

  it('leaves them alone where they mean the country or a word', () => {
    expect(pairs('زار الرئيس الكويت وتونس والجزائر وسنغافورة')).toEqual([]);
    expect(pairs('وصل إلى سلطنة عمان')).toEqual([]);
    expect(pairs('في مشهد لافت، تحدث عن حماة الوطن وتدمر المدن')).toEqual([]);
    expect(pairs('تونس: احتجاجات في الجنوب')).toEqual([]);
    expect(pairs('قال إن الكويت - وهي دولة صغيرة - تدعم')).toEqual([]);
  });

  it('refuses countries, outlets, clubs and institutes named after a city', () => {
    expect(pairs('زار غينيا بيساو والكونغو برازافيل وغينيا كوناكري')).toEqual([]);
    expect(pairs('ذكرت صحيفة القدس العربي أن فيلق القدس')).toEqual([]);
    expect(pairs('فاز ريال مدريد على بايرن ميونيخ')).toEqual([]);
    expect(pairs('بحسب معهد ستوكهولم الدولي لأبحاث السلام وبروتوكول كيوتو وحلف وارسو')).toEqual([]);
  });

  it('reads the Vatican that speaks as an institution, and the Vatican as a place', () => {
    expect(pairs('أعلن الفاتيكان أن')).toEqual(['vatican-city:الفاتيكان (title)']);
    expect(pairs('التقى البابا في الفاتيكان')).toEqual(['vatican-city:الفاتيكان']);
  });
});
