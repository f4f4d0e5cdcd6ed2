export { computeDeadline, extendDeadline, Deadline, DeadlineError, type ComputeOptions } from './compute';
export { deadlineRules, ruleIds, startEventLabels, type DeadlineRule, type RuleId, type StartEvent } from './rules';
export { explain, describeDay, type ExplanationStep } from './explain';
export { internetRegistrationDay, type CutoffResult } from './internet-cutoff';
