import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);

// src/severity.ts
var SEVERITIES = ["error", "warning", "notice"];
var FAIL_LEVELS = [...SEVERITIES, "never"];
function severityRank(severity) {
  return SEVERITIES.indexOf(severity);
}
function failsAtLevel(severity, level) {
  return level !== "never" && severityRank(severity) <= severityRank(level);
}

export {
  SEVERITIES,
  FAIL_LEVELS,
  severityRank,
  failsAtLevel
};
