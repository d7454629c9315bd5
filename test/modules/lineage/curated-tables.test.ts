import { beforeAll, describe, expect, it } from "vitest";
import { readCurated } from "../../../src/curated/curated.reader.js";
import type { NoticeEntry } from "../../../src/curated/curated.schema.js";
import { defaultCuratedDir } from "../../../src/shared/paths.js";
import { createTestServer, fixedClock, type TestServer } from "../../helpers/server.js";

const TODAY = "2026-12-04";

interface Event {
  channel: string;
  stage: string;
  date: string;
}

interface Answer {
  model: {
    slug: string;
    lifecycle: Event[];
    replacementAdvice: { kind: string; depth: number; model: { slug: string } } | null;
  } | null;
}

/** Every (model, channel, notice) of the makers' deprecation tables, each notice's row as written. */
function tableRows() {
  return readCurated(defaultCuratedDir).deprecations.flatMap(({ file, table }) =>
    table.notices.flatMap((notice) => notice.models.map((model) => ({ file, model, notice }))),
  );
}

describe("the makers' deprecation tables", () => {
  let t: TestServer;
  const rows = tableRows();
  const slugOf = new Map<string, string>();
  const ask = (name: string, channel: string, asOf: string) =>
    t.exec<Answer>(
      `query ($slug: String!, $channel: Channel!, $asOf: Date!) { model(slug: $slug) {
        slug lifecycle { channel stage date }
        replacementAdvice(channel: $channel, asOf: $asOf, includeInferred: false) { kind depth model { slug } }
      } }`,
      { slug: name, channel, asOf },
    );
  const statusQuery = `query ($slug: String!, $channel: Channel!, $asOf: Date!) {
    model(slug: $slug) { status(channel: $channel, asOf: $asOf) } }`;
  const statusOf = async (slug: string, channel: string, asOf: string) =>
    (await t.exec<{ model: { status: string } }>(statusQuery, { slug, channel, asOf })).model
      .status;

  beforeAll(async () => {
    t = await createTestServer({ clock: fixedClock(TODAY) });
    const names = new Set(rows.flatMap((r) => [r.model, ...r.notice.replacements]));
    for (const name of names) {
      const { model } = await t.exec<{ model: { slug: string } | null }>(
        `query ($slug: String!) { model(slug: $slug) { slug } }`,
        { slug: name },
      );
      if (model) slugOf.set(name, model.slug);
    }
  });

  it("hold every model they name, replacements included", () => {
    const missing = [...new Set(rows.flatMap((r) => [r.model, ...r.notice.replacements]))].filter(
      (name) => !slugOf.has(name),
    );
    expect(missing).toEqual([]);
    expect(rows.length).toBeGreaterThan(400);
  });

  it("recommend, on each notice's day, the replacement the maker named, never an inferred one", async () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const { file, model, notice } of rows) {
      if (notice.replacements.length === 0) continue;
      const slug = slugOf.get(model)!;
      // The notice in force that day on the channel: the table's latest for this model by then.
      const inForce = rows
        .filter(
          (r) =>
            slugOf.get(r.model) === slug &&
            r.notice.channel === notice.channel &&
            r.notice.announced <= notice.announced,
        )
        .map((r) => r.notice)
        .sort((a, b) => a.announced.localeCompare(b.announced))
        .at(-1)!;
      if (inForce !== notice && inForce.announced === notice.announced) continue;
      const named = inForce.replacements.map((r) => slugOf.get(r)!);
      // A named model that is itself retired (or not yet out) on that day is walked past.
      const running = [];
      for (const r of named) {
        const status = await statusOf(r, notice.channel, notice.announced);
        if (status !== "RETIRED" && status !== "UNRELEASED") running.push(r);
      }
      if (running.length === 0) continue;
      const { model: answer } = await ask(model, notice.channel, notice.announced);
      checked++;
      const advice = answer?.replacementAdvice;
      if (
        !advice ||
        advice.kind !== "NAMED" ||
        advice.depth !== 1 ||
        !running.includes(advice.model.slug)
      )
        wrong.push(
          `${file}: ${model} on ${notice.channel} as of ${notice.announced}: got ${JSON.stringify(advice)}, want one of ${running.join(", ")}`,
        );
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });

  it("date each model's deprecation and retirement per channel as the notice in force today says", async () => {
    const latest = new Map<string, NoticeEntry>();
    const firstAnnounced = new Map<string, string>();
    for (const { model, notice } of rows) {
      const key = `${slugOf.get(model)}|${notice.channel}`;
      const kept = latest.get(key);
      if (!kept || kept.announced <= notice.announced) latest.set(key, notice);
      const first = firstAnnounced.get(key);
      if (!first || notice.announced < first) firstAnnounced.set(key, notice.announced);
    }
    const wrong: string[] = [];
    for (const [key, notice] of latest) {
      const [slug, channel] = key.split("|") as [string, string];
      const { model } = await ask(slug, channel, TODAY);
      const on = (stage: string) =>
        model!.lifecycle.find((e) => e.channel === channel && e.stage === stage)?.date;
      // A rewrite without a deprecation day of its own keeps the first notice's day.
      const deprecated = notice.deprecated ?? firstAnnounced.get(key)!;
      // A model page in the catalog may state the day itself (o4-mini's API retirement).
      if (on("DEPRECATED") !== deprecated)
        wrong.push(`${slug} ${channel} DEPRECATED ${on("DEPRECATED")} ≠ ${deprecated}`);
      if (notice.retires && on("RETIRED") !== notice.retires)
        wrong.push(`${slug} ${channel} RETIRED ${on("RETIRED")} ≠ ${notice.retires}`);
    }
    expect(wrong).toEqual([]);
  });

  it("lead from Claude 3 Opus, GPT-4 (0613), Gemini 1.5 Pro (002) and Mistral Large (2402) to a model active today, each step cited", async () => {
    for (const start of [
      "claude-3-opus-20240229",
      "gpt-4-0613",
      "gemini-1.5-pro-002",
      "mistral-large-2402",
    ]) {
      const { model } = await t.exec<{
        model: {
          status: string;
          successorChain: {
            model: { slug: string; status: string };
            via: { source: { title: string } | null };
          }[];
          recommendedReplacement: { slug: string; status: string } | null;
          replacementAdvice: { kind: string } | null;
        };
      }>(
        `query ($slug: String!) { model(slug: $slug) {
          status
          successorChain { model { slug status } via { source { title } } }
          recommendedReplacement(includeInferred: false) { slug status }
          replacementAdvice(includeInferred: false) { kind }
        } }`,
        { slug: start },
      );
      expect(model.status, start).toBe("RETIRED");
      expect(
        model.successorChain.every((s) => s.via.source !== null),
        start,
      ).toBe(true);
      expect(
        model.successorChain.some((s) => s.model.status === "ACTIVE"),
        start,
      ).toBe(true);
      expect(model.recommendedReplacement?.status, start).toBe("ACTIVE");
      expect(model.replacementAdvice?.kind, start).toBe("NAMED");
    }
  });

  it("answer per cloud channel where a cloud retires a model on its own day", async () => {
    // Azure retired gpt-4-0613 on 2025-06-06, while OpenAI's API served it until 2026-10-23.
    expect(await statusOf("gpt-4-0613", "AZURE", "2025-07-01")).toBe("RETIRED");
    expect(await statusOf("gpt-4-0613", "API", "2025-07-01")).toBe("UNKNOWN");
    expect(await statusOf("gpt-4-0613", "API", "2026-05-01")).toBe("DEPRECATED");
    // o4-mini: Azure retires it a week before OpenAI's API does.
    expect(await statusOf("o4-mini", "AZURE", "2026-10-20")).toBe("RETIRED");
    expect(await statusOf("o4-mini", "API", "2026-10-20")).toBe("DEPRECATED");
    // Claude 3 Opus left Vertex AI before Anthropic's API.
    expect(await statusOf("claude-3-opus-20240229", "GOOGLE_VERTEX", "2025-09-01")).toBe("RETIRED");
    expect(await statusOf("claude-3-opus-20240229", "API", "2025-09-01")).toBe("DEPRECATED");
  });
});
