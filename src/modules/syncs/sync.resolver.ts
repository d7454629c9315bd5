import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { ForwardPageArgs } from "../../graphql/connection.type.js";
import type { Page } from "../../sql/pagination.js";
import type { SyncsContext } from "./index.js";
import { Sync, SyncConnection } from "./sync.type.js";

@Resolver(() => Sync)
export class SyncResolver {
  @Query(() => SyncConnection, {
    description: "Pulls of the public catalogs (`npm run sync`), newest first.",
  })
  syncs(
    @Arg("source", () => String, {
      nullable: true,
      description: 'Only the syncs of this catalog, e.g. "litellm".',
    })
    source: string | null,
    @Args(() => ForwardPageArgs) page: ForwardPageArgs,
    @Ctx() ctx: SyncsContext,
  ): Page<Sync> {
    return ctx.syncs.repository.page(page, source?.trim().toLowerCase());
  }
}
