// All leaders the matcher knows, by region.

import type { Leader } from '../types';
import { CHINESE_LEADERS } from './leaders-china';
import { RUSSIAN_LEADERS } from './leaders-russia';
import { WORLD_LEADERS } from './leaders-world';

export const LEADERS: Leader[] = [...RUSSIAN_LEADERS, ...CHINESE_LEADERS, ...WORLD_LEADERS];
