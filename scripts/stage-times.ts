// Where the time of one document goes, per stage, on N ANT articles: loading the file, reading
// it (the engine), committing it to a store (SQLite or PostgreSQL), and linking the whole case.
// usage: tsx scripts/stage-times.ts DIR --db FILE|postgres://…
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadInputs } from '../src/ingest/index.js';
import { readMany } from '../src/index.js';
import { Store } from '../src/store/store.js';

const dir = process.argv[2]!;
const dbArg = process.argv.indexOf('--db');
const db = process.argv[dbArg + 1]!;
const files = readdirSync(dir).map((f) => join(dir, f));

const ms = (t: bigint): number => Number(t) / 1e6;
let t = process.hrtime.bigint();
const loaded = loadInputs(files);
const load = ms(process.hrtime.bigint() - t);
t = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
for (const d of loaded.documents) readMany([d]);
const cpu = process.cpuUsage(cpu0);
const read = ms(process.hrtime.bigint() - t);
const store = await Store.open(db);
const c = (await store.caseNamed(`stages-${Date.now()}`, true))!;
t = process.hrtime.bigint();
await store.addDocuments(c.id, loaded.documents, { link: false });
const commitAndRead = ms(process.hrtime.bigint() - t);
t = process.hrtime.bigint();
await store.relink(c.id);
const link = ms(process.hrtime.bigint() - t);
await store.close();
const n = loaded.documents.length;
const per = (x: number): string => `${(x / n).toFixed(2)} ms/doc`;
console.log(
  JSON.stringify(
    {
      documents: n,
      store: store.location,
      load: per(load),
      read: per(read),
      readCpu: per((cpu.user + cpu.system) / 1000),
      commit: per(commitAndRead - read),
      linkWholeCase: `${link.toFixed(0)} ms for ${n} documents`,
    },
    null,
    2,
  ),
);
