// Stream gold files: labelled incidents in a whole feed (every article of a corpus analysed as one
// batch), for scoring incident grouping and event detection rather than claims.
//
//   { "campaigns": [{ id, title, start, end, place, country }],
//     "incidents": [{ id, title, event, place, admin, country, start, end, parties,
//                     campaign: id | null, documents: [{ id, role: "main" | "mention" }],
//                     hard?, notes? }],
//     "nonEvents": [document id, …] }
//
// A `main` document is about the incident; a `mention` document only refers to it (a round-up's
// line, a background paragraph). parseStreamGold reports every problem at once with its JSON path.

import { IsnadError } from '../errors.js';

export interface StreamGoldCampaign {
  readonly id: string;
  readonly title: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly place: string | null;
  readonly country: string | null;
}

export interface StreamGoldDocument {
  readonly id: string;
  readonly role: 'main' | 'mention';
}

export interface StreamGoldIncident {
  readonly id: string;
  readonly title: string;
  readonly event: string | null;
  readonly place: string | null;
  readonly country: string | null;
  readonly start: string | null;
  readonly end: string | null;
  readonly campaign: string | null;
  readonly documents: readonly StreamGoldDocument[];
  readonly hard: boolean;
  readonly notes: string | null;
}

export interface StreamGold {
  readonly campaigns: readonly StreamGoldCampaign[];
  readonly incidents: readonly StreamGoldIncident[];
  readonly nonEvents: readonly string[];
}

const MAX_PROBLEMS = 20;

type Obj = Readonly<Record<string, unknown>>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Is this JSON a stream gold file (rather than a claim gold file)? */
export function isStreamGold(json: unknown): boolean {
  return isObj(json) && (Array.isArray(json['nonEvents']) || Array.isArray(json['campaigns']));
}

export function parseStreamGold(json: unknown): StreamGold {
  const problems: string[] = [];
  const fail = (path: string, message: string): void => void problems.push(`${path}: ${message}`);
  if (!isObj(json)) throw new IsnadError('gold_invalid', 'stream gold: expected a JSON object');
  const str = (v: unknown, path: string): string => {
    if (typeof v === 'string') return v;
    fail(path, 'expected a string');
    return '';
  };
  const opt = (v: unknown, path: string): string | null =>
    v === undefined || v === null ? null : str(v, path);
  const list = (v: unknown, path: string): readonly unknown[] => {
    if (v === undefined) return [];
    if (Array.isArray(v)) return v;
    fail(path, 'expected an array');
    return [];
  };
  const campaigns = list(json['campaigns'], 'campaigns').map((c, i): StreamGoldCampaign => {
    const p = `campaigns[${i}]`;
    const o = isObj(c) ? c : (fail(p, 'expected an object'), {});
    return {
      id: str(o['id'], `${p}.id`),
      title: opt(o['title'], `${p}.title`) ?? '',
      start: opt(o['start'], `${p}.start`),
      end: opt(o['end'], `${p}.end`),
      place: opt(o['place'], `${p}.place`),
      country: opt(o['country'], `${p}.country`),
    };
  });
  const campaignIds = new Set(campaigns.map((c) => c.id));
  const seen = new Set<string>();
  const incidents = list(json['incidents'], 'incidents').map((x, i): StreamGoldIncident => {
    const p = `incidents[${i}]`;
    const o = isObj(x) ? x : (fail(p, 'expected an object'), {});
    const id = str(o['id'], `${p}.id`);
    if (seen.has(id)) fail(`${p}.id`, `"${id}" is used twice`);
    seen.add(id);
    const campaign = opt(o['campaign'], `${p}.campaign`);
    if (campaign !== null && !campaignIds.has(campaign))
      fail(`${p}.campaign`, `"${campaign}" is not in campaigns`);
    const documents = list(o['documents'], `${p}.documents`).map((d, k): StreamGoldDocument => {
      const dp = `${p}.documents[${k}]`;
      // A bare id is a main document.
      if (typeof d === 'string') return { id: d, role: 'main' };
      const od = isObj(d) ? d : (fail(dp, 'expected an object or an id'), {});
      const role = od['role'] ?? 'main';
      if (role !== 'main' && role !== 'mention') fail(`${dp}.role`, 'expected "main" or "mention"');
      return { id: str(od['id'], `${dp}.id`), role: role === 'mention' ? 'mention' : 'main' };
    });
    if (documents.length === 0) fail(`${p}.documents`, 'expected at least one document');
    return {
      id,
      title: opt(o['title'], `${p}.title`) ?? id,
      event: opt(o['event'], `${p}.event`),
      place: opt(o['place'], `${p}.place`),
      country: opt(o['country'], `${p}.country`),
      start: opt(o['start'], `${p}.start`),
      end: opt(o['end'], `${p}.end`),
      campaign,
      documents,
      hard: o['hard'] === true,
      notes: opt(o['notes'], `${p}.notes`),
    };
  });
  const nonEvents = list(json['nonEvents'], 'nonEvents').map((d, i) => str(d, `nonEvents[${i}]`));
  const mains = new Set(
    incidents.flatMap((i) => i.documents.filter((d) => d.role === 'main').map((d) => d.id)),
  );
  nonEvents.forEach((d, i) => {
    if (mains.has(d)) fail(`nonEvents[${i}]`, `"${d}" is also the main document of an incident`);
  });
  if (problems.length > 0) {
    const more = problems.length > MAX_PROBLEMS ? `\n  … and ${problems.length - MAX_PROBLEMS} more` : '';
    throw new IsnadError(
      'gold_invalid',
      `invalid stream gold file:\n  ${problems.slice(0, MAX_PROBLEMS).join('\n  ')}${more}`,
    );
  }
  return { campaigns, incidents, nonEvents };
}
