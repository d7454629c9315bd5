export {
  dateFields,
  displayValue,
  firstDay,
  isClaimField,
  isDateField,
  lifecycleField,
  listFields,
  precisionOf,
  scalarFields,
  type Claim,
  type ClaimField,
  type ClaimValue,
  type StatedFacts,
} from "./claim.fields.js";
export { agreement, outputLimitsOf, type Agreement } from "./agreement.js";
export { claimsForModels } from "./claim.store.js";
export {
  projectModel,
  projectOffering,
  projectProvider,
  stateClaims,
  stateFacts,
  winners,
  type ClaimOrigin,
} from "./claim.writer.js";
export { offeringClaimStore, providerClaimStore } from "./claim.store.js";
export {
  byPrecedence,
  catalogOrder,
  CURATED,
  loseReason,
  originRank,
  winReason,
} from "./precedence.js";
