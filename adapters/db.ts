// The database handle for extension pages (popup, dashboard). Never import this from the content
// script: there it would open the news site's IndexedDB, not the extension's.

import { QimmaDB } from '../lib/db/schema';

export const db = new QimmaDB();
