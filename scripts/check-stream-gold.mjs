// Validates the stream gold for incident grouping (eval/stream/ant-incidents.json, or the file given
// as the first argument): unique ids, known event types and roles, ordered ISO dates, existing
// campaigns, every main-role article in one incident only, no article both in an incident and among
// the non-events, and no main-role article published before its incident began. When the ANT corpus
// is extracted (ISNAD_ANT, default .cache/ant-v2.1 in the checkout: `npm run corpus`), every DOCNO must name an existing file.
// Exit code 1 and one line per problem when the file is not valid; counts on success.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = process.argv[2] ?? 'eval/stream/ant-incidents.json';
const antDir =
  process.env.ISNAD_ANT ?? resolve(fileURLToPath(new URL('..', import.meta.url)), '.cache', 'ant-v2.1');
const EVENTS = new Set([
  'airstrike',
  'shelling',
  'bombing',
  'shooting',
  'clashes',
  'attack',
  'chemical_attack',
  'massacre',
  'arrests',
  'abduction',
  'execution',
  'displacement',
  'protest_violence',
  'other_violence',
]);
const ROLES = new Set(['main', 'mention']);
const OUTLETS = { AL: 'Alarabia', BB: 'BBC', CN: 'CNN', FR: 'France24', SK: 'SkyNews' };
const DOCNO = /^(AL|BB|CN|FR|SK)-([A-Za-z]+)-\d+-(\d{4})(\d{2})(\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const problems = [];
const fail = (msg) => problems.push(msg);

let gold;
try {
  gold = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`${file}: ${e.message}`);
  process.exit(1);
}

const corpusPresent = existsSync(antDir);
const isDate = (s) => typeof s === 'string' && DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
const dayDiff = (a, b) => (Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86400000;

function checkDocno(id, where) {
  const m = DOCNO.exec(id ?? '');
  if (!m) {
    fail(`${where}: "${id}" is not an ANT DOCNO`);
    return null;
  }
  if (corpusPresent && !existsSync(join(antDir, OUTLETS[m[1]], m[2], `${id}.txt`))) {
    fail(`${where}: ${id} has no file under ${antDir}`);
  }
  return { outlet: OUTLETS[m[1]], section: m[2], date: `${m[3]}-${m[4]}-${m[5]}` };
}

for (const key of ['corpus', 'description']) {
  if (typeof gold[key] !== 'string' || gold[key].length === 0) fail(`top level: "${key}" must be a string`);
}
for (const key of ['campaigns', 'incidents', 'nonEvents']) {
  if (!Array.isArray(gold[key])) fail(`top level: "${key}" must be an array`);
}
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  process.exit(1);
}

const campaignIds = new Set();
for (const c of gold.campaigns) {
  const where = `campaign ${c.id}`;
  if (typeof c.id !== 'string' || campaignIds.has(c.id)) fail(`${where}: id missing or repeated`);
  campaignIds.add(c.id);
  for (const key of ['title', 'place', 'country']) {
    if (typeof c[key] !== 'string' || c[key].length === 0) fail(`${where}: "${key}" missing`);
  }
  if (!isDate(c.start) || !isDate(c.end)) fail(`${where}: start and end must be YYYY-MM-DD`);
  else if (c.start > c.end) fail(`${where}: start ${c.start} after end ${c.end}`);
}

const incidentIds = new Set();
const mainOf = new Map();
const inIncidents = new Set();
const stats = { main: 0, mention: 0, byOutlet: {}, bySection: {} };
for (const inc of gold.incidents) {
  const where = `incident ${inc.id}`;
  if (typeof inc.id !== 'string' || incidentIds.has(inc.id)) fail(`${where}: id missing or repeated`);
  incidentIds.add(inc.id);
  for (const key of ['title', 'place', 'admin', 'country']) {
    if (typeof inc[key] !== 'string' || inc[key].length === 0) fail(`${where}: "${key}" missing`);
  }
  if (!EVENTS.has(inc.event)) fail(`${where}: unknown event "${inc.event}"`);
  if (!Array.isArray(inc.parties)) fail(`${where}: "parties" must be an array`);
  if (!isDate(inc.start) || !isDate(inc.end)) fail(`${where}: start and end must be YYYY-MM-DD`);
  else if (inc.start > inc.end) fail(`${where}: start ${inc.start} after end ${inc.end}`);
  if (inc.campaign !== null && !campaignIds.has(inc.campaign)) {
    fail(`${where}: campaign "${inc.campaign}" is not among the campaigns`);
  }
  for (const key of ['hard', 'notes']) {
    if (key in inc && typeof inc[key] !== 'string') fail(`${where}: "${key}" must be a string`);
  }
  if (!Array.isArray(inc.documents) || inc.documents.length === 0) {
    fail(`${where}: no documents`);
    continue;
  }
  const seen = new Set();
  let mains = 0;
  for (const doc of inc.documents) {
    const meta = checkDocno(doc.id, where);
    if (seen.has(doc.id)) fail(`${where}: ${doc.id} listed twice`);
    seen.add(doc.id);
    inIncidents.add(doc.id);
    if (!ROLES.has(doc.role)) fail(`${where}: ${doc.id} has unknown role "${doc.role}"`);
    if (doc.role === 'main') {
      mains++;
      if (mainOf.has(doc.id)) fail(`${where}: ${doc.id} is already main in ${mainOf.get(doc.id)}`);
      mainOf.set(doc.id, inc.id);
      // A report cannot be mainly about an event that had not begun (one day of slack for time zones).
      if (meta && isDate(inc.start) && dayDiff(meta.date, inc.start) < -1) {
        fail(`${where}: ${doc.id} published ${meta.date}, before the incident began (${inc.start})`);
      }
    }
    if (doc.role in stats) stats[doc.role]++;
    if (meta) {
      stats.byOutlet[meta.outlet] = (stats.byOutlet[meta.outlet] ?? 0) + 1;
      stats.bySection[meta.section] = (stats.bySection[meta.section] ?? 0) + 1;
    }
  }
  if (mains === 0) fail(`${where}: no main-role document`);
}

const nonSeen = new Set();
for (const id of gold.nonEvents) {
  checkDocno(id, 'nonEvents');
  if (nonSeen.has(id)) fail(`nonEvents: ${id} listed twice`);
  nonSeen.add(id);
  if (inIncidents.has(id)) fail(`nonEvents: ${id} is also in an incident`);
}

if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(`${file}: ${problems.length} problem(s)`);
  process.exit(1);
}
const fmt = (o) =>
  Object.entries(o)
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
console.log(
  `${file}: valid — ${gold.campaigns.length} campaigns, ${gold.incidents.length} incidents, ` +
    `${mainOf.size} main and ${stats.mention} mention memberships (${inIncidents.size} articles), ` +
    `${gold.nonEvents.length} non-events${corpusPresent ? '' : ' (corpus not found: DOCNOs not checked)'}`,
);
console.log(`  memberships by outlet: ${fmt(stats.byOutlet)}`);
console.log(`  memberships by section: ${fmt(stats.bySection)}`);
