import { persistedExchange } from "@urql/exchange-persisted";
import { cacheExchange, Client, fetchExchange } from "urql";

/**
 * The GraphQL client every page uses: each page's operation is sent as an automatic persisted
 * query by GET (the hash alone once the server knows it), so the server's response cache, its
 * ETags and any CDN in front serve repeated reads. Apollo's CSRF protection asks a GET to say it
 * is not a simple cross-site request: the header below does.
 */
export const client = new Client({
  url: "/graphql",
  exchanges: [
    cacheExchange,
    persistedExchange({ preferGetForPersistedQueries: "within-url-limit" }),
    fetchExchange,
  ],
  preferGetMethod: "within-url-limit",
  fetchOptions: { headers: { "apollo-require-preflight": "true" } },
});
