/**
 * Reading and checking a journal: every event well formed, of a known kind, and matching its id (not edited after it
 * was recorded); references to other events resolved. Nothing is dropped without a problem saying so.
 */
import * as z from 'zod/mini';
import { parseInstant } from '../dates/instants.js';
import * as P from '../problems/codes.js';
import { type Problem, problem } from '../problems/problem.js';
import { displayValue, schemaProblems } from '../schemas/schemaProblems.js';
import { type CampaignEvent, EVENT_SCHEMAS } from './event.js';
import { eventId } from './eventId.js';
import { EVENT_KINDS, isEventKind } from './vocabulary.js';

/** What {@link verifyJournal} found. 纪实核验结果。 */
export interface JournalCheck {
  /** Whether every event is well formed and matches its id (warnings aside). */
  readonly ok: boolean;
  /** The trustworthy events in journal order, each once: malformed and edited events are left out (and reported). */
  readonly events: CampaignEvent[];
  /**
   * Errors name the event (`#n`, its position from 1, or its id) and, for an NDJSON text, its line as `row`: a line
   * that is not JSON, a malformed event (with the field's path), an unknown kind, an event whose content no longer
   * matches its id. Warnings: an event naming one that is not in the journal.
   */
  readonly problems: Problem[];
  /** Exact copies (same id, same content) met more than once and kept once. */
  readonly repeated: number;
}

/**
 * Reads a journal — an array of events, or NDJSON text with one event a line — and checks it. Never throws.
 * 核验纪实：格式、类别、内容与编号是否一致（是否被改动）。
 *
 * @param input - events (e.g. from IndexedDB) or NDJSON text (e.g. a township's file)
 * @returns the trustworthy events, the problems, and how many exact copies were dropped
 * @example
 * ```ts
 * const { ok, events, problems } = verifyJournal(ndjsonText)
 * problems[0].message // '纪实事项 #3 的内容与其编号不符：记录后被改动过'
 * ```
 */
export function verifyJournal(input: string | readonly unknown[]): JournalCheck {
  const problems: Problem[] = [];
  const events: CampaignEvent[] = [];
  const seen = new Set<string>();
  let repeated = 0;
  const entries = typeof input === 'string' ? ndjsonEntries(input, problems) : input.map((value, i) => ({ value, i }));
  for (const { value, i, line } of entries as { value: unknown; i: number; line?: number }[]) {
    const place = (event: string) => ({ row: line, value: event });
    const name = nameOf(value, i);
    const kind = typeof value === 'object' && value !== null ? (value as { kind?: unknown }).kind : undefined;
    if (!isEventKind(kind)) {
      problems.push(
        problem(
          P.JOURNAL_EVENT_KIND,
          { event: name, kind: displayValue(kind) ?? '' },
          { ...place(name), path: [i, 'kind'], expected: EVENT_KINDS.join('、'), expectedEn: EVENT_KINDS.join(', ') },
        ),
      );
      continue;
    }
    const parsed = z.safeParse(EVENT_SCHEMAS[kind], value);
    if (!parsed.success) {
      for (const p of schemaProblems(parsed.error.issues, value)) {
        problems.push({ ...p, row: line, path: [i, ...(p.path ?? [])] });
      }
      continue;
    }
    const event = parsed.data as CampaignEvent;
    if (eventId(event) !== event.id) {
      problems.push(problem(P.JOURNAL_EVENT_TAMPERED, { event: name }, { ...place(name), path: [i, 'id'] }));
      continue;
    }
    if (seen.has(event.id)) {
      repeated++;
      continue;
    }
    seen.add(event.id);
    events.push(event);
  }
  const ok = problems.length === 0;
  for (const [i, event] of events.entries()) {
    for (const [field, target] of references(event)) {
      if (!seen.has(target)) {
        problems.push(
          problem(P.JOURNAL_EVENT_DANGLING, { event: event.id, target }, { value: event.id, path: [i, ...field] }),
        );
      }
    }
  }
  return { ok, events, problems, repeated };
}

/** The events an event names, with the path of the naming field. */
function references(event: CampaignEvent): [readonly string[], string][] {
  const out: [readonly string[], string][] = [];
  if (event.corrects) out.push([['corrects'], event.corrects]);
  if (event.kind === 'incidentClosed') out.push([['data', 'incident'], event.data.incident]);
  if (event.kind === 'auditFinding' || event.kind === 'auditPosted') out.push([['data', 'audit'], event.data.audit]);
  if (event.kind === 'auditFindingClosed') out.push([['data', 'finding'], event.data.finding]);
  if (event.kind === 'nomination' && event.data.basis) out.push([['data', 'basis'], event.data.basis]);
  // A sign-off's subject is free text, or the id of the matter it answers (a submission): an id is checked.
  if (event.kind === 'signoff' && /^[0-9a-f]{32}$/.test(event.data.subject))
    out.push([['data', 'subject'], event.data.subject]);
  return out;
}

/** How a problem names an event: its id when it has a plausible one, else its position. */
function nameOf(value: unknown, i: number): string {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' && /^[0-9a-f]{32}$/.test(id) ? id : `#${i + 1}`;
}

/** The events of an NDJSON text with their line numbers; a line that is not JSON is a problem. Blank lines skip. */
function ndjsonEntries(text: string, problems: Problem[]): { value: unknown; i: number; line: number }[] {
  const entries: { value: unknown; i: number; line: number }[] = [];
  const lines = text.split(/\r?\n/);
  for (const [n, raw] of lines.entries()) {
    const line = n + 1;
    const trimmed = (n === 0 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (trimmed === '') continue;
    const i = entries.length;
    try {
      entries.push({ value: JSON.parse(trimmed), i, line });
    } catch {
      problems.push(problem(P.JOURNAL_LINE_JSON, { line }, { row: line, value: displayValue(trimmed) }));
    }
  }
  return entries;
}

/** The epoch milliseconds of a verified event's instant. */
export function instantOf(event: CampaignEvent): number {
  return (parseInstant(event.at) as { ms: number }).ms;
}

/**
 * Writes events as NDJSON, one canonical event a line: the form a township sends up and the CLI appends to.
 *
 * @example
 * ```ts
 * journalToNdjson(events).split('\n').length // events.length + 1 (a final line end)
 * ```
 */
export function journalToNdjson(events: readonly CampaignEvent[]): string {
  return events.map((e) => `${JSON.stringify(e)}\n`).join('');
}
