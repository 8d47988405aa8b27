export { fixPlan, fixKinds, type FixKind, type FixResult } from './fix-plan.js';
export { fixInputs } from './lint-fix.js';
