// A township clerk's page at its smallest: record a village's stage, see the journal. The journal is kept in
// IndexedDB, so it is still there after a reload (test/journal/reload.test.ts).
import { type EventDraft, sealEvent } from '@huanjie/core';
import { IndexedDbJournalStore } from '@huanjie/elements/journal-store';

const store = new IndexedDbJournalStore({ name: 'huanjie-journal-reload' });
const form = document.querySelector<HTMLFormElement>('#record')!;
const status = document.querySelector('#status')!;
const list = document.querySelector('#journal')!;

async function show(): Promise<void> {
  const { events, problems } = await store.load();
  list.replaceChildren(
    ...events.map((e) => {
      const item = document.createElement('li');
      item.textContent = `${e.at} ${e.unit} ${e.kind === 'stage' ? e.data.stage : e.kind}`;
      return item;
    }),
  );
  status.textContent = `纪实 ${events.length} 条，问题 ${problems.length} 处 / ${events.length} events, ${problems.length} problems`;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const draft = {
    at: String(data.get('at')),
    unit: String(data.get('unit')),
    actor: { name: '王某', role: '包村干部', level: '乡镇' },
    kind: 'stage',
    data: { stage: String(data.get('stage')) },
  } satisfies EventDraft;
  status.textContent = '';
  await store.append([sealEvent(draft)]);
  await show();
});

void show();
