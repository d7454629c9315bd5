import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { providers } from "../../db/schema.js";
import type { UserErrors } from "../../shared/user-errors.js";
import type { Written } from "../changes/index.js";
import { API_SOURCE, sourceIdFor, validateSource } from "../sources/index.js";
import type { ProviderInput } from "./provider.input.js";

/** Creates or updates a provider by slug; returns its row id. */
export function upsertProvider(
  tx: Executor,
  errors: UserErrors,
  input: ProviderInput,
): Written<number> | undefined {
  const path = ["input"];
  errors.slug([...path, "slug"], input.slug);
  errors.text([...path, "name"], input.name, { required: true, max: 200 });
  errors.url([...path, "url"], input.url);
  validateSource(errors, [...path, "source"], input.source);
  if (errors.any) return undefined;
  const values = {
    name: input.name.trim(),
    // As with models: an omitted field keeps its value on update, null clears it.
    ...(input.url !== undefined ? { url: input.url } : {}),
    sourceId: sourceIdFor(tx, input.source ?? API_SOURCE),
  };
  const existing = tx
    .select({ id: providers.id })
    .from(providers)
    .where(eq(providers.slug, input.slug))
    .get();
  if (existing) {
    tx.update(providers).set(values).where(eq(providers.id, existing.id)).run();
  }
  const id =
    existing?.id ??
    tx
      .insert(providers)
      .values({ slug: input.slug, ...values })
      .returning({ id: providers.id })
      .get().id;
  return {
    value: id,
    change: {
      operation: "upsertProvider",
      target: `provider:${input.slug}`,
      summary: `${existing ? "updated" : "created"} provider ${input.name.trim()}`,
    },
  };
}

/** The id of a provider by slug, or null. */
export function providerIdBySlug(tx: Executor, slug: string): number | null {
  return (
    tx
      .select({ id: providers.id })
      .from(providers)
      .where(eq(providers.slug, slug.trim().toLowerCase()))
      .get()?.id ?? null
  );
}
