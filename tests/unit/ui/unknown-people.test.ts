// People the gazetteer does not know: the engine reports them with an id made from the surname
// (`ghaluzin` for `نائب وزير الخارجية الروسي ميخائيل غالوزين`) that `leaderById` cannot resolve. The
// store keeps them like anyone else, and the popup and dashboard name them as the articles wrote
// them — never `undefined`, and the Latin slug only when no article text is at hand.

import { beforeAll, describe, expect, it } from 'vitest';
import { entityLabel } from '../../../components/shared/entity-label';
import { meetingParticipants } from '../../../components/shared/meeting-text';
import { entitiesOfType } from '../../../lib/db/entity-list';
import { timelineFacets } from '../../../lib/db/queries';
import { savePage } from '../../../lib/db/save-page';
import type { QimmaDB } from '../../../lib/db/schema';
import { meetingDetails } from '../../../lib/db/timeline';
import { entityDossier, meetingDossier } from '../../../lib/db/xref';
import { leaderById } from '../../../lib/gazetteer';
import { leaderName } from '../../../lib/i18n/names';
import { translator } from '../../../lib/i18n/translate';
import { UNKNOWN_PERSON, unknownPersonPage } from '../../browser/popup-seed';
import { freshDb } from '../db/helpers';

const NAME = UNKNOWN_PERSON.name;

describe('a person the gazetteer does not know', () => {
  let db: QimmaDB;
  const ar = translator('ar');
  const en = translator('en');

  beforeAll(async () => {
    expect(leaderById('ghaluzin')).toBeUndefined();
    db = freshDb();
    const { page, result } = unknownPersonPage();
    await savePage(db, page, result, { mode: 'manual' });
  });

  it('is stored with the words the article used', async () => {
    const [entity] = (await entitiesOfType(db, 'leader')).filter((e) => e.key === 'leader:ghaluzin');
    // Titles are not names: only the name and the surname are kept as labels.
    expect(entity?.labels.sort()).toEqual([NAME, 'غالوزين'].sort());
    const dossier = await entityDossier(db, 'leader:ghaluzin');
    expect(dossier.mentionCount).toBe(3);
  });

  it('is named as written in the timeline, its filter and the meeting and entity pages', async () => {
    const [meeting] = await db.meetings.toArray();
    const details = (await meetingDetails(db, [meeting!.id])).get(meeting!.id)!;
    expect(details.names.ghaluzin).toBe(NAME);
    expect(meetingParticipants(meeting!, ar, details.names)).toBe('ميخائيل غالوزين وشي جين بينغ');
    expect(meetingParticipants(meeting!, en, details.names)).toBe('ميخائيل غالوزين and Xi Jinping');

    const facets = await timelineFacets(db);
    expect(facets.participants).toEqual(['ghaluzin', 'xi']);
    expect(facets.written).toEqual({ 'leader:ghaluzin': expect.stringMatching(/غالوزين$/) });

    const dossier = (await meetingDossier(db, meeting!.id))!;
    const key = dossier.keys.find((k) => k.key === 'leader:ghaluzin')!;
    expect(entityLabel(key.key, ar, key.label)).toMatch(/غالوزين$/);
    expect(entityLabel(key.key, en, key.label)).toMatch(/غالوزين$/);
  });

  it('falls back to its id, never to undefined, when no article text is at hand; known people keep the gazetteer name', () => {
    expect(leaderName('ghaluzin', 'ar')).toBe('ghaluzin');
    expect(entityLabel('leader:ghaluzin', ar)).toBe('ghaluzin');
    expect(leaderName('ghaluzin', 'ar', NAME)).toBe(NAME);
    expect(leaderName('putin', 'ar', 'بوتين')).toBe('فلاديمير بوتين');
    expect(leaderName('putin', 'en', 'بوتين')).toBe('Vladimir Putin');
  });
});
