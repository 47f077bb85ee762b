// The extraction as the corpus format writes it (../shared/corpus/README.md): leaders named by the
// slug of their English surname (lib/gazetteer/surname-id.ts). Used for `qimma extract`'s output
// and by the corpus tests; the extension itself keeps the gazetteer's ids.

import type { ExtractionResult } from '../extract/types';
import { surnameId } from '../gazetteer/surname-id';

export function withCorpusIds<T extends ExtractionResult>(result: T): T {
  return {
    ...result,
    mentions: result.mentions.map((m) => (m.type === 'leader' && m.id ? { ...m, id: surnameId(m.id) } : m)),
    meeting: result.meeting
      ? { ...result.meeting, participants: [...new Set(result.meeting.participants.map(surnameId))].sort() }
      : null,
  };
}
