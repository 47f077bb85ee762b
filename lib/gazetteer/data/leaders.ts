// All leaders the matcher knows, by region.

import type { Leader } from '../types';
import { AFRICAN_LEADERS } from './leaders-africa';
import { AMERICAS_LEADERS } from './leaders-americas';
import { ARAB_LEAGUE_LEADERS } from './leaders-arab-league';
import { ASIAN_LEADERS } from './leaders-asia';
import { CHINESE_LEADERS } from './leaders-china';
import { HEADS_2013_2025 } from './leaders-heads-2013-2025';
import { HISTORICAL_LEADERS } from './leaders-historical';
import { MIDDLE_EAST_LEADERS } from './leaders-middle-east';
import { MINISTERS } from './leaders-ministers';
import { ORGANISATION_LEADERS } from './leaders-organisations';
import { PAST_OFFICIALS } from './leaders-past-officials';
import { PAST_SUMMIT_LEADERS } from './leaders-past-summits';
import { RUSSIAN_LEADERS } from './leaders-russia';
import { WORLD_LEADERS } from './leaders-world';

export const LEADERS: Leader[] = [
  ...RUSSIAN_LEADERS,
  ...CHINESE_LEADERS,
  ...WORLD_LEADERS,
  ...MIDDLE_EAST_LEADERS,
  ...ASIAN_LEADERS,
  ...AMERICAS_LEADERS,
  ...AFRICAN_LEADERS,
  ...ORGANISATION_LEADERS,
  ...PAST_SUMMIT_LEADERS,
  ...HEADS_2013_2025,
  ...ARAB_LEAGUE_LEADERS,
  ...HISTORICAL_LEADERS,
  ...MINISTERS,
  ...PAST_OFFICIALS,
];
