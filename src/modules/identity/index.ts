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
