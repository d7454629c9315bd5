import type { Database, Executor } from "../../db/client.js";
import { ChangeRepository, type ChangeEntry, type Work } from "../changes/index.js";
import { projectModel } from "../claims/index.js";
import { projectResults } from "../benchmarks/index.js";
import { projectNoticeEdges } from "../graph/index.js";
import { projectClaimedEvents, projectStatusPeriods } from "../lifecycle/index.js";
import { inferLineage } from "../lineage/index.js";
import { familiesOf } from "../identity/index.js";
import { projectPricePeriods, projectServedPrices } from "../pricing/index.js";

/**
 * The one way a write reaches the graph, opened per transaction by every entry point (a mutation
 * through `runWrite`, the curated catalog, an import). Writers change rows through `tx` and name
 * the models they changed; `commit` then, once: projects each touched model's served facts from
 * its claims (`projectModel`), its status periods and its standard price periods; re-runs the
 * lineage rule on the families of the touched models, before and after, and of the models whose
 * edges changed; and appends the change log. Each domain projects its own rows: claims the
 * model's columns and lists (and the winning claims the others read), graph the notices' edges,
 * lifecycle the events only notices and catalogs date, pricing and benchmarks which rows are served.
 */
export class UnitOfWork implements Work {
  private readonly touched = new Set<number>();
  private readonly relined = new Set<number>();
  private readonly families = new Set<string>();
  private everyFamily = false;
  private readonly entries: (ChangeEntry & { at: string; actor: string })[] = [];

  constructor(readonly tx: Executor) {}

  touch(...modelIds: number[]): void {
    for (const id of modelIds) this.touched.add(id);
  }

  relineage(...modelIds: number[]): void {
    for (const id of modelIds) this.relined.add(id);
  }

  touchFamily(family: string | null | undefined): void {
    if (family) this.families.add(family);
  }

  /** Every family's lineage is inferred again at commit (an import or a catalog sync). */
  relineageAll(): void {
    this.everyFamily = true;
  }

  log(entry: ChangeEntry & { at: string; actor: string }): void {
    this.entries.push(entry);
  }

  commit(): void {
    const { tx } = this;
    const ids = [...this.touched];
    const lines = this.everyFamily ? [] : familiesOf(tx, [...ids, ...this.relined]);
    for (const id of ids) {
      const best = projectModel(tx, id);
      if (!best) continue;
      projectNoticeEdges(tx, id);
      projectClaimedEvents(tx, id, best);
      projectServedPrices(tx, id, null);
      projectResults(tx, id);
    }
    projectStatusPeriods(tx, ids);
    projectPricePeriods(tx, ids);
    if (this.everyFamily) inferLineage(tx);
    else inferLineage(tx, [...lines, ...this.families, ...familiesOf(tx, ids)]);
    const log = new ChangeRepository(tx as Database);
    for (const entry of this.entries) log.append(tx, entry);
    this.touched.clear();
    this.relined.clear();
    this.families.clear();
    this.everyFamily = false;
    this.entries.length = 0;
  }
}
