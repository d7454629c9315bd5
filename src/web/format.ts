/** Formatting shared by the pages, in one place so that every page writes a fact alike. */

const usd = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  minimumFractionDigits: 2,
  maximumFractionDigits: 4,
});
const count = new Intl.NumberFormat("en-US");

export function money(value: number | null | undefined, currency = "USD"): string {
  if (value == null) return "—";
  return currency === "USD" ? usd.format(value) : `${value} ${currency}`;
}

export function tokens(value: number | null | undefined): string {
  return value == null ? "—" : `${count.format(value)} tokens`;
}

/** A calendar day as people read it ("June 1, 2024"), to the precision the source states. */
export function day(value: string | null | undefined, precision?: string | null): string {
  if (!value) return "—";
  const date = new Date(`${value}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions =
    precision === "YEAR"
      ? { year: "numeric", timeZone: "UTC" }
      : precision === "MONTH"
        ? { year: "numeric", month: "long", timeZone: "UTC" }
        : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
  return date.toLocaleDateString("en-US", options);
}

/** An enum value as words: VERY_HIGH → "Very high". */
export function words(value: string | null | undefined): string {
  if (!value) return "—";
  const lower = value.toLowerCase().replace(/_/g, " ");
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** A ratio as "0.5×" or "9.1×", to two significant digits. */
export function ratio(value: number | null | undefined): string {
  return value == null ? "—" : `${Number(value.toPrecision(2))}×`;
}
