import {
  checkSlug,
  familyOf,
  insertAliases,
  insertModel,
  requireModel,
  slugPattern,
} from "../identity/index.js";
import { and, eq, inArray, ne } from "drizzle-orm";
import { capabilities, modelAliases, models, providers } from "../../db/schema.js";
import type { UserErrors } from "../../graphql/user-errors.js";
import type { Work, Written } from "../changes/index.js";
import { CURATED, stateFacts, statedFacts } from "../claims/index.js";
import { API_SOURCE, isCurated, sourceIdFor, validateSource } from "../sources/index.js";
import type { ModelInput } from "./model.input.js";

const MAX_LIST = 100;

function validate(errors: UserErrors, input: ModelInput): void {
  const p = (...field: string[]) => ["input", ...field];
  checkSlug(errors, p("slug"), input.slug);
  errors.text(p("name"), input.name, { required: true, max: 200 });
  errors.text(p("provider"), input.provider, { required: true, max: 200 });
  for (const field of ["family", "tagline"] as const)
    errors.text(p(field), input[field], { max: 500 });
  errors.text(p("description"), input.description);
  errors.date(p("releaseDate"), input.releaseDate);
  errors.date(p("knowledgeCutoff"), input.knowledgeCutoff);
  errors.positiveInt(p("contextWindow"), input.contextWindow);
  errors.positiveInt(p("maxOutputTokens"), input.maxOutputTokens);
  errors.nonNegative(p("outputTokensPerSecond"), input.outputTokensPerSecond);
  errors.nonNegative(p("timeToFirstTokenSeconds"), input.timeToFirstTokenSeconds);
  for (const field of [
    "aliases",
    "capabilities",
    "bestFor",
    "limitations",
    "faq",
    "inputModalities",
    "outputModalities",
  ] as const) {
    errors.items(p(field), input[field] as unknown[] | null | undefined, MAX_LIST);
  }
  input.aliases?.forEach((alias, i) => {
    if (!errors.text(p("aliases", String(i)), alias, { required: true, max: 200 })) return;
    if (alias.trim().toLowerCase() === input.slug)
      errors.add(p("aliases", String(i)), "repeats the model's own slug");
  });
  input.bestFor?.forEach((text, i) =>
    errors.text(p("bestFor", String(i)), text, { required: true, max: 2000 }),
  );
  input.limitations?.forEach((text, i) =>
    errors.text(p("limitations", String(i)), text, { required: true, max: 2000 }),
  );
  input.faq?.forEach((entry, i) => {
    errors.text(p("faq", String(i), "question"), entry.question, { required: true, max: 2000 });
    errors.text(p("faq", String(i), "answer"), entry.answer, { required: true });
  });
  for (const field of ["inputModalities", "outputModalities", "capabilities"] as const) {
    const values = input[field] ?? [];
    const twice = values.find((v, i) => values.indexOf(v) !== i);
    if (twice) errors.add(p(field), `lists ${JSON.stringify(twice)} twice`);
  }
  input.capabilities?.forEach((slug, i) => {
    if (!slugPattern.test(slug))
      errors.add(p("capabilities", String(i)), `is not a capability slug: ${JSON.stringify(slug)}`);
  });
  validateSource(errors, p("source"), input.source);
}

/**
 * Creates a model, or updates the one with `input.slug`. Scalar fields are set as given (an
 * omitted field keeps its value on update); each list given replaces the stored list.
 */
