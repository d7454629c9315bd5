// The HTTP layer's door: what src/server.ts assembles, phase by phase (see README.md).
export { connectionOptions, guardConnections } from "./connections.js";
export { startApollo } from "./apollo.js";
export { createGuards, trustedProxies } from "./guards.js";
export { serveHealth } from "./health.js";
export { defaultLimits, type QueryLimits } from "./limits.js";
export { addPhases } from "./pipeline.js";
export { loggingOptions } from "./request-log.js";
export { createRequestState, decorateRequestState, type RequestState } from "./request-state.js";
export { cachePhase, ResponseCache } from "./response-cache.js";
export { serveWeb } from "./web.js";
