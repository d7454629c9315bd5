import type { Price } from "./price.type.js";

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  cachedInputTokens: number;
}

/**
 * The price that applies to a prompt of `promptTokens` among one tier's prices in force: the
 * long-context price with the highest threshold below the prompt, else the base price.
 */
export function applicablePrice(prices: Price[], promptTokens: number): Price | undefined {
  const base = prices.find((p) => p.minPromptTokens === null);
  const longContext = prices
    .filter((p) => p.minPromptTokens !== null && promptTokens > p.minPromptTokens)
    .sort((a, b) => b.minPromptTokens! - a.minPromptTokens!)[0];
  return longContext ?? base;
}

const perMillion = (tokens: number, price: number) => (tokens * price) / 1_000_000;
/** Rounds away binary noise such as 5.500000000000001; amounts keep ten decimal places. */
export const roundMoney = (usd: number) => Math.round(usd * 1e10) / 1e10;

/**
 * What a workload costs at a price, or null when the price lacks a rate the workload needs
 * (say, no output price for a workload with output tokens).
 */
export function costOf(usage: Usage, price: Price) {
  const input = price.inputPerMillion;
  const output = price.outputPerMillion;
  const cached = price.cachedInputPerMillion ?? input;
  if ((usage.inputTokens > 0 && input === null) || (usage.outputTokens > 0 && output === null))
    return null;
  if (usage.cachedInputTokens > 0 && cached === null) return null;
  const inputUsd = roundMoney(perMillion(usage.inputTokens, input ?? 0));
  const outputUsd = roundMoney(perMillion(usage.outputTokens, output ?? 0));
  const cachedInputUsd = roundMoney(perMillion(usage.cachedInputTokens, cached ?? 0));
  return {
    inputUsd,
    outputUsd,
    cachedInputUsd,
    totalUsd: roundMoney(inputUsd + outputUsd + cachedInputUsd),
    price,
  };
}
