// The thread of a store's background linking (background.ts): its own connection to the store,
// read only; one round after another as they come, each computed on a snapshot of its case
// (Store.planRound) and answered with its plan, which the store's own connection writes.

import { parentPort, workerData } from 'node:worker_threads';
import type { RoundReply, RoundRequest } from './background.js';
import { Store } from './store.js';
import type { RoundPlan } from './store.js';

const { location } = workerData as { readonly location: string };
const port = parentPort!;
const opened: Promise<Store> = Store.open(location);
let chain: Promise<unknown> = Promise.resolve();

async function round(request: RoundRequest): Promise<RoundReply<RoundPlan>> {
  try {
    const store = await opened;
    return { caseId: request.caseId, plan: await store.planRound(request.caseId, { whole: request.whole }) };
  } catch (error) {
    return { caseId: request.caseId, error: (error as Error).message };
  }
}

port.on('message', (message: RoundRequest | { close: true }) => {
  chain = chain.then(async () => {
    if ('close' in message) {
      await (await opened.catch(() => null))?.close().catch(() => undefined);
      port.postMessage({ closed: true });
      return;
    }
    port.postMessage(await round(message));
  });
});
