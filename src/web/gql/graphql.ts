/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a model is offered; its lifecycle can differ per channel. */
export type Channel =
  /** The maker's developer API. */
  | 'API'
  /** Amazon Bedrock, which retires models on its own schedule. */
  | 'AWS_BEDROCK'
  /** Microsoft Azure (Azure OpenAI / Azure AI Foundry), which retires models on its own schedule. */
  | 'AZURE'
  /** The maker's consumer chat app (e.g. ChatGPT). */
  | 'CHAT_APP'
  /** Google Cloud Vertex AI, which retires models on its own schedule. */
  | 'GOOGLE_VERTEX';

/** How much of a date its source states. A month or a year is served as its first day. */
export type DatePrecision =
  /** The day is stated (2025-04-16). */
  | 'DAY'
  /** Only the month is stated (2025-04). */
  | 'MONTH'
  /** Only the year is stated (2025). */
  | 'YEAR';

/** How capable a model is overall, relative to other current models. */
export type IntelligenceLevel =
  /** Among the stronger current models. */
  | 'HIGH'
  /** Below most current models. */
  | 'LOW'
  /** Around the middle of current models. */
  | 'MEDIUM'
  /** At the frontier. */
  | 'VERY_HIGH';

/** A step in a model's life on one channel. */
export type LifecycleStage =
  /** Made public, not yet usable. */
  | 'ANNOUNCED'
  /** Still usable, with a retirement announced; move off it. */
  | 'DEPRECATED'
  /** Usable as a preview or beta. */
  | 'PREVIEW'
  /** Generally available. */
  | 'RELEASED'
  /** No longer served. */
  | 'RETIRED';

/** A kind of content a model takes in or gives out. */
export type Modality =
  /** Sound: speech or other audio. */
  | 'AUDIO'
  /** Still images. */
  | 'IMAGE'
  /** PDF documents, read directly. */
  | 'PDF'
  /** Plain text (including code). */
  | 'TEXT'
  /** Moving pictures. */
  | 'VIDEO';

/** Narrows a list of models; every field given must hold. */
export type ModelFilter = {
  /** The day `status`, price filters and price orders are read on (default today, UTC). */
  asOf?: string | null | undefined;
  /** Models with this capability slug, e.g. "vision". */
  capability?: string | null | undefined;
  /** The channel `status` is read on. */
  channel?: Channel | null | undefined;
  /** The family, e.g. "o-series" (any case). */
  family?: string | null | undefined;
  /** Models that take this kind of input. */
  inputModality?: Modality | null | undefined;
  /** Models whose STANDARD input price in force on `asOf` is at most this, in USD per million tokens; unpriced models are left out. */
  maxInputPricePerMillion?: number | null | undefined;
  /** Models whose context window is at least this many tokens. */
  minContextWindow?: number | null | undefined;
  /** Models that give this kind of output. */
  outputModality?: Modality | null | undefined;
  /** The maker's slug, e.g. "openai". */
  provider?: string | null | undefined;
  /** Models released after this day (exclusive). */
  releasedAfter?: string | null | undefined;
  /** Models released before this day (exclusive). */
  releasedBefore?: string | null | undefined;
  /** Words that must all appear in the name, slug, aliases, tagline or description. */
  search?: string | null | undefined;
  /** Models with this status on `channel` on `asOf`, as `Model.status` derives it. */
  status?: ModelStatus | null | undefined;
};

/** Where a model stands on a channel on a given day, derived from its lifecycle events. */
export type ModelStatus =
  /** Released and not deprecated. */
  | 'ACTIVE'
  /** Deprecated: still served, retirement announced. */
  | 'DEPRECATED'
  /** In preview. */
  | 'PREVIEW'
  /** Retired: no longer served. */
  | 'RETIRED'
  /** Nothing is known about the model on this channel on that day: no event, or only a deprecation or retirement after it (its release is undated). */
  | 'UNKNOWN'
  /** Before its release (its first event on the channel), or announced only. */
  | 'UNRELEASED';

/** A service tier a model is sold at; each has its own prices. */
export type PriceTier =
  /** Asynchronous batch jobs, usually at a discount. */
  | 'BATCH'
  /** Slower, lower-priority processing at a lower price. */
  | 'FLEX'
  /** Faster, prioritised processing at a higher price. */
  | 'PRIORITY'
  /** Ordinary, synchronous requests. */
  | 'STANDARD';

