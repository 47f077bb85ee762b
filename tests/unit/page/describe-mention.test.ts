import { describe, expect, it } from 'vitest';
import type { ExtractionResult, MeetingInfo, Mention } from '../../../lib/extract/types';
import { leaderById } from '../../../lib/gazetteer';
import {
  describeMeeting,
  describeMention,
  formatDateValue,
  formatFigureValue,
} from '../../../lib/page/describe-mention';
import { entityLabels } from '../../../lib/page/entity-labels';

/** What a reader sees: the text without the invisible direction isolates. */
const seen = (s: string | null) => s?.replace(/[\u2066-\u2069]/g, '') ?? null;

function mention(partial: Partial<Mention> & Pick<Mention, 'type' | 'text'>): Mention {
  return { start: 0, end: partial.text.length, id: null, value: null, unit: null, ...partial };
}

const MEETING: MeetingInfo = {
  start: '2023-03-20',
  end: '2023-03-22',
  venue: 'moscow',
  kind: 'in-person',
  participants: ['putin', 'xi'],
  announced: false,
  catalogueId: null,
  knownStart: null,
  title: null,
};

describe('values for the card', () => {
  it('gives an ISO day its Arabic weekday, and keeps month, year and year-less values', () => {
    expect(seen(formatDateValue('2023-03-20'))).toBe('2023-03-20، الاثنين');
    expect(seen(formatDateValue('2022-09-15', '2022-09-16'))).toBe('2022-09-15، الخميس – 2022-09-16، الجمعة');
    expect(seen(formatDateValue('2023-03'))).toBe('2023-03');
    expect(seen(formatDateValue('--09-15'))).toBe('--09-15 (دون سنة)');
    expect(formatDateValue(null)).toBeNull();
  });

  it('keeps ISO dates left to right inside Arabic text', () => {
    expect(formatDateValue('2023-03-20')).toBe('\u20662023-03-20\u2069، الاثنين');
  });

  it('writes figures with grouping and their unit', () => {
    expect(seen(formatFigureValue(227_000_000_000, 'USD'))).toBe('227,000,000,000 USD');
    expect(seen(formatFigureValue(26, '%'))).toBe('26%');
    expect(seen(formatFigureValue(0.25, 'fraction'))).toBe('0.25 · fraction');
    expect(seen(formatFigureValue(40, null))).toBe('40');
  });
});

describe('describeMention', () => {
  it('names leaders and venues from the labels the background sent, with their cross-reference key', () => {
    const labels = { 'leader:putin': 'فلاديمير بوتين — رئيس روسيا', 'venue:kremlin': 'الكرملين، موسكو' };
    const putin = describeMention(mention({ type: 'leader', text: 'بوتين', id: 'putin' }), { labels });
    expect(putin).toMatchObject({
      identity: 'فلاديمير بوتين — رئيس روسيا',
      key: 'leader:putin',
      kindLabel: 'شخصية',
      value: null,
    });
    const kremlin = describeMention(mention({ type: 'venue', text: 'الكرملين', id: 'kremlin', byTitle: true }), {
      labels,
    });
    expect(kremlin).toMatchObject({ identity: 'الكرملين، موسكو', byTitle: true, key: 'venue:kremlin' });
  });

  it('gives dates and figures a value, and no key when they resolve to nothing', () => {
    const figure = describeMention(mention({ type: 'figure', text: '227 مليار دولار', value: 227e9, unit: 'USD' }), {
      labels: {},
    });
    expect(seen(figure.value)).toBe('227,000,000,000 USD');
    expect(figure.key).toBe('figure:227000000000 USD');
    const vague = describeMention(mention({ type: 'date', text: 'العام الجاري' }), { labels: {} });
    expect(vague.value).toBeNull();
    expect(vague.key).toBeNull();
  });
});

describe('the meeting line', () => {
  it('summarises kind, dates, venue and participants', () => {
    const labels = { 'venue:moscow': 'موسكو', 'name:putin': 'فلاديمير بوتين', 'name:xi': 'شي جين بينغ' };
    const d = describeMeeting(MEETING, labels);
    expect(d.title).toBe('لقاء');
    expect(seen(d.line)).toBe('2023-03-20، الاثنين – 2023-03-22، الأربعاء · موسكو · فلاديمير بوتين، شي جين بينغ');
    const call = describeMeeting(
      { ...MEETING, kind: 'phone-call', venue: 'virtual', end: null, announced: true },
      labels,
    );
    expect(call.title).toBe('اتصال هاتفي مرتقب');
    expect(seen(call.line)).toContain('عن بُعد');
    const titled = describeMeeting({ ...MEETING, title: { ar: 'زيارة دولة', en: 'State visit' } }, labels);
    expect(titled.title).toBe('زيارة دولة');
  });
});

describe('entityLabels (computed in the background, where the gazetteer is)', () => {
  it('labels every leader and venue of a result, the leader with the role held at the meeting', () => {
    const result: ExtractionResult = {
      version: 'test',
      relevant: true,
      score: 1,
      published: '2023-03-21',
      meeting: MEETING,
      mentions: [
        mention({ type: 'leader', text: 'بوتين', id: 'putin' }),
        mention({ type: 'venue', text: 'الكرملين', id: 'kremlin' }),
      ],
      body: [],
    };
    const labels = entityLabels(result);
    expect(labels['leader:putin']).toMatch(/^فلاديمير بوتين — .*روسيا/);
    expect(labels['leader:xi']).toMatch(/^شي جين بينغ — /);
    expect(labels['name:xi']).toBe('شي جين بينغ');
    expect(labels['venue:kremlin']).toMatch(/^الكرملين، موسكو$/);
    expect(labels['venue:moscow']).toBe('موسكو');
  });

  it('names a person the gazetteer does not know as the article wrote him, in the card and the meeting line', () => {
    // The engine reads such people from a title of office; the id is the surname's slug.
    expect(leaderById('ghaluzin')).toBeUndefined();
    const result: ExtractionResult = {
      version: 'test',
      relevant: true,
      score: 1,
      published: '2023-03-21',
      meeting: { ...MEETING, participants: ['ghaluzin', 'xi'] },
      mentions: [
        mention({ type: 'leader', text: 'نائب وزير الخارجية الروسي', id: 'ghaluzin', byTitle: true }),
        mention({ type: 'leader', text: 'ميخائيل غالوزين', id: 'ghaluzin' }),
        mention({ type: 'leader', text: 'غالوزين', id: 'ghaluzin' }),
      ],
      body: [],
    };
    const labels = entityLabels(result);
    expect(labels['name:ghaluzin']).toBe('ميخائيل غالوزين');
    expect(labels['leader:ghaluzin']).toBeUndefined();
    const card = describeMention(result.mentions[2] as Mention, { labels });
    expect(card.text).toBe('غالوزين');
    expect(card.identity).toBeNull();
    expect(card.key).toBe('leader:ghaluzin');
    const line = describeMeeting(result.meeting as MeetingInfo, labels).line;
    expect(line).toContain('ميخائيل غالوزين، شي جين بينغ');
    expect(line).not.toMatch(/undefined|null|ghaluzin/);
  });
});
