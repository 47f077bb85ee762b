// Verbs of saying as a news lead writes them, normalised, bare and with the conjunctions put
// before them (`أعلن`, `وأعلن`, `فقال`, `وأضاف`): the reporting verbs plus those that carry a
// report on into the next sentence.

import { withConjunctions } from '../text/conjunctions';
import { REPORTING_VERBS } from './meeting-words';

/** Verbs that carry on a report in the next sentence of a lead (`وأضاف … أن`). */
const CARRYING_ON = ['أضاف', 'أضافت', 'أبلغ', 'أبلغت', 'تابع', 'تابعت'];

export const SAYING_WORDS: ReadonlySet<string> = withConjunctions([...REPORTING_VERBS, ...CARRYING_ON]);
