import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../text/tokens.js';
import { loadArabicLexicon } from '../lexicon/lexicon.js';
import { normalize } from '../normalize/index.js';
import { chooseEntry, entityCandidatesAt, linkContext, outermostNames } from './link.js';

function scan(text: string): { ids: string[][]; ctx: ReturnType<typeof linkContext> } {
  const lex = loadArabicLexicon();
  const toks = tokenize(normalize(text).text).filter((t) => t.kind !== 'newline');
  const words = toks.map((t) => (t.kind === 'word' ? lex.word(t.text) : null));
  const hits = outermostNames(toks.map((_, i) => entityCandidatesAt(lex, toks, words, i)));
  return { ids: hits.map((h) => h.entries.map((e) => e.id)), ctx: linkContext(hits) };
}

test('names keep their article: an island is not the channel, a coalition not the Coalition', () => {
  assert.deepEqual(scan('جزيرة قبرص').ids, [['cyprus']]);
  assert.deepEqual(scan('تحالف دولي').ids, []);
  assert.deepEqual(scan('بالتحالف الدولي وللجزيرة').ids, [['coalition'], ['aljazeera']]);
});

test('clitics, quotes and a detached preposition still meet a name', () => {
  assert.deepEqual(scan('وقسد').ids, [['sdf']]);
  assert.deepEqual(scan('تنظيم "داعش"').ids, [['isis']]);
  assert.deepEqual(scan('القيادة العامة لـ"قوات سوريا الديمقراطية"').ids, [['sdf_command']]);
  assert.deepEqual(scan('فرانس 24').ids, [['france24']]);
});

test('a shared name is decided by the names around it, or left alone', () => {
  const lex = loadArabicLexicon();
  const tripoli = scan('طرابلس').ids[0]!;
  assert.deepEqual([...tripoli].sort(), ['tripoli', 'tripoli_lb']);
  const entries = tripoli.map((id) => lex.entityById.get(id)!);
  assert.equal(chooseEntry(entries, scan('بيروت ولبنان').ctx)?.id, 'tripoli_lb');
  assert.equal(chooseEntry(entries, scan('بنغازي').ctx)?.id, 'tripoli');
  assert.equal(chooseEntry(entries, scan('باريس').ctx), null);
  // A body the report also names in full wins over country counts.
  const moh = scan('وزارة الصحة').ids[0]!.map((id) => lex.entityById.get(id)!);
  assert.equal(chooseEntry(moh, scan('وزارة الصحة العراقية في غزة').ctx)?.id, 'iraq_moh');
  // The bare army is the army of the country the report speaks of, or the one it names in full.
  const army = scan('عناصر الجيش').ids[0]!.map((id) => lex.entityById.get(id)!);
  assert.equal(chooseEntry(army, scan('اشتباكات في مدينة الفاشر بشمال دارفور').ctx)?.id, 'saf');
  assert.equal(chooseEntry(army, scan('قصف على ريف حماة وإدلب').ctx)?.id, 'syrian_army');
  assert.equal(chooseEntry(army, scan('توغل الجيش التركي في ريف حلب').ctx)?.id, 'turkish_army');
  assert.equal(chooseEntry(army, scan('قال المتحدث إن الاجتماع انتهى').ctx), null);
});