/** What an edge from one model to another means; read it as `from` → `to`. */
export type RelationKind =
  /** `from` was distilled from `to`. */
  | 'DISTILLED_FROM'
  /** `from` was fine-tuned from `to`. */
  | 'FINE_TUNED_FROM'
  /** `to` is related to `from` in some other way (see the note). */
  | 'RELATED'
  /** `to` is a sibling of `from`: same generation, different size or purpose. */
  | 'SIBLING'
  /** `from` is a dated snapshot of `to`. */
  | 'SNAPSHOT_OF'
  /** `to` succeeds `from`: the replacement its maker recommends. */
  | 'SUCCESSOR';

/** How a replacement was found; a walk of several steps takes its weakest step's kind. */
export type ReplacementKind =
  /** Along a SUCCESSOR edge a rule proposed (see `ModelRelation.rule`); no source names it. */
  | 'INFERRED'
  /** Named by the deprecation notice in force (the maker's, or a tracker of the makers' pages). */
  | 'NAMED'
  /** Along a SUCCESSOR edge a source or a curator states. */
  | 'SOURCED';

/** How fast a model produces output, relative to other current models. */
export type SpeedLevel =
  /** Faster than most current models. */
  | 'FAST'
  /** Around the middle of current models. */
  | 'MEDIUM'
  /** Slower than most current models. */
  | 'SLOW'
  /** Among the fastest current models. */
  | 'VERY_FAST';

/** How many tokens a workload uses. */
export type UsageInput = {
  /** Input tokens read from the prompt cache, on top of `inputTokens`; priced at the cached-input price where there is one, else at the input price. */
  cachedInputTokens?: number | null | undefined;
  /** Input (prompt) tokens not read from the prompt cache. */
  inputTokens: number;
  /** Output tokens, reasoning tokens included. */
  outputTokens: number;
};

