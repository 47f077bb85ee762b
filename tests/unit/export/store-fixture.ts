// A small store with everything an export holds: meetings, articles (one saved by hand, one with a
// figure spelled two ways), mentions, automatic and reader notes, settings.

import { describeQuote } from '../../../lib/anchoring/describe-quote';
import { addNote } from '../../../lib/db/notes';
import { savePage } from '../../../lib/db/save-page';
import type { QimmaDB } from '../../../lib/db/schema';
import { setSettings } from '../../../lib/db/settings';
import { ANNOUNCEMENT_TEXT, announcement, PHONE_CALL_TEXT, phoneCall, SAMARKAND_TEXT, samarkand } from '../db/fixtures';
import { article, page, seed } from '../db/helpers';

export async function fillStore(db: QimmaDB): Promise<void> {
  let now = Date.UTC(2023, 2, 22, 9);
  const tick = () => (now += 60_000);
  const { text, result } = seed('003');
  await savePage(db, page('https://www.example-news.com/2023/03/22/summit', text, 'قمة روسية صينية'), result, {
    now: tick(),
  });
  await savePage(db, page('https://b.example/announce', ANNOUNCEMENT_TEXT, 'الكرملين يعلن'), announcement, {
    now: tick(),
  });
  await savePage(db, page('https://e.example/call', PHONE_CALL_TEXT, 'اتصال'), phoneCall, { now: tick() });
  await savePage(db, page('https://f.example/sam', SAMARKAND_TEXT, 'سمرقند'), samarkand, { now: tick() });
  const blog = 'تحليل: ماذا تعني الشراكة بلا حدود؟ "لا حدود" عبارة تكررت.';
  await savePage(db, page('https://blog.example/analysis', blog, 'تحليل'), article(blog, null, []), {
    mode: 'manual',
    now: tick(),
  });
  const start = PHONE_CALL_TEXT.indexOf('190 بليون دولار');
  await addNote(
    db,
    {
      page: { url: 'https://e.example/call', title: 'اتصال' },
      selector: { quote: describeQuote(PHONE_CALL_TEXT, start, start + 15), position: { start, end: start + 15 } },
      comment: 'نفس رقم الإعلان — "190 مليار"\nسطر ثان',
      tags: ['تجارة', 'trade'],
    },
    tick(),
  );
  await addNote(
    db,
    {
      page: { url: 'https://blog.example/analysis', title: 'تحليل' },
      selector: { quote: describeQuote(blog, 0, 5), position: { start: 0, end: 5 } },
      comment: 'English comment',
    },
    tick(),
  );
  await setSettings(db, { sites: { 'blog.example': { autoSave: false } }, colours: { figure: '#aa5500' } });
}
