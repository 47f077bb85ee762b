// What the benchmarks time, bundled by shipped.ts as the extension bundles it.
export { findDates } from '../lib/dates';
export { findMainStory } from '../lib/extract/body';
export { makeDoc } from '../lib/extract/document';
export { extract } from '../lib/extract/extract';
export { allLeaders, allVenues, findEntities } from '../lib/gazetteer';
export { findFigures } from '../lib/numbers';
export { normalise } from '../lib/text/normalise';
