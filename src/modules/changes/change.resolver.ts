import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { ForwardPageArgs } from "../../graphql/connection.type.js";
import type { Page } from "../../sql/pagination.js";
import { Change, ChangeConnection } from "./change.type.js";
import type { ChangesContext } from "./index.js";

@Resolver(() => Change)
export class ChangeResolver {
  @Query(() => ChangeConnection, {
    description: "The change log, newest first: every accepted write.",
  })
  changes(
    @Arg("model", () => String, {
      nullable: true,
      description: "Only the writes about this model (its slug, as it was when written).",
    })
    model: string | null,
    @Args(() => ForwardPageArgs) page: ForwardPageArgs,
    @Ctx() ctx: ChangesContext,
  ): Page<Change> {
    return ctx.changes.repository.page(page, model?.trim().toLowerCase());
  }
}
