// Heads of state and government of 2013–2025 that the other files lacked: the G20 and the Arab
// League, Japan, Italy, Israel, Germany, France, Kyrgyzstan, Pakistan, with the spellings of the
// Arabic press (the lexicon adds the Egyptian ج for غ; ى and hamza seats are folded at load). A
// term on an office of `offices.ts` lets a title in a text of those years mean them (`رئيس الوزراء
// الياباني` in 2021 is Suga). Surnames that are common words or other people's (`تراس` a terrace,
// `كونتي` the football manager, `ألبانيز` the UN rapporteur, `الحريري` Rafik Hariri, `هادي` calm)
// count alone only beside the full name in the text, or not at all.

import type { Leader } from '../types';
import { guarded, names, person, post, role, term } from './helpers';

const IT_PRESIDENT = role('President of Italy', 'رئيس الجمهورية الإيطالية');
const DE_PRESIDENT = role('President of Germany', 'الرئيس الألماني');
const DE_FM = role('Foreign Minister of Germany', 'وزير الخارجية الألماني');
const IL_PRESIDENT = role('President of Israel', 'الرئيس الإسرائيلي');
const AU_PM = role('Prime Minister of Australia', 'رئيس وزراء أستراليا');
const CA_PM = role('Prime Minister of Canada', 'رئيس وزراء كندا');
const FR_PM = role('Prime Minister of France', 'رئيس الوزراء الفرنسي');
const IN_PRESIDENT = role('President of India', 'الرئيس الهندي');
const PK_PRESIDENT = role('President of Pakistan', 'الرئيس الباكستاني');
const TN_PRESIDENT = role('President of Tunisia', 'الرئيس التونسي');
const LB_PM = role('Prime Minister of Lebanon', 'رئيس الوزراء اللبناني');
const MR_PRESIDENT = role('President of Mauritania', 'الرئيس الموريتاني');
const SD_PRESIDENT = role('President of Sudan', 'الرئيس السوداني');
const YE_PRESIDENT = role('President of Yemen', 'الرئيس اليمني');
const YE_COUNCIL = role('Chairman of the Presidential Leadership Council of Yemen', 'رئيس مجلس القيادة الرئاسي اليمني');
const SO_PRESIDENT = role('President of Somalia', 'الرئيس الصومالي');
const MA_PM = role('Head of Government of Morocco', 'رئيس الحكومة المغربية');
const UA_PM = role('Prime Minister of Ukraine', 'رئيس الوزراء الأوكراني');
const US_COMMERCE = role('US Secretary of Commerce', 'وزير التجارة الأمريكي');

