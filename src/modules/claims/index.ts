export {
  displayValue,
  firstDay,
  isClaimField,
  lifecycleField,
  listFields,
  scalarFields,
  type Claim,
  type ClaimValue,
  statedFacts,
  type StatedFacts,
} from "./claim.fields.js";
export { agreement, outputLimitsOf } from "./agreement.js";
export { claimsForModels } from "./claim.store.js";
export {
  changedColumns,
  markWinners,
  projectModel,
  projectProvider,
  stateClaims,
  stateFacts,
  winners,
  type ClaimOrigin,
} from "./claim.writer.js";
export { offeringClaimStore, providerClaimStore, providerRow } from "./claim.store.js";
export { noticeEvents, type WantedEvent } from "./notice.projection.js";
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
