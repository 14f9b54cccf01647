// Core's floors, bottom up (ARCHITECTURE.md draws them): a folder may import its own floor, without a cycle, or any
// floor below. A new folder must be placed here before the architecture test lets it in.
export const CORE_FLOORS = [
  // ground: coded problems, calendar dates, dated parameters and references
  ['problems', 'dates', 'parameters'],
  // data: resident IDs, the zod data model, reading and writing files
  ['id', 'schemas', 'io', 'roster'],
  // domain: pure rules over parsed data, each section's policy shape with it
  ['eligibility', 'composition', 'risk', 'pay', 'review', 'election', 'talent', 'voters'],
  // record: the campaign journal and what is derived from it
  ['campaign'],
  // top: the full policy, the built-in policies, data-only cases, synthetic data, the workbook entry, the public entry
  ['policy', 'policies', 'testing', 'synthetic', 'workbook', 'index.ts'],
] as const;
