// Campaign journals in DuckDB: load NDJSON journal files (one event a line, as `journalToNdjson` and the CLI write
// them) and count, per township, the villages at each stage at an instant — what `summarizeCampaign(campaignStatus(…))`
// gives as `byStage` and `notStarted`, for journals past what one process holds (a province, the country).
// Load verified journals (`verifyJournal`, `huanjie campaign verify`): DuckDB does not check ids or schemas.

import { BIGINT, LIST, listValue, VARCHAR } from '@duckdb/node-api';

/** @typedef {import('@duckdb/node-api').DuckDBConnection} DuckDBConnection */

/** A file path as an SQL string literal. */
const literal = (/** @type {string} */ text) => `'${text.replaceAll("'", "''")}'`;

/**
 * Loads journals into a table `events` (one row per line of every file, copies included: a copy changes no count
 * below) and, when given, the village directory into `villages` (NDJSON lines `{"code","name","township"}`).
 * An instant is kept as epoch milliseconds, as core compares them; one that cannot be read is null and never counts.
 *
 * @param {DuckDBConnection} connection
 * @param {{ journals: readonly string[], villages?: string }} files - journal files (globs allowed) and the directory
 */
export async function loadJournals(connection, { journals, villages }) {
  await connection.run(`
    CREATE OR REPLACE TABLE events AS
    SELECT
      id,
      epoch_ms(TRY_CAST("at" AS TIMESTAMPTZ)) AS at_ms,
      unit,
      kind,
      corrects,
      CASE WHEN kind = 'stage' THEN data ->> 'stage' END AS stage
    FROM read_ndjson([${journals.map(literal).join(', ')}], columns = {
      id: 'VARCHAR', "at": 'VARCHAR', unit: 'VARCHAR', kind: 'VARCHAR', corrects: 'VARCHAR', data: 'JSON'
    })`);
  await connection.run(
    villages
      ? `CREATE OR REPLACE TABLE villages AS
         SELECT code, name, township FROM read_ndjson(${literal(villages)},
           columns = { code: 'VARCHAR', name: 'VARCHAR', township: 'VARCHAR' })`
      : 'CREATE OR REPLACE TABLE villages (code VARCHAR, name VARCHAR, township VARCHAR)',
  );
}

/**
 * The instant an `asOf` names, in epoch milliseconds: an instant with its offset, or a date — then its end in China
 * Standard Time, as `campaignStatus` reads it.
 *
 * @param {string} asOf
 */
export function asOfMs(asOf) {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}T23:59:59.999+08:00` : asOf);
  if (Number.isNaN(ms)) throw new RangeError(`asOf: not a date or an instant: ${asOf}`);
  return ms;
}

/**
 * Per township (the first 9 digits of the village code), how many villages are at each stage at `asOf`: a village's
 * stage is its latest stage event (by instant, then id) up to `asOf` that names one of `stages`, is not named by a
 * correction or retraction recorded by then, and concerns a village (a 12-digit code). The villages are the
 * directory's and any met in the journal by then; `stage` is null for those with no stage yet (not started).
 *
 * @param {DuckDBConnection} connection
 * @param {{ asOf: string, stages: readonly string[] }} options - the instant, and the policy's stage ids
 * @returns {Promise<{ township: string, stage: string | null, villages: number }[]>} by township, then stage
 */
export async function townshipStageCounts(connection, { asOf, stages }) {
  const reader = await connection.runAndReadAll(
    `
    WITH counted AS (
      SELECT * FROM events WHERE at_ms <= $asOf
    ),
    corrected AS (
      SELECT DISTINCT corrects AS id FROM counted WHERE corrects IS NOT NULL
    ),
    current AS (
      SELECT unit, stage
      FROM counted
      WHERE kind = 'stage' AND length(unit) = 12
        AND list_contains($stages, stage)
        AND id NOT IN (SELECT id FROM corrected)
      QUALIFY row_number() OVER (PARTITION BY unit ORDER BY at_ms DESC, id DESC) = 1
    ),
    units AS (
      SELECT code FROM villages
      UNION
      SELECT unit FROM counted WHERE length(unit) = 12
    )
    SELECT left(units.code, 9) AS township, current.stage AS stage, count(*)::INTEGER AS villages
    FROM units LEFT JOIN current ON current.unit = units.code
    GROUP BY ALL
    ORDER BY township, stage NULLS FIRST`,
    { asOf: BigInt(asOfMs(asOf)), stages: listValue([...stages]) },
    { asOf: BIGINT, stages: LIST(VARCHAR) },
  );
  return /** @type {{ township: string, stage: string | null, villages: number }[]} */ (reader.getRowObjectsJS());
}
