// ar/subject/own-soldiers — soldiers a force reports as casualties, where the sentence names no
// other side, are that force's own.
//
// must change:     `وقال الجيش الإسرائيلي إن 3 جنود أصيبوا بجروح طفيفة` — the army's soldiers;
//                  `أعلنت وزارة الداخلية مقتل شرطيين اثنين` — the ministry's side.
//                  `أعلن الجيش مقتل 3 جنود وإصابة 5 آخرين` — the others are more of its soldiers.
//                  `نفى المتحدث باسم الجيش ما أعلنته جماعة الحوثي عن مقتل 40 جنديا` — soldiers the
//                  enemy claims, relayed by the side that denies it, are the denier's.
// must not change: armed men or members (`قال الجيش إن 30 مسلحا قتلوا`: its enemies); soldiers of a
//                  nationality (`3 جنود أتراك`); a voice of no side (`قال المرصد إن 3 جنود قتلوا`);
//                  a sentence that names another side (`قتل 5 جنود في هجوم لتنظيم داعش`); a figure
//                  with a side of its own; the publisher's own voice; soldiers a non-state group
//                  reports (`قالت كتائب القسام إن 9 جنود قتلوا في كمين`: its enemy's).

import type { Claim } from '../../../../types.js';
import { stage } from '../../../../pipeline/stage.js';
import type { SentenceView } from '../../read/sentence-view.js';
import { nounOf } from '../../read/sentence-view.js';
import type { Figure } from '../../figures/figures.js';
import { countsMoreOf } from '../../figures/figures.js';
import type { ClaimSentence } from '../read.js';
import type { Hop } from '../../../../types.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import { sidesByName } from './own-losses.js';

const RULE = 'ar/subject/own-soldiers';

/** Categories that count a side's losses. */
const LOSSES = new Set<Claim['category']>(['killed', 'wounded', 'killed_or_wounded', 'missing']);

export const ownSoldiers = stage<ClaimSentence>(RULE, (s) => {
  const { doc, view } = s;
  const claims = doc.claims;
  const regulars: boolean[] = [];
  s.figures.forEach((f, k) => {
    // `مقتل 3 جنود وإصابة 5 آخرين`: the others are more of the soldiers before them.
    regulars[k] = regular(view, f) || (countsMoreOf(f) && k > 0 && regulars[k - 1] === true);
    const c = claims[s.firstClaim + k];
    if (!c || c.subject.group !== null || c.subject.kind !== 'combatants') return;
    if (!LOSSES.has(c.category) || c.attribution.length < 2 || !regulars[k]) return;
    // `نفى المتحدث باسم الجيش ما أعلنته جماعة الحوثي عن مقتل 40 جنديا`: soldiers the enemy claims
    // to have killed, passed on by the side that denies it, are the denier's, not the claimant's.
    const denier = denyingRelay(s, c);
    const side = sideOf(denier ?? c.attribution[c.attribution.length - 1]!, doc.lexicon, ownMembers(view, f));
    if (!side || otherSideNamed(view)) return;
    claims[s.firstClaim + k] = { ...c, subject: { ...c.subject, group: side }, rules: [...c.rules, RULE] };
    doc.trace.record(() => ({ subject: c.id, rule: RULE, start: c.start, end: c.end }));
  });
});

/** A hop before the claim's speaker that denies something in the sentence (it relays a claim it rejects). */
function denyingRelay(s: ClaimSentence, c: Claim): Hop | undefined {
  const deniers = s.voices.frames
    .filter((f) => f.stance === 'denied' && f.chain.length > 0)
    .map((f) => f.chain[f.chain.length - 1]!.name);
  return c.attribution.slice(1, -1).find((h) => deniers.includes(h.name));
}

/**
 * The side a voice speaks for: a listed armed group or government, up through the forces and
 * governments it belongs to, as a counted side is (`وزارة الدفاع الروسية` → its government); a
 * person with a role (`المتحدث باسم جيش الاحتلال فلان`) speaks for the body named with the role.
 */
function sideOf(hop: Hop, lex: Lexicon, own: boolean): string | null {
  const isSide = (e: { type: string } | undefined): boolean =>
    e?.type === 'armed_group' || e?.type === 'government';
  let body = hop.entity
    ? lex.entityById.get(hop.entity)
    : hop.kind === 'person' && hop.role !== undefined && hop.affiliation !== undefined
      ? lex.kept(sidesByName).get(hop.affiliation)
      : undefined;
  // Soldiers, officers and policemen are a state's: the ones a non-state group reports (`قالت كتائب
  // القسام إن 9 جنود قتلوا`) are its enemy's, unless it calls them its own (`4 جنود من عناصرها`).
  if (!body || (body.type !== 'government' && !(own && isSide(body)))) return null;
  for (let hops = 0; hops < 3 && body.parent; hops++) {
    const parent = lex.entityById.get(body.parent);
    if (!parent || !isSide(parent)) break;
    body = parent;
  }
  return body.name;
}

/** A regular force's member (`جنود`، `ضابط`، `شرطيين`), of no nationality named after the noun. */
function regular(view: SentenceView, f: Figure): boolean {
  const head = f.lemma?.split(' ')[0];
  if (!head || !view.lex.closed.hasStem('regular-soldier', head)) return false;
  for (let k = f.nounEnd; k < Math.min(view.toks.length, f.nounEnd + 2); k++)
    if ((view.info(k)?.demonyms.length ?? 0) > 0) return false;
  return true;
}

/**
 * `4 جنود من عناصرها`، `3 جنود من مقاتليه`: the speaker's own members, by the pronoun after من. A
 * noun the lexicon knows says whether it carries one (`من الفرقة`, folded `الفرقه`, is a unit's
 * name, not «its»); another word carries one only without the article.
 */
function ownMembers(view: SentenceView, f: Figure): boolean {
  const of = view.toks[f.nounEnd];
  const members = view.toks[f.nounEnd + 1];
  if (of?.kind !== 'word' || of.text !== 'من' || members?.kind !== 'word') return false;
  const noun = nounOf(view, f.nounEnd + 1);
  if (noun) return noun.pronoun !== undefined && THIRD.has(noun.pronoun);
  return !members.text.startsWith('ال') && OWN.test(members.text);
}

/** Possessive pronouns of the third person. */
const THIRD: ReadonlySet<string> = new Set(['ه', 'ها', 'هم', 'هما', 'هن']);

/** A noun with a possessive pronoun of the third person (`عناصرها`، `مقاتليه`، `جنودهم`). */
const OWN = /^\p{L}{3,}(?:ها|هم|ه)$/u;

/** A side named in the sentence outside its speakers' phrases. */
function otherSideNamed(view: SentenceView): boolean {
  return view.entities.some(
    (e) =>
      (e.entry.type === 'armed_group' || e.entry.type === 'government') &&
      !view.speakers.some((r) => e.start >= r.start && e.end <= r.end),
  );
}
