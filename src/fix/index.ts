export { fixPlan, fixKinds, type FixKind, type FixResult } from './fix-plan.js';
export { fixInputs, reportLanguage } from './lint-fix.js';
