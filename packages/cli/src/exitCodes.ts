/**
 * The exit codes of `huanjie`, as linters define theirs, so that a script or a CI job can tell "found something"
 * from "could not look".
 *
 * | code | `huanjie check` | `huanjie test` |
 * |---|---|---|
 * | 0 | every row read and screened, all eligible | every case passed |
 * | 1 | someone is ineligible, or some rows could not be read (listed on stderr) | a case failed, or a case file could not be run |
 * | 2 | usage error: bad arguments, a missing file, an unknown or malformed policy | the same |
 * | 3 | nothing could be screened: no readable row | nothing could be tested: no case file, or none could be run |
 */
export const EXIT = {
  ok: 0,
  findings: 1,
  usage: 2,
  nothingChecked: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
