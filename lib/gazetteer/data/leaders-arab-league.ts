// Heads of state and government, crown princes and foreign ministers of the Arab League states
// of 2013–2025 that the other files lacked, with the spellings of the Arabic press (Maghrebi ones
// too: `بوريطة`, `الجرندي`, `ولد مرزوك`). Roles are `post`s: no title resolves to them, a name
// must be in the text. A surname that is an ordinary word or a common first name is never read
// alone (`النفطي` "oil", `الشاهد` "the witness", `جراد` "locusts", `حسين`, `صالح`); one that is
// only a family name shared with others counts alone beside the full name (`guarded`).

import type { Leader } from '../types';
import { guarded, names, person, post, role } from './helpers';

const MA_CROWN_PRINCE = role('Crown Prince of Morocco', 'ولي العهد المغربي');
const MA_FM = role('Minister of Foreign Affairs of Morocco', 'وزير الخارجية المغربي');
const DZ_PM = role('Prime Minister of Algeria', 'الوزير الأول الجزائري');
const DZ_FM = role('Minister of Foreign Affairs of Algeria', 'وزير الخارجية الجزائري');
const DZ_HEAD = role('Head of State of Algeria', 'رئيس الدولة الجزائري');
const TN_PRESIDENT = role('President of Tunisia', 'الرئيس التونسي');
const TN_PM = role('Head of Government of Tunisia', 'رئيس الحكومة التونسية');
const TN_FM = role('Minister of Foreign Affairs of Tunisia', 'وزير الخارجية التونسي');
const LY_GNA = role('Chairman of the Presidential Council of Libya', 'رئيس المجلس الرئاسي الليبي');
const LY_LNA = role('Commander of the Libyan National Army', 'قائد الجيش الوطني الليبي');
const LY_FM = role('Minister of Foreign Affairs of Libya', 'وزير الخارجية الليبي');
const MR_FM = role('Minister of Foreign Affairs of Mauritania', 'وزير الخارجية الموريتاني');
const MR_PM = role('Prime Minister of Mauritania', 'الوزير الأول الموريتاني');
const EG_PM = role('Prime Minister of Egypt', 'رئيس الوزراء المصري');
const EG_FM = role('Minister of Foreign Affairs of Egypt', 'وزير الخارجية المصري');
const SD_PM = role('Prime Minister of Sudan', 'رئيس الوزراء السوداني');
const SD_FM = role('Minister of Foreign Affairs of Sudan', 'وزير الخارجية السوداني');
const SD_SOVEREIGN_DEPUTY = role(
  'Deputy Chairman of the Sovereignty Council of Sudan',
  'نائب رئيس مجلس السيادة السوداني',
);
const SA_CROWN_PRINCE = role('Crown Prince of Saudi Arabia', 'ولي العهد السعودي');
const SA_FM = role('Minister of Foreign Affairs of Saudi Arabia', 'وزير الخارجية السعودي');
const QA_PM = role('Prime Minister of Qatar', 'رئيس الوزراء القطري');
const QA_FM = role('Minister of Foreign Affairs of Qatar', 'وزير الخارجية القطري');
const OM_FM = role('Minister Responsible for Foreign Affairs of Oman', 'الوزير المسؤول عن الشؤون الخارجية العماني');
const OM_CROWN_PRINCE = role('Crown Prince of Oman', 'ولي العهد العماني');
const BH_CROWN_PRINCE_PM = role('Crown Prince and Prime Minister of Bahrain', 'ولي العهد رئيس الوزراء البحريني');
const BH_PM = role('Prime Minister of Bahrain', 'رئيس الوزراء البحريني');
const BH_FM = role('Minister of Foreign Affairs of Bahrain', 'وزير الخارجية البحريني');
const KW_PM = role('Prime Minister of Kuwait', 'رئيس الوزراء الكويتي');
const KW_FM = role('Minister of Foreign Affairs of Kuwait', 'وزير الخارجية الكويتي');
const KW_CROWN_PRINCE = role('Crown Prince of Kuwait', 'ولي العهد الكويتي');
const IQ_PRESIDENT = role('President of Iraq', 'الرئيس العراقي');
const IQ_FM = role('Minister of Foreign Affairs of Iraq', 'وزير الخارجية العراقي');
const SY_PM = role('Prime Minister of Syria', 'رئيس الوزراء السوري');
const LB_PRESIDENT = role('President of Lebanon', 'الرئيس اللبناني');
const LB_PM = role('Prime Minister of Lebanon', 'رئيس الوزراء اللبناني');
const LB_FM = role('Minister of Foreign Affairs of Lebanon', 'وزير الخارجية اللبناني');
const JO_CROWN_PRINCE = role('Crown Prince of Jordan', 'ولي العهد الأردني');
const JO_PM = role('Prime Minister of Jordan', 'رئيس الوزراء الأردني');
const JO_FM = role('Minister of Foreign Affairs of Jordan', 'وزير الخارجية الأردني');
const PS_PM = role('Prime Minister of Palestine', 'رئيس الوزراء الفلسطيني');
const PS_FM = role('Minister of Foreign Affairs of Palestine', 'وزير الخارجية الفلسطيني');
const YE_PM = role('Prime Minister of Yemen', 'رئيس الوزراء اليمني');
const YE_FM = role('Minister of Foreign Affairs of Yemen', 'وزير الخارجية اليمني');