export function upsertModel(
  work: Work,
  errors: UserErrors,
  input: ModelInput,
): Written<number> | undefined {
  const { tx } = work;
  validate(errors, input);
  if (errors.any) return undefined;
  const providerId = tx
    .select({ id: providers.id })
    .from(providers)
    .where(eq(providers.slug, input.provider.trim().toLowerCase()))
    .get()?.id;
  if (providerId === undefined)
    errors.add(
      ["input", "provider"],
      `no provider has the slug ${JSON.stringify(input.provider)}`,
      "NOT_FOUND",
    );
  const capabilityIds = new Map<string, number>();
  if (input.capabilities?.length) {
    const rows = tx
      .select({ id: capabilities.id, slug: capabilities.slug })
      .from(capabilities)
      .where(inArray(capabilities.slug, input.capabilities))
      .all();
    for (const row of rows) capabilityIds.set(row.slug, row.id);
    input.capabilities.forEach((slug, i) => {
      if (!capabilityIds.has(slug))
        errors.add(
          ["input", "capabilities", String(i)],
          `no capability has the slug ${JSON.stringify(slug)}`,
          "NOT_FOUND",
        );
    });
  }
  const existing = tx
    .select({ id: models.id, family: models.family })
    .from(models)
    .where(eq(models.slug, input.slug))
    .get();
  const aliases = [...new Set((input.aliases ?? []).map((a) => a.trim().toLowerCase()))];
  if (aliases.length > 0) {
    const clashes = tx
      .select({ slug: models.slug, alias: modelAliases.alias })
      .from(modelAliases)
      .innerJoin(models, eq(models.id, modelAliases.modelId))
      .where(
        and(
          inArray(modelAliases.alias, aliases),
          existing ? ne(models.id, existing.id) : undefined,
        ),
      )
      .all();
    const slugClashes = tx
      .select({ slug: models.slug })
      .from(models)
      .where(inArray(models.slug, aliases))
      .all();
    for (const clash of [
      ...clashes.map((c) => ({ name: c.alias, owner: c.slug })),
      ...slugClashes.map((c) => ({ name: c.slug, owner: c.slug })),
    ]) {
      const i = (input.aliases ?? []).findIndex((a) => a.trim().toLowerCase() === clash.name);
      errors.add(
        ["input", "aliases", String(i)],
        `${JSON.stringify(clash.name)} already names the model ${clash.owner}`,
        "CONFLICT",
      );
    }
  }
  // A new slug must not be another model's alias.
  const aliasOwner = tx
    .select({ modelId: modelAliases.modelId })
    .from(modelAliases)
    .where(eq(modelAliases.alias, input.slug))
    .get();
  if (aliasOwner && aliasOwner.modelId !== existing?.id) {
    errors.add(
      ["input", "slug"],
      `${JSON.stringify(input.slug)} is already another model's alias`,
      "CONFLICT",
    );
  }
  if (errors.any || providerId === undefined) return undefined;

  // A write through the API is curated: without a source of its own it cites the API itself. Each
  // field given becomes the curated claim on it (an explicit null withdraws that claim, letting
  // the catalogs' values show); fields left out keep their claims. The name, which every input
  // repeats, is claimed only when it changes the name served.
  const sourceId = sourceIdFor(tx, input.source ?? API_SOURCE);
  const name = input.name.trim();
  // (A null FAQ leaves the FAQ as it is, as it always has, where a null elsewhere withdraws.)
  const facts = statedFacts({ ...input, name: undefined, faq: input.faq ?? undefined }, false);
  let id: number;
  if (existing) {
    id = existing.id;
    const served = tx
      .select({ name: models.name, providerId: models.providerId })
      .from(models)
      .where(eq(models.id, id))
      .get()!;
    if (served.name !== name) facts.name = name;
    if (served.providerId !== providerId)
      tx.update(models).set({ providerId }).where(eq(models.id, id)).run();
  } else {
    id = insertModel(work, { slug: input.slug, name, providerId, sourceId });
    facts.name = name;
  }
  stateFacts(
    tx,
    id,
    {
      origin: CURATED,
      sourceId,
      observedOn: (input.source?.retrievedOn as string | null | undefined) ?? null,
    },
    facts,
  );
  work.touch(id);
  // Aliases are identity, not facts: a list given replaces the model's curated names (the names
  // catalogs gave it stay, so imports keep finding it).
  if (input.aliases != null) {
    tx.delete(modelAliases)
      .where(and(eq(modelAliases.modelId, id), isCurated(modelAliases.sourceId)))
      .run();
    insertAliases(tx, id, aliases, sourceId);
  }
  return {
    value: id,
    change: {
      operation: "upsertModel",
      target: `model:${input.slug}`,
      modelSlug: input.slug,
      summary: `${existing ? "updated" : "created"} ${name}`,
    },
  };
}

/** Deletes a model with every fact about it and every edge to or from it. */
export function deleteModel(
  work: Work,
  errors: UserErrors,
  slug: string,
): Written<number> | undefined {
  const { tx } = work;
  const row = requireModel(tx, errors, ["slug"], slug);
  if (row === null) return undefined;
  // Facts and edges go with it: the foreign keys cascade.
  // Its family's next release may now succeed the model it succeeded.
  work.touchFamily(familyOf(tx, row.id));
  tx.delete(models).where(eq(models.id, row.id)).run();
  return {
    value: row.id,
    change: {
      operation: "deleteModel",
      target: `model:${row.slug}`,
      modelSlug: row.slug,
      summary: `deleted ${row.name} with its facts and edges`,
    },
  };
}
