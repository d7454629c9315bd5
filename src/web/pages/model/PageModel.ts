import type { WebModelPageQuery } from "../../gql/graphql";

/** The model the page shows, as its operation (`ModelPageQuery`) reads it. */
export type PageModel = NonNullable<WebModelPageQuery["model"]>;
