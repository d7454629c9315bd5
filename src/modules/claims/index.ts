export {
  displayValue,
  isClaimField,
  listFields,
  scalarFields,
  type Claim,
  type ClaimValue,
  type StatedFacts,
} from "./claim.fields.js";
export { agreement, outputLimitsOf } from "./agreement.js";
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
export { byPrecedence, CURATED, loseReason, originRank, winReason } from "./precedence.js";
export {
  noticeId,
  noticeInForce,
  noticesForModels,
  stateCurrentNotice,
  stateNotice,
  withdrawNotices,
  type Notice,
  type StatedNotice,
} from "./notice.store.js";
