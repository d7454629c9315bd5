import { NodeResolver } from "./node.resolver.js";

export const nodeResolvers = [NodeResolver] as const;
