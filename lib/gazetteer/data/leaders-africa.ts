// African leaders and officials of Russia–Africa and China–Africa coverage.

import type { Leader } from '../types';
import { names, post, term } from './helpers';

const AU_CHAIR = { ar: 'رئيس مفوضية الاتحاد الأفريقي', en: 'Chairperson of the African Union Commission' };

export const AFRICAN_LEADERS: Leader[] = [
  {
    id: 'abiy-ahmed',
    name: { ar: 'آبي أحمد', en: 'Abiy Ahmed' },
    country: 'ET',
    roles: [term('et-pm', '2018-04-02', null)],
    // `آبي`/`أبي` alone is also "my father": the full name only.
    spellings: ['آبي أحمد', 'أبي أحمد', 'آبي أحمد علي'],
  },
  {
    id: 'madbouly',
    name: { ar: 'مصطفى مدبولي', en: 'Mostafa Madbouly' },
    country: 'EG',
    roles: [term('eg-pm', '2018-06-07', null)],
    spellings: names(['مصطفى'], ['مدبولي', 'مدبولى']),
  },
  {
    id: 'ruto',
    name: { ar: 'وليام روتو', en: 'William Ruto' },
    country: 'KE',
    roles: [post({ ar: 'رئيس كينيا', en: 'President of Kenya' }, '2022-09-13', null)],
    spellings: names(['وليام', 'ويليام'], ['روتو'], false),
  },
  {
    id: 'tinubu',
    name: { ar: 'بولا تينوبو', en: 'Bola Tinubu' },
    country: 'NG',
    roles: [post({ ar: 'رئيس نيجيريا', en: 'President of Nigeria' }, '2023-05-29', null)],
    spellings: names(['بولا'], ['تينوبو']),
  },
  {
    id: 'burhan',
    name: { ar: 'عبد الفتاح البرهان', en: 'Abdel Fattah al-Burhan' },
    country: 'SD',
    roles: [
      post(
        { ar: 'رئيس مجلس السيادة السوداني', en: 'Chairman of the Sovereignty Council of Sudan' },
        '2019-08-21',
        null,
      ),
    ],
    // `البرهان` is also "the proof".
    spellings: ['عبد الفتاح البرهان', 'عبدالفتاح البرهان', { text: 'البرهان', needs: 'named' }],
  },
  {
    id: 'tshisekedi',
    name: { ar: 'فيليكس تشيسيكيدي', en: 'Félix Tshisekedi' },
    country: 'CD',
    roles: [post({ ar: 'رئيس جمهورية الكونغو الديمقراطية', en: 'President of the DR Congo' }, '2019-01-24', null)],
    spellings: names(['فيليكس'], ['تشيسيكيدي', 'تشيسكيدي']),
  },
  {
    id: 'faki',
    name: { ar: 'موسى فقي محمد', en: 'Moussa Faki Mahamat' },
    country: 'TD',
    roles: [post(AU_CHAIR, '2017-03-14', '2025-02-15', 'approximate')],
    spellings: ['موسى فقي محمد', 'موسى فكي محمد', 'موسى فقي'],
  },
  {
    id: 'youssouf',
    name: { ar: 'محمود علي يوسف', en: 'Mahmoud Ali Youssouf' },
    country: 'DJ',
    roles: [post(AU_CHAIR, '2025-02-15', null, 'approximate')],
    spellings: ['محمود علي يوسف'],
  },
  // Libya: the Presidential Council's head (head of state) and the Tripoli government's prime
  // minister, who speak for the country at Russian and Chinese forums. `المنفي` alone is also
  // "the exiled one": only when the full name is in the text.
  {
    id: 'menfi',
    name: { ar: 'محمد المنفي', en: 'Mohamed al-Menfi' },
    country: 'LY',
    roles: [
      post(
        { ar: 'رئيس المجلس الرئاسي الليبي', en: 'Chairman of the Presidential Council of Libya' },
        '2021-03-15',
        null,
      ),
    ],
    spellings: ['محمد المنفي', 'محمد يونس المنفي', { text: 'المنفي', needs: 'named' }],
  },
  {
    id: 'dbeibah',
    name: { ar: 'عبد الحميد الدبيبة', en: 'Abdul Hamid Dbeibah' },
    country: 'LY',
    roles: [
      post(
        { ar: 'رئيس حكومة الوحدة الوطنية الليبية', en: 'Prime Minister of the Government of National Unity of Libya' },
        '2021-03-15',
        null,
      ),
    ],
    spellings: ['عبد الحميد الدبيبة', 'عبدالحميد الدبيبة', 'عبد الحميد دبيبة', 'الدبيبة'],
  },
];
