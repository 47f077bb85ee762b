// A head of state or government, or a foreign minister, whose office the gazetteer describes in
// place (`President of Sudan`, `Prime Minister of Egypt`) is another party of a meeting like one
// with an office of the table: Xi meeting him is someone else's meeting (recognisers, officeTypes).

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';
import { gazetteerDirectory } from '../../../lib/extract/recognisers';

const lines = (...l: string[]) => l.join('\n');

describe('a leader whose office is described in place', () => {
  it('meeting Xi is not a Putin–Xi meeting (Sudanese daily)', () => {
    const r = extract(
      lines(
        'البشير وشي جين بينغ يبحثان في بكين ملفات النفط والديون',
        'بكين: السوداني',
        'عقد رئيس الجمهورية المشير عمر البشير أمس الثلاثاء جلسة مباحثات رسمية مع الرئيس الصيني شي جين بينغ بقاعة الشعب الكبرى في بكين، تناولت التعاون في مجالات النفط والزراعة.',
        'ومن المقرر أن يشارك البشير غدا الخميس في العرض العسكري الذي تقيمه الصين، إلى جانب عدد من القادة بينهم الرئيس الروسي فلاديمير بوتين.',
      ),
      { published: '2015-09-02' },
    );
    expect(r.relevant).toBe(false);
  });
});

describe('the directory’s answer', () => {
  it('a described head of state is a counterpart; a deputy of a described office is not', () => {
    expect(gazetteerDirectory.isCounterpart('bashir', '2015-09-02')).toBe(true);
    expect(gazetteerDirectory.isCounterpart('bashir', '2020-01-01')).toBe(false);
    expect(gazetteerDirectory.isCounterpart('ryabkov', '2024-05-16')).toBe(false);
  });
});
