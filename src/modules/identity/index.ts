export {
  familiesOf,
  familyOf,
  insertAliases,
  insertModel,
  insertModels,
  modelIdBySlug,
  requireModel,
  type NewModel,
} from "./identity.store.js";
export { familyMaker, identify, spellings, type ModelIdentity } from "./identity.js";
export { makerNames, makerSlug, modelSlug, splitMaker, undatedSlug } from "./naming.js";
export { checkSlug, slugPattern } from "./slugs.js";
