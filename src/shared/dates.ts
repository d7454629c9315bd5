/** ISO calendar dates (YYYY-MM-DD) as strings: they sort and compare as text, in SQL and here. */
export type IsoDate = string;

/** The first and the last day a period can name: the open ends of all time, in projections. */
export const BEGINNING: IsoDate = "0000-01-01";
export const END_OF_TIME: IsoDate = "9999-12-31";

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as YYYY-MM-DD (2025-02-30 is false). */
export function isIsoDate(value: string): boolean {
  const match = pattern.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The UTC calendar day of an instant. */
export function toIsoDate(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10);
}

/** Tells the date and time; the server's is the system clock, tests may pass a fixed one. */
export interface Clock {
  today(): IsoDate;
  now(): Date;
}

export const systemClock: Clock = { today: () => toIsoDate(new Date()), now: () => new Date() };