export const ARAB_LEAGUE_LEADERS: Leader[] = [
  // Morocco
  person(
    'moulay-el-hassan',
    'Moulay El Hassan',
    'مولاي الحسن',
    'MA',
    [post(MA_CROWN_PRINCE, '2003-05-08', null)],
    ['مولاي الحسن', 'مولاي الحسن بن محمد', 'مولاي لحسن'],
  ),
  person(
    'bourita',
    'Nasser Bourita',
    'ناصر بوريطة',
    'MA',
    [post(MA_FM, '2017-04-05', null)],
    names(['ناصر'], ['بوريطة', 'بوريطه', 'بوريتة']),
  ),
  person(
    'mezouar',
    'Salaheddine Mezouar',
    'صلاح الدين مزوار',
    'MA',
    [post(MA_FM, '2013-10-10', '2017-04-05')],
    guarded(['صلاح الدين', 'صلاح'], ['مزوار']),
  ),

  // Algeria
  person(
    'sellal',
    'Abdelmalek Sellal',
    'عبد المالك سلال',
    'DZ',
    [post(DZ_PM, '2012-09-03', '2017-05-24')],
    names(['عبد المالك', 'عبدالمالك'], ['سلال'], false),
  ),
  person(
    'ouyahia',
    'Ahmed Ouyahia',
    'أحمد أويحيى',
    'DZ',
    [post(DZ_PM, '2017-08-15', '2019-03-11')],
    names(['أحمد'], ['أويحيى', 'أويحي']),
  ),
  person(
    'bedoui',
    'Noureddine Bedoui',
    'نور الدين بدوي',
    'DZ',
    [post(DZ_PM, '2019-03-11', '2019-12-19')],
    names(['نور الدين', 'نورالدين'], ['بدوي'], false),
  ),
  person(
    'bensalah',
    'Abdelkader Bensalah',
    'عبد القادر بن صالح',
    'DZ',
    [post(DZ_HEAD, '2019-04-09', '2019-12-19')],
    names(['عبد القادر', 'عبدالقادر'], ['بن صالح', 'بنصالح'], false),
  ),
  person(
    'djerad',
    'Abdelaziz Djerad',
    'عبد العزيز جراد',
    'DZ',
    [post(DZ_PM, '2019-12-28', '2021-06-30')],
    names(['عبد العزيز', 'عبدالعزيز'], ['جراد'], false),
  ),
  person(
    'ghrieb',
    'Sifi Ghrieb',
    'سيفي غريب',
    'DZ',
    [post(DZ_PM, '2025-08-28', null, 'approximate')],
    names(['سيفي'], ['غريب'], false),
  ),
  person(
    'messahel',
    'Abdelkader Messahel',
    'عبد القادر مساهل',
    'DZ',
    [post(DZ_FM, '2017-05-25', '2019-03-31')],
    names(['عبد القادر', 'عبدالقادر'], ['مساهل']),
  ),

  // Tunisia
  person(
    'marzouki',
    'Moncef Marzouki',
    'المنصف المرزوقي',
    'TN',
    [post(TN_PRESIDENT, '2011-12-13', '2014-12-31')],
    guarded(['المنصف', 'منصف', 'محمد المنصف'], ['المرزوقي']),
  ),
  person(
    'jomaa',
    'Mehdi Jomaa',
    'مهدي جمعة',
    'TN',
    [post(TN_PM, '2014-01-29', '2015-02-06')],
    names(['مهدي', 'المهدي'], ['جمعة'], false),
  ),
  person(
    'essid',
    'Habib Essid',
    'الحبيب الصيد',
    'TN',
    [post(TN_PM, '2015-02-06', '2016-08-27')],
    names(['الحبيب', 'حبيب'], ['الصيد'], false),
  ),
  person(
    'chahed',
    'Youssef Chahed',
    'يوسف الشاهد',
    'TN',
    [post(TN_PM, '2016-08-27', '2020-02-27')],
    names(['يوسف'], ['الشاهد'], false),
  ),
  person(
    'fakhfakh',
    'Elyes Fakhfakh',
    'إلياس الفخفاخ',
    'TN',
    [post(TN_PM, '2020-02-27', '2020-09-02')],
    names(['إلياس', 'الياس'], ['الفخفاخ']),
  ),
  person(
    'mechichi',
    'Hichem Mechichi',
    'هشام المشيشي',
    'TN',
    [post(TN_PM, '2020-09-02', '2021-07-25')],
    names(['هشام'], ['المشيشي']),
  ),
  person(
    'bouden',
    'Najla Bouden',
    'نجلاء بودن',
    'TN',
    [post(TN_PM, '2021-10-11', '2023-08-01')],
    guarded(['نجلاء', 'نجلاء بودن رمضان'], ['بودن']),
  ),
  person(
    'hachani',
    'Ahmed Hachani',
    'أحمد الحشاني',
    'TN',
    [post(TN_PM, '2023-08-01', '2024-08-07')],
    guarded(['أحمد'], ['الحشاني']),
  ),
  person(
    'maddouri',
    'Kamel Maddouri',
    'كمال المدوري',
    'TN',
    [post(TN_PM, '2024-08-07', '2025-03-20')],
    guarded(['كمال'], ['المدوري']),
  ),
  person(
    'zenzri',
    'Sara Zaafrani Zenzri',
    'سارة الزعفراني الزنزري',
    'TN',
    [post(TN_PM, '2025-03-21', null)],
    ['سارة الزعفراني الزنزري', 'سارة الزعفراني', { text: 'الزنزري', needs: 'named' }],
  ),
  person(
    'baccouche',
    'Taieb Baccouche',
    'الطيب البكوش',
    'TN',
    [post(TN_FM, '2015-02-06', '2016-01-12')],
    guarded(['الطيب', 'طيب'], ['البكوش']),
  ),
  person(
    'jhinaoui',
    'Khemaies Jhinaoui',
    'خميس الجهيناوي',
    'TN',
    [post(TN_FM, '2016-01-12', '2019-10-29')],
    names(['خميس'], ['الجهيناوي']),
  ),
  person(
    'jerandi',
    'Othman Jerandi',
    'عثمان الجرندي',
    'TN',
    [post(TN_FM, '2020-09-02', '2023-02-07'), post(TN_FM, '2013-03-14', '2014-01-29')],
    names(['عثمان'], ['الجرندي']),
  ),
  person(
    'nabil-ammar',
    'Nabil Ammar',
    'نبيل عمار',
    'TN',
    [post(TN_FM, '2023-02-07', '2024-08-25')],
    names(['نبيل'], ['عمار'], false),
  ),
  person(
    'nafti',
    'Mohamed Ali Nafti',
    'محمد علي النفطي',
    'TN',
    [post(TN_FM, '2024-08-25', null)],
    ['محمد علي النفطي', 'محمد على النفطي'],
  ),

  // Libya
  person(
    'sarraj',
    'Fayez al-Sarraj',
    'فايز السراج',
    'LY',
    [post(LY_GNA, '2016-03-30', '2021-03-15')],
    guarded(['فايز', 'فائز'], ['السراج']),
  ),
  person(
    'haftar',
    'Khalifa Haftar',
    'خليفة حفتر',
    'LY',
    [post(LY_LNA, '2015-03-02', null)],
    guarded(['خليفة', 'المشير خليفة'], ['حفتر']),
  ),
  person(
    'mangoush',
    'Najla Mangoush',
    'نجلاء المنقوش',
    'LY',
    [post(LY_FM, '2021-03-15', '2023-08-27')],
    names(['نجلاء'], ['المنقوش'], false),
  ),
  person(
    'siala',
    'Mohamed Taha Siala',
    'محمد الطاهر سيالة',
    'LY',
    [post(LY_FM, '2016-04-05', '2021-03-15', 'approximate')],
    guarded(['محمد الطاهر', 'محمد طاهر', 'محمد طه'], ['سيالة']),
  ),

  // Mauritania
  person(
    'ould-merzouk',
    'Mohamed Salem Ould Merzouk',
    'محمد سالم ولد مرزوك',
    'MR',
    [post(MR_FM, '2022-03-31', null, 'approximate')],
    names(['محمد سالم'], ['ولد مرزوك']),
  ),
  person(
    'ould-cheikh-ahmed',
    'Ismail Ould Cheikh Ahmed',
    'إسماعيل ولد الشيخ أحمد',
    'MR',
    [post(MR_FM, '2018-10-29', '2022-03-31', 'approximate')],
    names(['إسماعيل', 'اسماعيل'], ['ولد الشيخ أحمد']),
  ),
  person(
    'ould-bilal',
    'Mohamed Ould Bilal',
    'محمد ولد بلال',
    'MR',
    [post(MR_PM, '2020-08-06', '2024-08-02')],
    names(['محمد'], ['ولد بلال'], false),
  ),
  person(
    'ould-djay',
    'Moctar Ould Djay',
    'المختار ولد اجاي',
    'MR',
    [post(MR_PM, '2024-08-02', null)],
    names(['المختار', 'مختار'], ['ولد اجاي', 'ولد أجاي', 'ولد جاي']),
  ),

  // Egypt
  person(
    'beblawi',
    'Hazem el-Beblawi',
    'حازم الببلاوي',
    'EG',
    [post(EG_PM, '2013-07-09', '2014-03-01')],
    names(['حازم'], ['الببلاوي']),
  ),
  person(
    'nabil-fahmy',
    'Nabil Fahmy',
    'نبيل فهمي',
    'EG',
    [post(EG_FM, '2013-07-16', '2014-06-17')],
    names(['نبيل'], ['فهمي'], false),
  ),

  // Sudan
  person(
    'hamdok',
    'Abdalla Hamdok',
    'عبد الله حمدوك',
    'SD',
    [post(SD_PM, '2019-08-21', '2022-01-02')],
    names(['عبد الله', 'عبدالله'], ['حمدوك']),
  ),
  person(
    'hemedti',
    'Mohamed Hamdan Dagalo',
    'محمد حمدان دقلو',
    'SD',
    [post(SD_SOVEREIGN_DEPUTY, '2019-08-21', '2023-05-19')],
    ['محمد حمدان دقلو', 'محمد حمدان دقلو حميدتي', 'حميدتي', 'دقلو'],
  ),
  person(
    'kamil-idris',
    'Kamil Idris',
    'كامل إدريس',
    'SD',
    [post(SD_PM, '2025-05-19', null)],
    names(['كامل', 'كامل الطيب'], ['إدريس'], false),
  ),
  person(
    'ghandour',
    'Ibrahim Ghandour',
    'إبراهيم غندور',
    'SD',
    [post(SD_FM, '2015-06-08', '2018-04-19', 'approximate')],
    guarded(['إبراهيم'], ['غندور']),
  ),
  person(
    'mariam-al-mahdi',
    'Mariam al-Sadiq al-Mahdi',
    'مريم الصادق المهدي',
    'SD',
    [post(SD_FM, '2021-02-08', '2021-10-25')],
    ['مريم الصادق المهدي', 'مريم المهدي', 'مريم الصادق'],
  ),
  person(
    'ali-al-sadiq',
    'Ali al-Sadiq',
    'علي الصادق',
    'SD',
    [post(SD_FM, '2022-01-01', '2024-11-12', 'approximate')],
    ['علي الصادق', 'علي الصادق علي'],
  ),

  // Saudi Arabia
  person(
    'saud-al-faisal',
    'Saud al-Faisal',
    'سعود الفيصل',
    'SA',
    [post(SA_FM, '1975-10-13', '2015-04-29')],
    ['سعود الفيصل', 'الأمير سعود الفيصل'],
  ),
  person(
    'mohammed-bin-nayef',
    'Mohammed bin Nayef',
    'محمد بن نايف',
    'SA',
    [post(SA_CROWN_PRINCE, '2015-04-29', '2017-06-21')],
    ['محمد بن نايف', 'محمد بن نايف بن عبد العزيز', 'بن نايف'],
  ),
  person(
    'muqrin',
    'Muqrin bin Abdulaziz',
    'مقرن بن عبد العزيز',
    'SA',
    [post(SA_CROWN_PRINCE, '2015-01-23', '2015-04-29')],
    ['مقرن بن عبد العزيز', 'مقرن بن عبدالعزيز'],
  ),
  person(
    'al-assaf',
    'Ibrahim al-Assaf',
    'إبراهيم العساف',
    'SA',
    [post(SA_FM, '2018-12-27', '2019-10-23')],
    guarded(['إبراهيم'], ['العساف']),
  ),

  // Qatar
  person(
    'khalid-al-attiyah',
    'Khalid bin Mohammad Al Attiyah',
    'خالد العطية',
    'QA',
    [post(QA_FM, '2013-06-26', '2016-01-27')],
    ['خالد العطية', 'خالد بن محمد العطية'],
  ),
  person(
    'abdullah-bin-nasser',
    'Abdullah bin Nasser Al Thani',
    'عبد الله بن ناصر آل ثاني',
    'QA',
    [post(QA_PM, '2013-06-26', '2020-01-28')],
    ['عبد الله بن ناصر آل ثاني', 'عبدالله بن ناصر آل ثاني', 'عبد الله بن ناصر بن خليفة آل ثاني'],
  ),
  person(
    'khalid-bin-khalifa',
    'Khalid bin Khalifa Al Thani',
    'خالد بن خليفة آل ثاني',
    'QA',
    [post(QA_PM, '2020-01-28', '2023-03-07')],
    ['خالد بن خليفة آل ثاني', 'خالد بن خليفة بن عبد العزيز آل ثاني'],
  ),

  // Oman, Bahrain, Kuwait
  person(
    'bin-alawi',
    'Yusuf bin Alawi',
    'يوسف بن علوي',
    'OM',
    [post(OM_FM, '1997-01-01', '2020-08-18', 'approximate')],
    ['يوسف بن علوي', 'يوسف بن علوي بن عبد الله', 'بن علوي'],
  ),
  person(
    'theyazin',
    'Theyazin bin Haitham',
    'ذي يزن بن هيثم',
    'OM',
    [post(OM_CROWN_PRINCE, '2021-01-12', null)],
    ['ذي يزن بن هيثم', 'ذو يزن بن هيثم', 'ذي يزن بن هيثم آل سعيد'],
  ),
  person(
    'salman-bin-hamad',
    'Salman bin Hamad Al Khalifa',
    'سلمان بن حمد آل خليفة',
    'BH',
    [post(BH_CROWN_PRINCE_PM, '2020-11-11', null)],
    ['سلمان بن حمد آل خليفة', 'سلمان بن حمد'],
  ),
  person(
    'khalifa-bin-salman',
    'Khalifa bin Salman Al Khalifa',
    'خليفة بن سلمان آل خليفة',
    'BH',
    [post(BH_PM, '1971-01-10', '2020-11-11')],
    ['خليفة بن سلمان آل خليفة', 'خليفة بن سلمان'],
  ),
  person(
    'khalid-bin-ahmed',
    'Khalid bin Ahmed Al Khalifa',
    'خالد بن أحمد آل خليفة',
    'BH',
    [post(BH_FM, '2005-09-01', '2020-02-11', 'approximate')],
    ['خالد بن أحمد آل خليفة', 'خالد بن أحمد بن محمد آل خليفة', 'خالد بن أحمد'],
  ),
  person(
    'sabah-al-khalid',
    'Sabah Al-Khalid Al-Sabah',
    'صباح الخالد الحمد الصباح',
    'KW',
    [
      post(KW_CROWN_PRINCE, '2024-06-01', null),
      post(KW_PM, '2019-11-19', '2022-07-24'),
      post(KW_FM, '2011-10-01', '2019-11-19', 'approximate'),
    ],
    ['صباح الخالد الحمد الصباح', 'صباح خالد الحمد الصباح', 'صباح الخالد', 'صباح خالد الحمد'],
  ),
  person(
    'ahmad-nasser-al-mohammad',
    'Ahmad Nasser Al-Mohammad Al-Sabah',
    'أحمد ناصر المحمد الصباح',
    'KW',
    [post(KW_FM, '2019-12-17', '2022-08-01', 'approximate')],
    ['أحمد ناصر المحمد الصباح', 'أحمد ناصر المحمد', 'أحمد الناصر المحمد'],
  ),
  person(
    'salem-al-jaber',
    'Salem Abdullah Al-Jaber Al-Sabah',
    'سالم عبد الله الجابر الصباح',
    'KW',
    [post(KW_FM, '2022-08-01', '2024-05-19', 'approximate')],
    ['سالم عبد الله الجابر الصباح', 'سالم عبدالله الجابر الصباح', 'سالم عبد الله الجابر', 'سالم عبدالله الجابر'],
  ),
  person(
    'al-yahya',
    'Abdullah Al-Yahya',
    'عبد الله اليحيا',
    'KW',
    [post(KW_FM, '2024-05-19', null, 'approximate')],
    guarded(['عبد الله', 'عبدالله', 'عبد الله علي'], ['اليحيا', 'اليحيى']),
  ),

  // Iraq
  person(
    'fuad-masum',
    'Fuad Masum',
    'فؤاد معصوم',
    'IQ',
    [post(IQ_PRESIDENT, '2014-07-24', '2018-10-02')],
    names(['فؤاد'], ['معصوم'], false),
  ),
  person(
    'barham-salih',
    'Barham Salih',
    'برهم صالح',
    'IQ',
    [post(IQ_PRESIDENT, '2018-10-02', '2022-10-13')],
    ['برهم صالح', 'برهم أحمد صالح'],
  ),
  person(
    'abdul-latif-rashid',
    'Abdul Latif Rashid',
    'عبد اللطيف رشيد',
    'IQ',
    [post(IQ_PRESIDENT, '2022-10-13', null)],
    ['عبد اللطيف رشيد', 'عبد اللطيف جمال رشيد', 'عبداللطيف رشيد'],
  ),
  person(
    'zebari',
    'Hoshyar Zebari',
    'هوشيار زيباري',
    'IQ',
    [post(IQ_FM, '2003-09-01', '2014-09-08', 'approximate')],
    names(['هوشيار'], ['زيباري']),
  ),
  person(
    'ibrahim-al-jaafari',
    'Ibrahim al-Jaafari',
    'إبراهيم الجعفري',
    'IQ',
    [post(IQ_FM, '2014-09-08', '2018-10-25')],
    ['إبراهيم الجعفري'],
  ),
  person(
    'alhakim',
    'Mohamed Ali Alhakim',
    'محمد علي الحكيم',
    'IQ',
    [post(IQ_FM, '2018-10-25', '2020-05-07')],
    ['محمد علي الحكيم', 'محمد على الحكيم'],
  ),
  person(
    'fuad-hussein',
    'Fuad Hussein',
    'فؤاد حسين',
    'IQ',
    [post(IQ_FM, '2020-06-06', null)],
    ['فؤاد حسين', 'فؤاد محمد حسين'],
  ),

  // Syria
  person(
    'halqi',
    'Wael al-Halqi',
    'وائل الحلقي',
    'SY',
    [post(SY_PM, '2012-08-09', '2016-07-03')],
    guarded(['وائل'], ['الحلقي']),
  ),
  person(
    'jalali',
    'Mohammad Ghazi al-Jalali',
    'محمد غازي الجلالي',
    'SY',
    [post(SY_PM, '2024-09-14', '2024-12-10')],
    guarded(['محمد غازي'], ['الجلالي']),
  ),

  // Lebanon
  person(
    'michel-sleiman',
    'Michel Sleiman',
    'ميشال سليمان',
    'LB',
    [post(LB_PRESIDENT, '2008-05-25', '2014-05-25')],
    ['ميشال سليمان', 'ميشيل سليمان'],
  ),
  person('tammam-salam', 'Tammam Salam', 'تمام سلام', 'LB', [post(LB_PM, '2014-02-15', '2016-12-18')], ['تمام سلام']),
  person('hassan-diab', 'Hassan Diab', 'حسان دياب', 'LB', [post(LB_PM, '2020-01-21', '2021-09-10')], ['حسان دياب']),
  person(
    'bassil',
    'Gebran Bassil',
    'جبران باسيل',
    'LB',
    [post(LB_FM, '2014-02-15', '2020-01-21')],
    guarded(['جبران'], ['باسيل']),
  ),
  person(
    'hitti',
    'Nassif Hitti',
    'ناصيف حتي',
    'LB',
    [post(LB_FM, '2020-01-21', '2020-08-03')],
    names(['ناصيف'], ['حتي'], false),
  ),
  person(
    'bou-habib',
    'Abdallah Bou Habib',
    'عبد الله بو حبيب',
    'LB',
    [post(LB_FM, '2021-09-10', '2025-02-08')],
    guarded(['عبد الله', 'عبدالله'], ['بو حبيب', 'بوحبيب']),
  ),
  person(
    'rajji',
    'Youssef Rajji',
    'يوسف رجي',
    'LB',
    [post(LB_FM, '2025-02-08', null)],
    names(['يوسف'], ['رجي'], false),
  ),

  // Jordan
  person(
    'hussein-bin-abdullah',
    'Crown Prince Hussein bin Abdullah',
    'الحسين بن عبد الله الثاني',
    'JO',
    [post(JO_CROWN_PRINCE, '2009-07-02', null)],
    ['الحسين بن عبد الله الثاني', 'الحسين بن عبدالله الثاني', 'الحسين بن عبد الله', 'الحسين بن عبدالله'],
  ),
  person(
    'judeh',
    'Nasser Judeh',
    'ناصر جودة',
    'JO',
    [post(JO_FM, '2009-02-23', '2017-01-15')],
    names(['ناصر'], ['جودة', 'جوده'], false),
  ),
  person(
    'safadi',
    'Ayman Safadi',
    'أيمن الصفدي',
    'JO',
    [post(JO_FM, '2017-01-15', null)],
    guarded(['أيمن'], ['الصفدي']),
  ),
  person(
    'ensour',
    'Abdullah Ensour',
    'عبد الله النسور',
    'JO',
    [post(JO_PM, '2012-10-11', '2016-06-01')],
    names(['عبد الله', 'عبدالله'], ['النسور'], false),
  ),
  person(
    'mulki',
    'Hani Mulki',
    'هاني الملقي',
    'JO',
    [post(JO_PM, '2016-06-01', '2018-06-04')],
    guarded(['هاني'], ['الملقي']),
  ),
  person(
    'razzaz',
    'Omar Razzaz',
    'عمر الرزاز',
    'JO',
    [post(JO_PM, '2018-06-04', '2020-10-12')],
    guarded(['عمر'], ['الرزاز']),
  ),
  person(
    'khasawneh',
    'Bisher Khasawneh',
    'بشر الخصاونة',
    'JO',
    [post(JO_PM, '2020-10-12', '2024-09-15')],
    guarded(['بشر', 'بشر هاني'], ['الخصاونة']),
  ),
  person('jafar-hassan', 'Jafar Hassan', 'جعفر حسان', 'JO', [post(JO_PM, '2024-09-15', null)], ['جعفر حسان']),

  // Palestine
  person(
    'hamdallah',
    'Rami Hamdallah',
    'رامي الحمد الله',
    'PS',
    [post(PS_PM, '2013-06-06', '2019-04-13')],
    ['رامي الحمد الله', 'رامي الحمدالله'],
  ),
  person(
    'riyad-al-maliki',
    'Riyad al-Maliki',
    'رياض المالكي',
    'PS',
    [post(PS_FM, '2007-05-17', '2024-03-31')],
    ['رياض المالكي'],
  ),

  // Yemen
  person(
    'mekhlafi',
    'Abdulmalik al-Mekhlafi',
    'عبد الملك المخلافي',
    'YE',
    [post(YE_FM, '2015-12-01', '2018-05-24', 'approximate')],
    guarded(['عبد الملك', 'عبدالملك'], ['المخلافي']),
  ),
  person(
    'maeen-abdulmalik',
    'Maeen Abdulmalik',
    'معين عبد الملك',
    'YE',
    [post(YE_PM, '2018-10-15', '2024-02-05')],
    ['معين عبد الملك', 'معين عبدالملك'],
  ),
  person(
    'bin-mubarak',
    'Ahmad Awad bin Mubarak',
    'أحمد عوض بن مبارك',
    'YE',
    [post(YE_PM, '2024-02-05', '2025-05-03'), post(YE_FM, '2020-12-18', '2024-02-05')],
    guarded(['أحمد عوض', 'أحمد'], ['بن مبارك']),
  ),
  person(
    'zindani',
    'Shaya al-Zindani',
    'شائع الزنداني',
    'YE',
    [post(YE_FM, '2024-03-05', null, 'approximate')],
    guarded(['شائع', 'شايع', 'شائع محسن'], ['الزنداني']),
  ),
  person(
    'bin-breik',
    'Salem bin Breik',
    'سالم بن بريك',
    'YE',
    [post(YE_PM, '2025-05-06', null)],
    guarded(['سالم', 'سالم صالح'], ['بن بريك']),
  ),
];
