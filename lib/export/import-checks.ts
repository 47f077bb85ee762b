// Checks a schema cannot make: ids unique within each list, every reference pointing at a record
// of the file (a note's article, an article's meeting), one article per address, offsets in order,
// the counts in the header agreeing with the lists (a file cut short and re-closed by hand).

import { canonicalUrl } from '../url/canonical-url';
import type { ImportProblem } from './import-problems';
import { MAX_PROBLEMS } from './import-problems';
import type { ValidDocument } from './import-schema';

export function checkDocument(doc: ValidDocument): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const add = (path: string, recordId: string | null, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path, recordId, message });
  };

  for (const name of ['meetings', 'articles', 'mentions', 'notes'] as const) {
    if (doc.counts[name] !== doc[name].length) {
      add(`counts.${name}`, null, `the header says ${doc.counts[name]} ${name}, the file holds ${doc[name].length}`);
    }
  }
  const unique = (name: 'meetings' | 'articles' | 'mentions' | 'notes') => {
    const seen = new Map<string, number>();
    doc[name].forEach((r, i) => {
      const first = seen.get(r.id);
      if (first !== undefined) add(`${name}[${i}]`, r.id, `duplicate id: ${name}[${first}] has the same id`);
      else seen.set(r.id, i);
    });
    return seen;
  };
  const meetings = unique('meetings');
  const articles = unique('articles');
  unique('mentions');
  const notes = unique('notes');

  const urls = new Map<string, number>();
  doc.articles.forEach((a, i) => {
    if (a.meetingId !== null && !meetings.has(a.meetingId)) {
      add(`articles[${i}].meetingId`, a.id, `meeting ${a.meetingId} is not in the file`);
    }
    const url = canonicalUrl(a.url) ?? a.url;
    const first = urls.get(url);
    if (first !== undefined) add(`articles[${i}].url`, a.id, `articles[${first}] has the same address`);
    else urls.set(url, i);
  });
  doc.mentions.forEach((m, i) => {
    if (!articles.has(m.articleId)) add(`mentions[${i}].articleId`, m.id, `article ${m.articleId} is not in the file`);
    if (m.end < m.start) add(`mentions[${i}].end`, m.id, `ends (${m.end}) before it starts (${m.start})`);
  });
  doc.notes.forEach((n, i) => {
    if (!articles.has(n.articleId)) add(`notes[${i}].articleId`, n.id, `article ${n.articleId} is not in the file`);
    const { start, end } = n.selector.position;
    if (end <= start) add(`notes[${i}].selector.position.end`, n.id, `ends (${end}) at or before it starts (${start})`);
  });
  doc.crossReferences.forEach((x, i) => {
    const missingArticle = x.articles.find((id) => !articles.has(id));
    if (missingArticle) add(`crossReferences[${i}].articles`, null, `article ${missingArticle} is not in the file`);
    const missingNote = x.notes.find((id) => !notes.has(id));
    if (missingNote) add(`crossReferences[${i}].notes`, null, `note ${missingNote} is not in the file`);
    if (!x.key.startsWith(`${x.type}:`))
      add(`crossReferences[${i}].type`, null, `type ${x.type} does not match key ${x.key}`);
  });
  return problems;
}
