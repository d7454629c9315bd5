import { insertModel } from "../modules/identity/index.js";
import { stateCurrentNotice } from "../modules/claims/index.js";
import type { ImportedNotice } from "./import.types.js";
import type { ImportRun } from "./run.js";

/**
 * The model a notice names: the one the graph knows by that name (`maker/name` too); else, when
 * the name is a maker's id (not a display name), a new model under the maker, so that the
 * history of a retired model the graph never had is whole. Undefined (and reported) otherwise.
 */
function noticeModel(
  run: ImportRun,
  notice: ImportedNotice,
  name: string,
  mayCreate: boolean,
): number | undefined {
  const found = run.names.lookup([name, `${notice.maker}/${name}`]);
  if (found.length === 1) return found[0];
  if (found.length > 1) {
    run.summary.skipped.push({
      id: notice.id,
      reason: `"${name}" names more than one model (ids ${found.join(", ")}); left for a person to decide`,
    });
    return undefined;
  }
  if (!mayCreate) {
    run.summary.skipped.push({
      id: notice.id,
      reason: notice.alsoNamed
        ? `no model in the graph has the id "${name}", which the row lists beside its model`
        : `no model in the graph is named "${name}", and a display name does not make one`,
    });
    return undefined;
  }
  const slug = run.names.owners(name).size > 0 ? `${notice.maker}-${name}` : name;
  const id = insertModel(run.work, {
    slug,
    name,
    providerId: run.providerId(notice.maker),
    sourceId: run.source(),
  });
  run.names.addSlug(slug, id);
  run.summary.models.added++;
  return id;
}

/**
 * Files each notice of a tracker under its model (see `stateCurrentNotice`): a notice that says
 * something new of a model (a first notice, a rewritten replacement, a moved date) is added, the
 * rest are unchanged. A notice whose model cannot be found is reported.
 */
export function importNotices(run: ImportRun): void {
  const { tx, batch, summary } = run;
  for (const notice of batch.notices ?? []) {
    const modelId = noticeModel(run, notice, notice.model, !notice.byName && !notice.alsoNamed);
    if (modelId === undefined) continue;
    const replacementIds = notice.replacements
      .map((name) => noticeModel(run, notice, name, true))
      .filter((id): id is number => id !== undefined);
    const changed = stateCurrentNotice(
      tx,
      modelId,
      batch.catalog,
      () => run.source(),
      {
        channel: notice.channel,
        announcedOn: notice.deprecatedOn ?? batch.snapshot,
        deprecatedOn: notice.deprecatedOn,
        retiresOn: notice.retiresOn,
        note: notice.note,
        replacementIds,
      },
      batch.snapshot,
    );
    summary.notices[changed ? "added" : "unchanged"]++;
    if (changed) run.touchedModels.add(modelId);
  }
}
