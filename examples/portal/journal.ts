// The portal's campaign journal (换届纪实), kept in this browser's IndexedDB: the county's journal as first received,
// what a clerk records on this page, and the townships' files merged in. Work survives a reload and needs no network;
// the journal leaves the page only as a file the clerk chooses to save.
import {
  type CampaignEvent,
  type CampaignPolicy,
  type EventDraft,
  formatProblem,
  type JournalCheck,
  journalToNdjson,
  type MergedJournal,
  mergeJournals,
  type Problem,
  type ProblemLocale,
  sealEvent,
  type VillageEntry,
  verifyJournal,
} from '@huanjie/core';
import { IndexedDbJournalStore } from '@huanjie/elements/journal-store';

/** What a file brought: how many of its events were new, already kept, or refused (with the problems). */
interface FileReport {
  readonly file: string;
  readonly readable: boolean;
  readonly added: number;
  readonly known: number;
  /** Lines left out: malformed, of an unknown kind, or edited after they were recorded. */
  readonly refused: number;
  readonly problems: readonly Problem[];
}

const MESSAGES = {
  'zh-CN': {
    status: (events: number, villages: number) => `本机保存纪实 ${events} 条，涉及 ${villages} 个村（社区）。`,
    damaged: (n: number) => `另有 ${n} 条记录无法核验，未采用：`,
    file: (r: FileReport) =>
      `${r.file}：新增 ${r.added} 条，已有 ${r.known} 条${r.problems.length ? `，未采用 ${r.refused} 条：` : '。'}`,
    conflicts: (n: number) => `${n} 处冲突（同一村同一时刻记录了不同阶段），均已保留，请核实后补记更正：`,
    conflict: (village: string, at: string) => `${village} ${at}`,
    unreadable: (file: string) => `${file}：无法读取该文件。`,
  },
  'zh-TW': {
    status: (events: number, villages: number) => `本機保存紀實 ${events} 條，涉及 ${villages} 個村（社區）。`,
    damaged: (n: number) => `另有 ${n} 條記錄無法核驗，未採用：`,
    file: (r: FileReport) =>
      `${r.file}：新增 ${r.added} 條，已有 ${r.known} 條${r.problems.length ? `，未採用 ${r.refused} 條：` : '。'}`,
    conflicts: (n: number) => `${n} 處衝突（同一村同一時刻記錄了不同階段），均已保留，請核實後補記更正：`,
    conflict: (village: string, at: string) => `${village} ${at}`,
    unreadable: (file: string) => `${file}：無法讀取該檔案。`,
  },
  en: {
    status: (events: number, villages: number) =>
      `${events} events kept in this browser, for ${villages} villages and communities.`,
    damaged: (n: number) => `${n} more records could not be verified and are not used:`,
    file: (r: FileReport) =>
      `${r.file}: ${r.added} new, ${r.known} already kept${r.problems.length ? `, ${r.refused} left out:` : '.'}`,
    conflicts: (n: number) =>
      `${n} conflicts (one village, one instant, different stages), all kept; check them and record a correction:`,
    conflict: (village: string, at: string) => `${village} ${at}`,
    unreadable: (file: string) => `${file}: the file could not be read.`,
  },
};
type Language = keyof typeof MESSAGES;

export interface PortalJournalOptions {
  /** The county's journal as first received: stored when this browser keeps no journal yet. */
  readonly initial: readonly CampaignEvent[];
  readonly villages: readonly VillageEntry[];
  readonly policy: CampaignPolicy;
  /** The page's language. */
  readonly language: () => string;
  /** Called with the whole journal whenever it changes (and once it is loaded). */
  readonly onChange: (events: readonly CampaignEvent[]) => void;
}

/**
 * Wires the journal section (`#journal`): the status line, the record form, export and import. Resolves once the
 * stored journal is loaded and shown, with a function that writes the section again (after a language change).
 */
