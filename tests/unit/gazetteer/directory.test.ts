// The pages' names table (lib/gazetteer/directory-data.ts) is generated from the gazetteer; this
// fails while the two disagree (then: `npm run gen:directory`), and checks the accessors against
// the gazetteer's own lookups.

import { describe, expect, it } from 'vitest';
import { allLeaders, allVenues } from '../../../lib/gazetteer';
import { leaderNames, namedVenue } from '../../../lib/gazetteer/directory';
import { DIRECTORY } from '../../../lib/gazetteer/directory-data';
import { buildDirectory } from '../../../lib/gazetteer/directory-source';

describe('the names table of the extension pages', () => {
  it('is what the gazetteer data gives (run `npm run gen:directory` after changing the data)', () => {
    expect(DIRECTORY).toEqual(buildDirectory(allLeaders(), allVenues()));
  });

  it('names every leader and venue as the gazetteer does', () => {
    for (const l of allLeaders()) expect(leaderNames(l.id)).toEqual(l.name);
    for (const v of allVenues()) expect(namedVenue(v.id)).toEqual({ name: v.name, kind: v.kind, in: v.in ?? null });
  });

  it('knows nothing of an unknown id, nor of an inherited property name', () => {
    expect(leaderNames('ghaluzin')).toBeNull();
    expect(namedVenue('atlantis')).toBeNull();
    expect(leaderNames('constructor')).toBeNull();
    expect(namedVenue('__proto__')).toBeNull();
  });
});
