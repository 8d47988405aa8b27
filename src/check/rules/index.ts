import type { AnyRule } from '../rule.js';
import deadlineMovedEarlier from './deadline-moved-earlier.js';
import deadlineWorkingDay from './deadline-working-day.js';
import leadAccountable from './lead-accountable.js';
import phaseNotEmpty from './phase-not-empty.js';
import phasesOrdered from './phases-ordered.js';
import planIdChanged from './plan-id-changed.js';
import planWithinHolidayData from './plan-within-holiday-data.js';
import progressAfterAsOf from './progress-after-as-of.js';
import progressConflict from './progress-conflict.js';
import progressDoneBeforeStart from './progress-done-before-start.js';
import progressPercentState from './progress-percent-state.js';
import progressReopened from './progress-reopened.js';
import progressRepeated from './progress-repeated.js';
import progressUnitNotOwner from './progress-unit-not-owner.js';
import revisionNotBumped from './revision-not-bumped.js';
import taskDatesOrdered from './task-dates-ordered.js';
import taskIdRenamed from './task-id-renamed.js';
import taskWithinPhase from './task-within-phase.js';
import titleLength from './title-length.js';
import unitUsed from './unit-used.js';
import unsettled from './unsettled.js';
import windowClearOfBreaks from './window-clear-of-breaks.js';

/** Every rule, alphabetically; adding a rule is one import and one line here. */
export const rules: readonly AnyRule[] = [
  deadlineMovedEarlier,
  deadlineWorkingDay,
  leadAccountable,
  phaseNotEmpty,
  phasesOrdered,
  planIdChanged,
  planWithinHolidayData,
  progressAfterAsOf,
  progressConflict,
  progressDoneBeforeStart,
  progressPercentState,
  progressReopened,
  progressRepeated,
  progressUnitNotOwner,
  revisionNotBumped,
  taskDatesOrdered,
  taskIdRenamed,
  taskWithinPhase,
  titleLength,
  unitUsed,
  unsettled,
  windowClearOfBreaks,
];