export async function startPortalJournal(options: PortalJournalOptions): Promise<() => void> {
  const store = new IndexedDbJournalStore({ name: 'huanjie-portal-journal' });
  const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
  const form = $<HTMLFormElement>('#journal-record');
  const nameOf = new Map(options.villages.map((v) => [v.code, v.name]));
  let check: JournalCheck;
  let merged: MergedJournal;
  let reports: FileReport[] = [];
  const t = () => MESSAGES[(options.language() in MESSAGES ? options.language() : 'zh-CN') as Language];
  const locale = () => options.language() as ProblemLocale;

  // The form's choices: the county's villages, and the stages of the policy's sequence in order (titled in the
  // page's language when the policy has it; a chosen stage stays chosen).
  $<HTMLSelectElement>('#journal-unit').replaceChildren(
    ...options.villages.map((v) => new Option(`${v.township ?? ''} ${v.name}`.trim(), v.code)),
  );
  const stages = [...options.policy.campaignStages].sort((a, b) => a.order - b.order);
  const stageSelect = $<HTMLSelectElement>('#journal-stage');
  const writeStages = () => {
    const chosen = stageSelect.value;
    stageSelect.replaceChildren(
      ...stages.map((s) => new Option(options.language() === 'en' ? s.title.en : s.title.zh, s.id)),
    );
    if (chosen) stageSelect.value = chosen;
  };

  const problemItems = (problems: readonly Problem[]) => {
    const list = document.createElement('ul');
    list.append(
      ...problems.map((p) => {
        const item = document.createElement('li');
        item.textContent = `${p.row ? `#${p.row} ` : ''}${formatProblem(p, locale())}`;
        return item;
      }),
    );
    return list;
  };

  function show(): void {
    const m = t();
    writeStages();
    // Villages and communities have 12-digit codes; a township's own matters (its 换届方案) are not counted here.
    const villages = new Set(check.events.map((e) => e.unit).filter((unit) => unit.length === 12)).size;
    const status = $('#journal-status');
    status.replaceChildren(m.status(check.events.length, villages));
    const damaged = new Set(check.problems.filter((p) => p.severity === 'error').map((p) => p.value)).size;
    if (check.problems.length) status.append(' ', m.damaged(damaged), problemItems(check.problems));
    $('#journal-reports').replaceChildren(
      ...reports.map((r) => {
        const item = document.createElement('li');
        item.textContent = r.readable ? m.file(r) : m.unreadable(r.file);
        if (r.problems.length) item.append(problemItems(r.problems));
        return item;
      }),
    );
    const conflicts = $('#journal-conflicts');
    conflicts.replaceChildren();
    if (merged.conflicts.length) {
      const list = document.createElement('ul');
      list.append(
        ...merged.conflicts.map((c) => {
          const item = document.createElement('li');
          item.textContent = m.conflict(nameOf.get(c.unit) ?? c.unit, c.at);
          return item;
        }),
      );
      conflicts.append(m.conflicts(merged.conflicts.length), list);
    }
  }

  async function reload(): Promise<void> {
    check = await store.load();
    merged = mergeJournals(check.events);
    show();
    options.onChange(merged.events);
  }

  check = await store.load();
  if (check.events.length === 0 && check.problems.length === 0) await store.append(options.initial);
  await reload();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    // A datetime-local value is the clerk's wall clock: the county's time, China Standard Time.
    const local = String(data.get('at'));
    const draft = {
      at: `${local.length === 16 ? `${local}:00` : local}+08:00`,
      unit: String(data.get('unit')),
      actor: { name: String(data.get('actor')).trim() || '—', role: '包村干部', level: '乡镇' },
      kind: 'stage',
      data: { stage: String(data.get('stage')) },
    } satisfies EventDraft;
    await store.append([sealEvent(draft)]);
    await reload();
  });

  $<HTMLButtonElement>('#journal-export').addEventListener('click', () => {
    const file = new Blob([journalToNdjson(check.events)], { type: 'application/x-ndjson' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(file);
    link.download = `换届纪实-${new Date().toISOString().slice(0, 10)}.ndjson`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  });

  const input = $<HTMLInputElement>('#journal-import');
  input.addEventListener('change', async () => {
    reports = [];
    for (const file of input.files ?? []) {
      let text: string;
      try {
        text = await file.text();
      } catch {
        reports.push({ file: file.name, readable: false, added: 0, known: 0, refused: 0, problems: [] });
        continue;
      }
      // Every line is checked: a malformed or edited event is named with its line and left out; the rest is kept.
      const read = verifyJournal(text);
      const added = await store.append(read.events);
      const refused = new Set(read.problems.filter((p) => p.severity === 'error').map((p) => p.row ?? p.value)).size;
      reports.push({
        file: file.name,
        readable: true,
        added,
        known: read.events.length - added,
        refused,
        problems: read.problems,
      });
    }
    input.value = '';
    await reload();
  });
  return show;
}
