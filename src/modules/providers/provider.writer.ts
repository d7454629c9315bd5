import { checkSlug } from "../identity/index.js";
import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { providers } from "../../db/schema.js";
import type { UserErrors } from "../../graphql/user-errors.js";
import type { Work, Written } from "../changes/index.js";
import { insertProvider } from "./provider.store.js";
import { CURATED, projectProvider, providerClaimStore, stateClaims } from "../claims/index.js";
import { API_SOURCE, sourceIdFor, validateSource } from "../sources/index.js";
import type { ProviderInput } from "./provider.input.js";

/** Creates or updates a provider by slug; returns its row id. */
export function upsertProvider(
  work: Work,
  errors: UserErrors,
  input: ProviderInput,
): Written<number> | undefined {
  const { tx } = work;
  const path = ["input"];
  checkSlug(errors, [...path, "slug"], input.slug);
  errors.text([...path, "name"], input.name, { required: true, max: 200 });
  errors.url([...path, "url"], input.url);
  validateSource(errors, [...path, "source"], input.source);
  if (errors.any) return undefined;
  // A write through the API is curated: its name, and its URL when given (null withdraws it),
  // are the curated claims on the provider.
  const sourceId = sourceIdFor(tx, input.source ?? API_SOURCE);
  const existing = tx
    .select({ id: providers.id })
    .from(providers)
    .where(eq(providers.slug, input.slug))
    .get();
  const id =
    existing?.id ?? insertProvider(tx, { slug: input.slug, name: input.name.trim(), sourceId });
  stateClaims(
    tx,
    providerClaimStore,
    id,
    {
      origin: CURATED,
      sourceId,
      observedOn: (input.source?.retrievedOn as string | null | undefined) ?? null,
    },
    { name: input.name.trim(), url: input.url },
  );
  projectProvider(tx, id);
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
