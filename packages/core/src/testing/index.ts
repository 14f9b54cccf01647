/**
 * @huanjie/core/testing — data-only policy cases: parse YAML/JSON case files, run them, or make each a test.
 */
export { PolicyCase, PolicyCaseFile, parsePolicyCases } from './caseFile.js';
export type { CaseTestRunner, PolicyCaseResult } from './runPolicyCases.js';
export { policyCaseTests, runPolicyCases } from './runPolicyCases.js';
