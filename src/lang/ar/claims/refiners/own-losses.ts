// ar/subject/own-losses — a side's voice that rebuts what its enemy says of its losses, and gives a
// total naming no side, gives the side's own losses.
//
// must change:     `نفى المتحدث باسم الجيش اليمني ما أعلنته جماعة الحوثي عن مقتل 40 جنديا، مؤكدا أن
//                  عدد القتلى بلغ خمسة` — the five are the Yemeni forces'; so when the spokesman is
//                  named (`نفى المتحدث باسم الجيش العميد فلان …`): a person speaks for the side of
//                  the body his role names.
//                  `نفى المتحدث باسم قسد ادعاءات التنظيم بشأن خسائرها، مؤكدا أن عدد القتلى لم يتجاوز 7`:
//                  no figure rebutted, but the losses rebutted are the side's (closed class losses-noun).
//                  `نفى المتحدث باسم الجيش العراقي ادعاءات داعش بمقتل 40 جنديا، وقال إن 3 جنود قتلوا`:
//                  regular soldiers (closed class regular-soldier) a state's voice counts are its own.
// must not change: a voice that is no side (`نفى المرصد السوري ما أعلنته الحكومة عن مقتل 40 مسلحا،
//                  مؤكدا أن عدد القتلى خمسة`); a rebuttal about civilians (`نفى الجيش مقتل 40 مدنيا`);
//                  a total that names whom it counts (`مؤكدا أن 12 مسلحا قتلوا`: maybe the enemy's);
//                  a total with a side of its own; a sentence without a denial.

import type { Claim, Hop } from '../../../../types.js';
import { stage } from '../../../../pipeline/stage.js';
import type { GazetteerEntry, Lexicon } from '../../lexicon/lexicon.js';
import { entityAt, isA } from '../../read/sentence-view.js';
import type { ClaimSentence } from '../read.js';

const RULE = 'ar/subject/own-losses';

/** Categories that count a side's losses. */
const LOSSES = new Set<Claim['category']>(['killed', 'wounded', 'killed_or_wounded', 'missing']);

export const ownLosses = stage<ClaimSentence>(RULE, (s) => {
  const { doc, voices } = s;
  const claims = doc.claims;
  // The voices that deny something in this sentence.
  const deniers = voices.frames
    .filter((f) => f.stance === 'denied' && f.chain.length > 0)
    .map((f) => f.chain[f.chain.length - 1]!);
  if (deniers.length === 0) return;
  for (let k = s.firstClaim; k < claims.length; k++) {
    const c = claims[k]!;
    // A total that names whom it counts (`12 مسلحا`) may be anyone's: only a bare total is read, or
    // one of regular soldiers (`3 جنود`), whom only a state's force counts among its own.
    if (c.subject.group !== null) continue;
    const soldiers = c.subject.kind === 'combatants' && regularSoldiers(s, k);
    if (c.subject.kind !== 'unknown' && !soldiers) continue;
    // How sure the voice is says nothing of whose losses it counts; a figure it denies is no total.
    if (!LOSSES.has(c.category) || c.stance === 'denied') continue;
    const speaker = c.attribution[c.attribution.length - 1]!;
    if (c.attribution.length < 2 || !deniers.some((d) => d.name === speaker.name)) continue;
    const side = sideOf(speaker, doc.lexicon);
    if (!side) continue;
    if (soldiers && !stateSide(side, doc.lexicon)) continue;
    // What the side rebuts: an earlier figure of fighters that its enemy (quoted by the denier) or
    // the denier itself put forward, of no side or of the denier's own.
    const rebutted = claims
      .slice(s.firstClaim, k)
      .find(
        (o) =>
          LOSSES.has(o.category) &&
          o.subject.kind === 'combatants' &&
          (o.subject.group === null || o.subject.group === side) &&
          quotedOrDenied(o, speaker),
      );
    // `نفى المتحدث باسم قسد ادعاءات التنظيم بشأن خسائرها، مؤكدا أن عدد القتلى لم يتجاوز 7`: the
    // side rebuts what is said of its losses with no figure of them; its bare total is its own.
    if (!rebutted && !lossesBefore(s, k, speaker)) continue;
    claims[k] = {
      ...c,
      subject: { ...c.subject, group: side },
      rules: [...c.rules, RULE],
    };
    if (rebutted && rebutted.subject.group === null) {
      const r = claims.indexOf(rebutted);
      claims[r] = {
        ...rebutted,
        subject: { ...rebutted.subject, group: side },
        rules: [...rebutted.rules, RULE],
      };
    }
    const cause = rebutted ?? c;
    doc.trace.record(() => ({ subject: c.id, rule: RULE, start: cause.start, end: cause.end }));
  }
});

/** The claim's figure counts regular soldiers (closed class regular-soldier: `جندي`، `شرطي`). */
function regularSoldiers(s: ClaimSentence, k: number): boolean {
  const f = s.figures[k - s.firstClaim];
  return !!f?.lemma && s.view.lex.closed.hasStem('regular-soldier', f.lemma);
}

/** Whether the side a voice speaks for is a state's force (a government), by its name. */
function stateSide(name: string, lex: Lexicon): boolean {
  return lex.kept(sidesByName).get(name)?.type === 'government';
}

/**
 * A word of losses (closed class losses-noun) before the claim's figure in its sentence, of no side
 * but the speaker's (`خسائرها`، `خسائر الجيش`; never `خسائر التنظيم` told by its enemy).
 */
function lossesBefore(s: ClaimSentence, k: number, speaker: Hop): boolean {
  const { view } = s;
  const f = s.figures[k - s.firstClaim];
  if (!f) return false;
  for (let i = 0; i < f.qStart; i++) {
    if (!isA(view, view.toks[i], 'losses-noun')) continue;
    const of = entityAt(view, i + 1);
    const other =
      of &&
      (of.entry.type === 'armed_group' || of.entry.type === 'government') &&
      of.entry.id !== speaker.entity &&
      of.entry.name !== speaker.affiliation;
    if (!other) return true;
  }
  return false;
}

/**
 * The side a voice speaks for: a listed armed group or government, or the one it speaks for; a
 * person (`المتحدث باسم الجيش اليمني فلان`) speaks for the side of the body named with the role.
 */
function sideOf(hop: Hop, lex: Lexicon): string | null {
  const body = hop.entity
    ? lex.entityById.get(hop.entity)
    : hop.kind === 'person' && hop.role !== undefined && hop.affiliation !== undefined
      ? lex.kept(sidesByName).get(hop.affiliation)
      : undefined;
  if (!body || (body.type !== 'armed_group' && body.type !== 'government')) return null;
  return hop.affiliation ?? body.name;
}

/** The listed armed groups and governments by their name, kept on the lexicon. */
export function sidesByName(lex: Lexicon): Map<string, GazetteerEntry> {
  const out = new Map<string, GazetteerEntry>();
  for (const e of lex.entityById.values())
    if ((e.type === 'armed_group' || e.type === 'government') && !out.has(e.name)) out.set(e.name, e);
  return out;
}

/** The denier passes the figure on from another voice, or denies it itself. */
function quotedOrDenied(o: Claim, denier: Hop): boolean {
  const names = o.attribution.map((h) => h.name);
  const at = names.lastIndexOf(denier.name);
  if (at < 0) return false;
  return at < names.length - 1 || o.stance === 'denied';
}