export type WebBrowseQueryVariables = Exact<{
  filter?: ModelFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebBrowseQuery = { models: { totalCount: number, nodes: Array<{ slug: string, name: string, contextWindow: number | null, inputModalities: Array<Modality>, status: ModelStatus, provider: { name: string }, prices: Array<{ inputPerMillion: number | null, outputPerMillion: number | null, currency: string, minPromptTokens: number | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WebCompareQueryVariables = Exact<{
  slugs: Array<string> | string;
  asOf?: string | null | undefined;
  usage: UsageInput;
}>;


export type WebCompareQuery = { compareModels: { asOf: string, models: Array<{ slug: string, name: string, contextWindow: number | null, maxOutputTokens: number | null, estimateCost: { totalUsd: number } | null }>, prices: Array<{ inputRelativeToFirst: number | null, outputRelativeToFirst: number | null, blendedPerMillion: number | null, model: { slug: string }, price: { inputPerMillion: number | null, outputPerMillion: number | null, currency: string } | null }>, benchmarks: Array<{ scores: Array<number | null>, benchmark: { slug: string, name: string, metric: string }, leader: { slug: string } | null }> } };

export type WebLineageQueryVariables = Exact<{
  slug: string;
}>;


export type WebLineageQuery = { model: { slug: string, name: string, status: ModelStatus, relations: Array<{ kind: RelationKind, inferred: boolean, confidence: number | null, since: string | null, note: string | null, from: { slug: string, name: string, status: ModelStatus }, to: { slug: string, name: string, status: ModelStatus }, source: { title: string } | null }>, successorChain: Array<{ via: { kind: RelationKind, inferred: boolean, confidence: number | null, since: string | null, note: string | null, from: { slug: string, name: string, status: ModelStatus }, to: { slug: string, name: string, status: ModelStatus }, source: { title: string } | null } }> } | null };

export type LineageEdgeFragment = { kind: RelationKind, inferred: boolean, confidence: number | null, since: string | null, note: string | null, from: { slug: string, name: string, status: ModelStatus }, to: { slug: string, name: string, status: ModelStatus }, source: { title: string } | null };

export type WebModelPageQueryVariables = Exact<{
  slug: string;
}>;


export type WebModelPageQuery = { model: { slug: string, name: string, tagline: string | null, description: string | null, releaseDate: string | null, releaseDatePrecision: DatePrecision | null, knowledgeCutoff: string | null, knowledgeCutoffPrecision: DatePrecision | null, contextWindow: number | null, maxOutputTokens: number | null, intelligence: IntelligenceLevel | null, speed: SpeedLevel | null, outputTokensPerSecond: number | null, timeToFirstTokenSeconds: number | null, fineTunable: boolean | null, openWeights: boolean | null, inputModalities: Array<Modality>, outputModalities: Array<Modality>, bestFor: Array<string>, limitations: Array<string>, api: ModelStatus, chat: ModelStatus, provider: { slug: string, name: string }, capabilities: Array<{ slug: string, name: string, description: string | null }>, faq: Array<{ question: string, answer: string }>, prices: Array<{ tier: PriceTier, currency: string, inputPerMillion: number | null, outputPerMillion: number | null, cachedInputPerMillion: number | null, minPromptTokens: number | null, effectiveFrom: string | null, source: { title: string } | null }>, priceHistory: Array<{ tier: PriceTier, currency: string, minPromptTokens: number | null, inputPerMillion: number | null, outputPerMillion: number | null, effectiveFrom: string | null, effectiveTo: string | null, source: { title: string } | null }>, benchmarkResults: Array<{ score: number, setting: string | null, benchmark: { slug: string, name: string, metric: string }, source: { title: string } | null }>, lifecycle: Array<{ channel: Channel, stage: LifecycleStage, date: string, note: string | null, source: { title: string, url: string | null } | null }>, recommendedReplacement: { slug: string, name: string } | null, replacementAdvice: { kind: ReplacementKind, inputPriceRatio: number | null, outputPriceRatio: number | null, contextWindowRatio: number | null } | null, relations: Array<{ kind: RelationKind, note: string | null, inferred: boolean, to: { slug: string, name: string } }>, siblings: Array<{ to: { slug: string, name: string, benchmarkResults: Array<{ score: number, setting: string | null, benchmark: { slug: string } }> } }>, conflicts: Array<{ field: string, value: string | null, otherValue: string | null, otherSource: { title: string } | null }>, sources: Array<{ title: string, url: string | null, publisher: string | null }> } | null };

export const LineageEdgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineageEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelRelation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"EnumValue","value":"API"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"EnumValue","value":"API"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<LineageEdgeFragment, unknown>;
export const WebBrowseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebBrowse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contextWindow"}},{"kind":"Field","name":{"kind":"Name","value":"inputModalities"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"EnumValue","value":"API"}}]},{"kind":"Field","name":{"kind":"Name","value":"prices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tier"},"value":{"kind":"EnumValue","value":"STANDARD"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputPerMillion"}},{"kind":"Field","name":{"kind":"Name","value":"outputPerMillion"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minPromptTokens"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<WebBrowseQuery, WebBrowseQueryVariables>;
export const WebCompareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebCompare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slugs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"usage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareModels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slugs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slugs"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"models"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contextWindow"}},{"kind":"Field","name":{"kind":"Name","value":"maxOutputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"estimateCost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"usage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"usage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalUsd"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputPerMillion"}},{"kind":"Field","name":{"kind":"Name","value":"outputPerMillion"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputRelativeToFirst"}},{"kind":"Field","name":{"kind":"Name","value":"outputRelativeToFirst"}},{"kind":"Field","name":{"kind":"Name","value":"blendedPerMillion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmark"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebCompareQuery, WebCompareQueryVariables>;
export const WebLineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"EnumValue","value":"API"}}]},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"BOTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineageEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successorChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineageEdge"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineageEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelRelation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"EnumValue","value":"API"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"EnumValue","value":"API"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<WebLineageQuery, WebLineageQueryVariables>;
export const WebModelPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebModelPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tagline"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"releaseDate"}},{"kind":"Field","name":{"kind":"Name","value":"releaseDatePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeCutoff"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeCutoffPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"contextWindow"}},{"kind":"Field","name":{"kind":"Name","value":"maxOutputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"intelligence"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokensPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"timeToFirstTokenSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"fineTunable"}},{"kind":"Field","name":{"kind":"Name","value":"openWeights"}},{"kind":"Field","name":{"kind":"Name","value":"inputModalities"}},{"kind":"Field","name":{"kind":"Name","value":"outputModalities"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestFor"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}},{"kind":"Field","name":{"kind":"Name","value":"faq"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"inputPerMillion"}},{"kind":"Field","name":{"kind":"Name","value":"outputPerMillion"}},{"kind":"Field","name":{"kind":"Name","value":"cachedInputPerMillion"}},{"kind":"Field","name":{"kind":"Name","value":"minPromptTokens"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minPromptTokens"}},{"kind":"Field","name":{"kind":"Name","value":"inputPerMillion"}},{"kind":"Field","name":{"kind":"Name","value":"outputPerMillion"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"benchmark"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"api"},"name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"EnumValue","value":"API"}}]},{"kind":"Field","alias":{"kind":"Name","value":"chat"},"name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"EnumValue","value":"CHAT_APP"}}]},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedReplacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacementAdvice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inputPriceRatio"}},{"kind":"Field","name":{"kind":"Name","value":"outputPriceRatio"}},{"kind":"Field","name":{"kind":"Name","value":"contextWindowRatio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"siblings"},"name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SIBLING"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"benchmark"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"otherValue"}},{"kind":"Field","name":{"kind":"Name","value":"otherSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]}}]} as unknown as DocumentNode<WebModelPageQuery, WebModelPageQueryVariables>;