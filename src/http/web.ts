import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** The pages of the front end: each answers with its shell, and the page loads its own data. */
const pages = ["/", "/models", "/models/*", "/compare"];

/**
 * Serves the web front end built into `dir` (`npm run build`): its hashed assets under `/assets/`
 * (cached for a year: a new build has new names) and the page shell for every page's path, so a
 * link to `/models/o4-mini` opens that page. Without a build, the pages say how to make one.
 */
export async function serveWeb(app: FastifyInstance, dir: string): Promise<void> {
  const shell = join(dir, "index.html");
  if (!existsSync(shell)) {
    for (const path of pages)
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
