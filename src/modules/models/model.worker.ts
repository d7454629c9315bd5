import "reflect-metadata";
import { parentPort, workerData } from "node:worker_threads";
import { openDatabase } from "../../db/client.js";
import { serveTasks } from "../../sql/worker-pool.js";
import type { PageArgs } from "../../sql/pagination.js";
import type { ModelFilter, ModelOrder } from "./model.input.js";
import { ModelRepository } from "./model.repository.js";

// A read worker of the models module: it answers the pages and counts that may read every model
// (filtered, or sorted by a price or a score) on a connection of its own, off the event loop.
const { databaseUrl } = workerData as { databaseUrl: string };
const repository = new ModelRepository(openDatabase(databaseUrl).db);

serveTasks(parentPort!, {
  page(args: PageArgs, filter: ModelFilter | null, order: ModelOrder | null, today: string) {
    const { edges, nodes, pageInfo, counted } = repository.page(args, filter, order, today);
    return { edges, nodes, pageInfo, counted };
  },
  count(filter: ModelFilter | null, today: string) {
    return repository.count(filter, today);
  },
});
