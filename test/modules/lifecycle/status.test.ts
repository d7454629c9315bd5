import { describe, expect, it } from "vitest";
import { LifecycleEvent } from "../../../src/modules/lifecycle/lifecycle.type.js";
import { statusAt } from "../../../src/modules/lifecycle/status.js";

const event = (channel: "API" | "CHAT_APP", stage: LifecycleEvent["stage"], date: string) =>
  Object.assign(new LifecycleEvent(), { channel, stage, date, note: null });

describe("statusAt", () => {
  const events = [
    event("API", "PREVIEW", "2025-01-01"),
    event("API", "RELEASED", "2025-02-01"),
    event("API", "DEPRECATED", "2025-06-01"),
    event("API", "RETIRED", "2025-12-01"),
  ];

  it("follows the latest event on or before the day, on that channel only", () => {
    expect(
      [
        "2024-12-31",
        "2025-01-01",
        "2025-03-01",
        "2025-06-01",
        "2025-11-30",
        "2025-12-01",
        "2030-01-01",
      ].map((d) => statusAt(events, "API", d)),
    ).toEqual([
      "UNRELEASED",
      "PREVIEW",
      "ACTIVE",
      "DEPRECATED",
      "DEPRECATED",
      "RETIRED",
      "RETIRED",
    ]);
  });

  it("is UNKNOWN on a channel with no events", () => {
    expect(statusAt(events, "CHAT_APP", "2025-03-01")).toBe("UNKNOWN");
    expect(statusAt([], "API", "2025-03-01")).toBe("UNKNOWN");
  });

  it("treats an announcement as not yet released", () => {
    expect(statusAt([event("API", "ANNOUNCED", "2025-01-01")], "API", "2025-02-01")).toBe(
      "UNRELEASED",
    );
  });
});
