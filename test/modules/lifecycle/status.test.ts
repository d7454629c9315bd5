import { describe, expect, it } from "vitest";
import { LifecycleEvent } from "../../../src/modules/lifecycle/lifecycle.type.js";
import { statusAt, statusPeriods } from "../../../src/modules/lifecycle/status.js";

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

describe("statusPeriods", () => {
  it("covers all time on each channel with events, one status at a time", () => {
    expect(
      statusPeriods([
        event("CHAT_APP", "RELEASED", "2025-01-15"),
        event("API", "RETIRED", "2026-02-01"),
        event("API", "PREVIEW", "2024-12-01"),
        event("API", "RELEASED", "2025-01-15"),
        event("API", "DEPRECATED", "2025-08-01"),
      ]),
    ).toEqual([
      { channel: "CHAT_APP", status: "UNRELEASED", startsOn: "0000-01-01", endsOn: "2025-01-15" },
      { channel: "CHAT_APP", status: "ACTIVE", startsOn: "2025-01-15", endsOn: "9999-12-31" },
      { channel: "API", status: "UNRELEASED", startsOn: "0000-01-01", endsOn: "2024-12-01" },
      { channel: "API", status: "PREVIEW", startsOn: "2024-12-01", endsOn: "2025-01-15" },
      { channel: "API", status: "ACTIVE", startsOn: "2025-01-15", endsOn: "2025-08-01" },
      { channel: "API", status: "DEPRECATED", startsOn: "2025-08-01", endsOn: "2026-02-01" },
      { channel: "API", status: "RETIRED", startsOn: "2026-02-01", endsOn: "9999-12-31" },
    ]);
  });

  it("reads one day's events in life order, and a model first seen deprecated as UNKNOWN before", () => {
    expect(
      statusPeriods([
        event("API", "DEPRECATED", "2025-05-01"),
        event("API", "RELEASED", "2025-05-01"),
      ]),
    ).toEqual([
      { channel: "API", status: "UNRELEASED", startsOn: "0000-01-01", endsOn: "2025-05-01" },
      { channel: "API", status: "DEPRECATED", startsOn: "2025-05-01", endsOn: "9999-12-31" },
    ]);
    expect(statusPeriods([event("API", "RETIRED", "2025-02-01")])).toEqual([
      { channel: "API", status: "UNKNOWN", startsOn: "0000-01-01", endsOn: "2025-02-01" },
      { channel: "API", status: "RETIRED", startsOn: "2025-02-01", endsOn: "9999-12-31" },
    ]);
    expect(statusPeriods([])).toEqual([]);
  });
});
