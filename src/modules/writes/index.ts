export { UnitOfWork } from "./unit-of-work.js";
