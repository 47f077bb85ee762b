// The entity index page: the leaders, venues, dates and figures the store has seen, by type.

import type { MentionType } from '../extract/types';
import type { EntityRecord, QimmaDB } from './schema';

export async function entitiesOfType(db: QimmaDB, type: MentionType, limit = 500): Promise<EntityRecord[]> {
  return db.entities.where('type').equals(type).limit(limit).toArray();
}
