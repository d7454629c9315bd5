export {
  familiesOf,
  familyOf,
  insertAliases,
  insertModel,
  modelIdBySlug,
  requireModel,
  type NewModel,
} from "./identity.store.js";