export const HEADS_2013_2025: Leader[] = [
  // Japan, the United Kingdom
  person(
    'suga',
    'Yoshihide Suga',
    'يوشيهيدي سوغا',
    'JP',
    [term('jp-pm', '2020-09-16', '2021-10-03')],
    names(['يوشيهيدي', 'يوشيهيده', 'يوشيهيد'], ['سوغا']),
  ),
  person(
    'truss',
    'Liz Truss',
    'ليز تراس',
    'GB',
    [term('gb-pm', '2022-09-06', '2022-10-24')],
    guarded(['ليز', 'إليزابيث'], ['تراس', 'تروس']),
  ),

  // Italy
  person(
    'letta',
    'Enrico Letta',
    'إنريكو ليتا',
    'IT',
    [term('it-pm', '2013-04-28', '2014-02-21')],
    guarded(['إنريكو', 'انريكو'], ['ليتا']),
  ),
  person(
    'gentiloni',
    'Paolo Gentiloni',
    'باولو جنتيلوني',
    'IT',
    [term('it-pm', '2016-12-13', '2018-05-31')],
    names(['باولو'], ['جنتيلوني', 'جينتيلوني']),
  ),
  person(
    'conte',
    'Giuseppe Conte',
    'جوزيبي كونتي',
    'IT',
    [term('it-pm', '2018-06-01', '2021-02-12')],
    guarded(['جوزيبي', 'جوزيبى', 'جوزيف'], ['كونتي']),
  ),
  person(
    'draghi',
    'Mario Draghi',
    'ماريو دراغي',
    'IT',
    [term('it-pm', '2021-02-13', '2022-10-21')],
    names(['ماريو'], ['دراغي']),
  ),
  person(
    'mattarella',
    'Sergio Mattarella',
    'سيرجيو ماتاريلا',
    'IT',
    [post(IT_PRESIDENT, '2015-02-03', null)],
    names(['سيرجيو', 'سيرغيو'], ['ماتاريلا', 'ماتاريللا']),
  ),

  // Germany
  person(
    'steinmeier',
    'Frank-Walter Steinmeier',
    'فرانك فالتر شتاينماير',
    'DE',
    [post(DE_PRESIDENT, '2017-03-19', null), post(DE_FM, '2013-12-17', '2017-01-27')],
    [...names(['فرانك فالتر', 'فرانك-فالتر', 'فرانك'], ['شتاينماير', 'شتاينمائر'])],
  ),
  person(
    'gauck',
    'Joachim Gauck',
    'يواخيم غاوك',
    'DE',
    [post(DE_PRESIDENT, '2012-03-18', '2017-03-18')],
    names(['يواخيم', 'يوآخيم'], ['غاوك']),
  ),

  // France: prime ministers (`فيليب` alone is a first name)
  person(
    'valls',
    'Manuel Valls',
    'مانويل فالس',
    'FR',
    [post(FR_PM, '2014-03-31', '2016-12-06')],
    guarded(['مانويل'], ['فالس']),
  ),
  person(
    'philippe',
    'Édouard Philippe',
    'إدوار فيليب',
    'FR',
    [post(FR_PM, '2017-05-15', '2020-07-03')],
    names(['إدوار', 'ادوار', 'إدوارد'], ['فيليب'], false),
  ),
  person(
    'castex',
    'Jean Castex',
    'جان كاستكس',
    'FR',
    [post(FR_PM, '2020-07-03', '2022-05-16')],
    names(['جان'], ['كاستكس', 'كاستيكس']),
  ),
  person(
    'borne',
    'Élisabeth Borne',
    'إليزابيث بورن',
    'FR',
    [post(FR_PM, '2022-05-16', '2024-01-09')],
    guarded(['إليزابيث', 'اليزابيث'], ['بورن']),
  ),
  person(
    'attal',
    'Gabriel Attal',
    'غابريال أتال',
    'FR',
    [post(FR_PM, '2024-01-09', '2024-09-05')],
    guarded(['غابريال', 'غابرييل'], ['أتال']),
  ),
  person(
    'barnier',
    'Michel Barnier',
    'ميشيل بارنييه',
    'FR',
    [post(FR_PM, '2024-09-05', '2024-12-13')],
    names(['ميشيل', 'ميشال'], ['بارنييه', 'بارنيه']),
  ),
  person(
    'bayrou',
    'François Bayrou',
    'فرانسوا بايرو',
    'FR',
    [post(FR_PM, '2024-12-13', '2025-09-09')],
    names(['فرانسوا'], ['بايرو']),
  ),
  person(
    'lecornu',
    'Sébastien Lecornu',
    'سيباستيان لوكورنو',
    'FR',
    [post(FR_PM, '2025-09-09', null)],
    names(['سيباستيان', 'سيبستيان'], ['لوكورنو']),
  ),

  // Israel
  person(
    'bennett',
    'Naftali Bennett',
    'نفتالي بينيت',
    'IL',
    [term('il-pm', '2021-06-14', '2022-06-30')],
    guarded(['نفتالي'], ['بينيت', 'بينت']),
  ),
  person(
    'lapid',
    'Yair Lapid',
    'يائير لابيد',
    'IL',
    [term('il-pm', '2022-07-01', '2022-12-28')],
    [...names(['يائير', 'يئير'], ['لابيد', 'لبيد'], false), 'لابيد'],
  ),
  person(
    'rivlin',
    'Reuven Rivlin',
    'رؤوفين ريفلين',
    'IL',
    [post(IL_PRESIDENT, '2014-07-24', '2021-07-06')],
    names(['رؤوفين', 'رؤوبين', 'روفين'], ['ريفلين']),
  ),
  person(
    'herzog',
    'Isaac Herzog',
    'إسحاق هرتسوغ',
    'IL',
    [post(IL_PRESIDENT, '2021-07-07', null)],
    names(['إسحاق', 'اسحاق', 'يتسحاق'], ['هرتسوغ', 'هيرتسوغ', 'هرتزوغ']),
  ),

  // Ukraine
  person(
    'groysman',
    'Volodymyr Groysman',
    'فولوديمير غرويسمان',
    'UA',
    [post(UA_PM, '2016-04-14', '2019-08-29')],
    names(['فولوديمير'], ['غرويسمان', 'هرويسمان']),
  ),

  // Australia, Canada, Argentina
  person(
    'abbott',
    'Tony Abbott',
    'توني أبوت',
    'AU',
    [post(AU_PM, '2013-09-18', '2015-09-15')],
    guarded(['توني'], ['أبوت', 'آبوت']),
  ),
  person(
    'morrison',
    'Scott Morrison',
    'سكوت موريسون',
    'AU',
    [post(AU_PM, '2018-08-24', '2022-05-23')],
    guarded(['سكوت'], ['موريسون']),
  ),
  person(
    'albanese',
    'Anthony Albanese',
    'أنتوني ألبانيزي',
    'AU',
    [post(AU_PM, '2022-05-23', null)],
    guarded(['أنتوني', 'انتوني', 'أنطوني'], ['ألبانيزي', 'ألبانيز', 'البانيزي']),
  ),
  person(
    'harper',
    'Stephen Harper',
    'ستيفن هاربر',
    'CA',
    [post(CA_PM, '2006-02-06', '2015-11-04')],
    guarded(['ستيفن', 'ستيفان'], ['هاربر']),
  ),
  person('carney', 'Mark Carney', 'مارك كارني', 'CA', [post(CA_PM, '2025-03-14', null)], guarded(['مارك'], ['كارني'])),
  person(
    'kirchner',
    'Cristina Fernández de Kirchner',
    'كريستينا فرنانديز دي كيرشنر',
    'AR',
    [term('ar-president', '2007-12-10', '2015-12-09')],
    ['كريستينا فرنانديز دي كيرشنر', 'كريستينا فيرنانديز دي كيرشنر', ...guarded(['كريستينا'], ['كيرشنر', 'كيرشنير'])],
  ),
  person(
    'alberto-fernandez',
    'Alberto Fernández',
    'ألبرتو فرنانديز',
    'AR',
    [term('ar-president', '2019-12-10', '2023-12-09')],
    names(['ألبرتو', 'البرتو'], ['فرنانديز', 'فيرنانديز'], false),
  ),

  // India, Pakistan, Kyrgyzstan
  person(
    'kovind',
    'Ram Nath Kovind',
    'رام ناث كوفيند',
    'IN',
    [post(IN_PRESIDENT, '2017-07-25', '2022-07-24')],
    names(['رام ناث', 'رام نات'], ['كوفيند']),
  ),
  person(
    'abbasi',
    'Shahid Khaqan Abbasi',
    'شاهد خاقان عباسي',
    'PK',
    [term('pk-pm', '2017-08-01', '2018-05-31')],
    ['شاهد خاقان عباسي', 'شهيد خاقان عباسي'],
  ),
  person('alvi', 'Arif Alvi', 'عارف علوي', 'PK', [post(PK_PRESIDENT, '2018-09-09', '2024-03-09')], ['عارف علوي']),
  person(
    'atambayev',
    'Almazbek Atambayev',
    'ألماز بيك أتامباييف',
    'KG',
    [term('kg-president', '2011-12-01', '2017-11-23')],
    names(['ألماز بيك', 'ألمازبيك', 'ألماظ بيك'], ['أتامباييف', 'أتامبايف', 'اتامباييف']),
  ),
  person(
    'jeenbekov',
    'Sooronbay Jeenbekov',
    'سورونباي جينبيكوف',
    'KG',
    [term('kg-president', '2017-11-24', '2020-10-15')],
    names(['سورونباي', 'سورونبي'], ['جينبيكوف', 'جينبكوف', 'جيينبيكوف']),
  ),

  // Arab League
  person(
    'adly-mansour',
    'Adly Mansour',
    'عدلي منصور',
    'EG',
    [term('eg-president', '2013-07-04', '2014-06-07')],
    ['عدلي منصور'],
  ),
  person(
    'abdullah-bin-abdulaziz',
    'Abdullah bin Abdulaziz',
    'عبد الله بن عبد العزيز',
    'SA',
    [term('sa-king', '2005-08-01', '2015-01-22')],
    ['عبد الله بن عبد العزيز', 'عبدالله بن عبدالعزيز', 'عبد الله بن عبدالعزيز', 'عبد الله بن عبد العزيز آل سعود'],
  ),
  person(
    'hamad-bin-khalifa',
    'Hamad bin Khalifa Al Thani',
    'حمد بن خليفة آل ثاني',
    'QA',
    [term('qa-emir', '1995-06-27', '2013-06-24')],
    ['حمد بن خليفة آل ثاني', 'حمد بن خليفة'],
  ),
  person(
    'maliki',
    'Nouri al-Maliki',
    'نوري المالكي',
    'IQ',
    [term('iq-pm', '2006-05-20', '2014-09-07')],
    ['نوري المالكي', 'نوري كامل المالكي', { text: 'المالكي', needs: 'named' }],
  ),
  person(
    'abadi',
    'Haider al-Abadi',
    'حيدر العبادي',
    'IQ',
    [term('iq-pm', '2014-09-08', '2018-10-24')],
    ['حيدر العبادي', { text: 'العبادي', needs: 'named' }],
  ),
  person(
    'abdul-mahdi',
    'Adil Abdul-Mahdi',
    'عادل عبد المهدي',
    'IQ',
    [term('iq-pm', '2018-10-25', '2020-05-06')],
    [
      'عادل عبد المهدي',
      'عادل عبدالمهدي',
      { text: 'عبد المهدي', needs: 'named' },
      { text: 'عبدالمهدي', needs: 'named' },
    ],
  ),
  person(
    'kadhimi',
    'Mustafa al-Kadhimi',
    'مصطفى الكاظمي',
    'IQ',
    [term('iq-pm', '2020-05-07', '2022-10-26')],
    ['مصطفى الكاظمي', { text: 'الكاظمي', needs: 'named' }],
  ),
  person('kais-saied', 'Kais Saied', 'قيس سعيد', 'TN', [post(TN_PRESIDENT, '2019-10-23', null)], ['قيس سعيد']),
  person(
    'essebsi',
    'Beji Caid Essebsi',
    'الباجي قائد السبسي',
    'TN',
    [post(TN_PRESIDENT, '2014-12-31', '2019-07-25')],
    ['الباجي قائد السبسي', 'الباجي قايد السبسي', 'الباجي السبسي', 'قائد السبسي', { text: 'السبسي', needs: 'named' }],
  ),
  person(
    'mikati',
    'Najib Mikati',
    'نجيب ميقاتي',
    'LB',
    [post(LB_PM, '2021-09-10', '2025-02-08')],
    names(['نجيب'], ['ميقاتي']),
  ),
  person(
    'saad-hariri',
    'Saad Hariri',
    'سعد الحريري',
    'LB',
    [post(LB_PM, '2016-12-18', '2020-01-21')],
    ['سعد الحريري', { text: 'الحريري', needs: 'named' }],
  ),
  person('nawaf-salam', 'Nawaf Salam', 'نواف سلام', 'LB', [post(LB_PM, '2025-02-08', null)], ['نواف سلام']),
  person(
    'ghazouani',
    'Mohamed Ould Ghazouani',
    'محمد ولد الشيخ الغزواني',
    'MR',
    [post(MR_PRESIDENT, '2019-08-01', null)],
    ['محمد ولد الشيخ الغزواني', 'محمد ولد الغزواني', 'ولد الغزواني', { text: 'الغزواني', needs: 'named' }],
  ),
  person(
    'ould-abdel-aziz',
    'Mohamed Ould Abdel Aziz',
    'محمد ولد عبد العزيز',
    'MR',
    [post(MR_PRESIDENT, '2009-08-05', '2019-08-01')],
    ['محمد ولد عبد العزيز'],
  ),
  person(
    'bashir',
    'Omar al-Bashir',
    'عمر البشير',
    'SD',
    [post(SD_PRESIDENT, '1989-06-30', '2019-04-11')],
    ['عمر البشير', 'عمر حسن البشير', 'عمر حسن أحمد البشير', { text: 'البشير', needs: 'named' }],
  ),
  person(
    'hadi',
    'Abdrabbuh Mansur Hadi',
    'عبد ربه منصور هادي',
    'YE',
    [post(YE_PRESIDENT, '2012-02-25', '2022-04-07')],
    ['عبد ربه منصور هادي', 'عبدربه منصور هادي'],
  ),
  person(
    'alimi',
    'Rashad al-Alimi',
    'رشاد العليمي',
    'YE',
    [post(YE_COUNCIL, '2022-04-07', null)],
    ['رشاد العليمي', 'رشاد محمد العليمي', { text: 'العليمي', needs: 'named' }],
  ),
  person(
    'hassan-sheikh-mohamud',
    'Hassan Sheikh Mohamud',
    'حسن شيخ محمود',
    'SO',
    [post(SO_PRESIDENT, '2022-05-23', null), post(SO_PRESIDENT, '2012-09-16', '2017-02-16')],
    ['حسن شيخ محمود'],
  ),
  person(
    'farmaajo',
    'Mohamed Abdullahi Farmaajo',
    'محمد عبد الله فرماجو',
    'SO',
    [post(SO_PRESIDENT, '2017-02-16', '2022-05-23')],
    ['محمد عبد الله فرماجو', 'محمد عبدالله فرماجو', 'فرماجو'],
  ),
  person(
    'guelleh',
    'Ismaïl Omar Guelleh',
    'إسماعيل عمر جيله',
    'DJ',
    [post(role('President of Djibouti', 'رئيس جيبوتي'), '1999-05-08', null)],
    ['إسماعيل عمر جيله', 'اسماعيل عمر جيله', 'إسماعيل عمر غيله'],
  ),
  person(
    'akhannouch',
    'Aziz Akhannouch',
    'عزيز أخنوش',
    'MA',
    [post(MA_PM, '2021-10-07', null)],
    names(['عزيز'], ['أخنوش', 'اخنوش']),
  ),
  person(
    'othmani',
    'Saadeddine Othmani',
    'سعد الدين العثماني',
    'MA',
    [post(MA_PM, '2017-03-17', '2021-10-07')],
    ['سعد الدين العثماني', 'سعدالدين العثماني'],
  ),
  person(
    'benkirane',
    'Abdelilah Benkirane',
    'عبد الإله بنكيران',
    'MA',
    [post(MA_PM, '2011-11-29', '2017-03-17')],
    ['عبد الإله بنكيران', 'عبد الاله بنكيران', 'بنكيران', 'عبد الإله ابن كيران', 'عبد الإله بن كيران', 'ابن كيران'],
  ),

  person(
    'mohammed-bin-rashid',
    'Mohammed bin Rashid Al Maktoum',
    'محمد بن راشد آل مكتوم',
    'AE',
    [
      post(
        role('Vice President and Prime Minister of the UAE', 'نائب رئيس دولة الإمارات رئيس مجلس الوزراء'),
        '2006-01-05',
        null,
      ),
    ],
    ['محمد بن راشد آل مكتوم', 'محمد بن راشد'],
  ),
  person(
    'shtayyeh',
    'Mohammad Shtayyeh',
    'محمد اشتية',
    'PS',
    [post(role('Prime Minister of Palestine', 'رئيس الوزراء الفلسطيني'), '2019-04-13', '2024-03-31')],
    ['محمد اشتية', 'محمد شتية', 'اشتية'],
  ),
  person(
    'aboul-gheit',
    'Ahmed Aboul Gheit',
    'أحمد أبو الغيط',
    'EG',
    [post(role('Secretary-General of the Arab League', 'الأمين العام لجامعة الدول العربية'), '2016-07-01', null)],
    ['أحمد أبو الغيط', 'احمد ابو الغيط', 'أبو الغيط'],
  ),

  // United States: Trump's first commerce secretary (`روس` alone is "Russians": the full name only)
  person(
    'ross',
    'Wilbur Ross',
    'ويلبر روس',
    'US',
    [post(US_COMMERCE, '2017-02-28', '2021-01-20')],
    ['ويلبر روس', 'ويلبور روس'],
  ),
];
