import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import { projectRoot } from "../shared/paths.js";

/** The example operations of schema/operations/, ModelPage first: Sandbox opens with them. */
function exampleDocument(): string {
  const dir = join(projectRoot, "schema", "operations");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .sort((a, b) =>
      a === "ModelPage.graphql" ? -1 : b === "ModelPage.graphql" ? 1 : a.localeCompare(b),
    );
  return files.map((f) => readFileSync(join(dir, f), "utf8")).join("\n");
}

/**
 * What a browser's GET /graphql shows: Apollo Sandbox with the example operations outside
 * production (Apollo's production page in it), with the line naming the offline explorer.
 */
export function landingPage<C extends BaseContext>(options: {
  production: boolean;
  explorer: boolean;
}): ApolloServerPlugin<C> {
  return withExplorerNote(
    options.production
      ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
      : ApolloServerPluginLandingPageLocalDefault({
          footer: false,
          document: exampleDocument(),
          includeCookies: false,
        }),
    options.explorer,
  );
}

/**
 * Wraps Apollo's landing page (Sandbox, loaded from Apollo's CDN) with a line saying where the
 * offline explorer is: a browser without internet access, or behind a firewall, sees the line
 * even when Sandbox cannot load.
 */
function withExplorerNote<C extends BaseContext>(
  inner: ApolloServerPlugin<C>,
  explorer: boolean,
): ApolloServerPlugin<C> {
  const note = explorer
    ? `<p id="offline-explorer" style="position:fixed;bottom:0;left:0;right:0;margin:0;padding:6px 12px;font:14px system-ui,sans-serif;background:#fff8c5;color:#1b1f24;z-index:10">No internet access here? The <a href="/explorer">explorer at /explorer</a> runs from this server, offline, with the example operations. The site itself is at <a href="/">/</a>.</p>`
    : `<p id="offline-explorer" style="position:fixed;bottom:0;left:0;right:0;margin:0;padding:6px 12px;font:14px system-ui,sans-serif;background:#fff8c5;color:#1b1f24;z-index:10">The offline explorer is off on this server (EXPLORER=on turns it on). The site is at <a href="/">/</a>.</p>`;
  return {
    ...inner,
    async serverWillStart(service) {
      const listener = await inner.serverWillStart?.(service);
      if (!listener?.renderLandingPage) return listener;
      const render = listener.renderLandingPage.bind(listener);
      return {
        ...listener,
        async renderLandingPage() {
          const page = await render();
          const html = typeof page.html === "string" ? page.html : await page.html();
          return { html: html.replace(/<body([^>]*)>/i, (body) => `${body}${note}`) };
        },
      };
    },
  };
}
