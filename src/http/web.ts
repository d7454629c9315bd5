import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** The pages of the front end: each answers with its shell, and the page loads its own data. */
const pages = ["/", "/models", "/models/*", "/compare"];

/**
 * Serves the web front end built into `dir` (`npm run build`): its hashed assets under `/assets/`
 * (cached for a year: a new build has new names), the page shell for every page's path, so a
 * link to `/models/o4-mini` opens that page, and with `explorer` GraphiQL at `/explorer`, bundled
 * with the rest, so it works with no network beyond this server. Without a build, the pages say
 * how to make one.
 */
export async function serveWeb(
  app: FastifyInstance,
  dir: string,
  options: { explorer: boolean },
): Promise<void> {
  const shell = join(dir, "index.html");
  const explorer = join(dir, "explorer.html");
  if (!options.explorer)
    app.get("/explorer", async (_request, reply) =>
      reply
        .code(404)
        .type("text/plain; charset=utf-8")
        .send("The explorer is off on this server (EXPLORER=on turns it on).\n"),
    );
  else if (existsSync(explorer)) {
    const page = readFileSync(explorer, "utf8");
    app.get("/explorer", async (_request, reply) =>
      reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").send(page),
    );
  }
  if (!existsSync(shell)) {
    for (const path of [...pages, ...(options.explorer ? ["/explorer"] : [])])
      app.get(path, async (_request, reply) =>
        reply
          .code(503)
          .type("text/plain; charset=utf-8")
          .send(
            "The web front end is not built: run `npm run build` (or `npm start`, which builds first).\n",
          ),
      );
    return;
  }
  const html = readFileSync(shell, "utf8");
  await app.register(fastifyStatic, {
    root: join(dir, "assets"),
    prefix: "/assets/",
    immutable: true,
    maxAge: "365d",
    index: false,
  });
  for (const path of pages)
    app.get(path, async (_request, reply) =>
      reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").send(html),
    );
}
