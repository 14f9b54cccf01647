// The built packages as a user installs them: every `exports` target exists, the public names load in plain
// Node (no source condition, no bundler). The packed tarballs' declarations are type-checked in publish.test.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const pkg = (name: string) => JSON.parse(readFileSync(new URL(`packages/${name}/package.json`, root), 'utf8'));

function targets(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports];
  return Object.entries(exports as Record<string, unknown>)
    .filter(([condition]) => condition !== 'source')
    .flatMap(([, value]) => targets(value));
}

describe.each(['core', 'elements', 'cli'])('@huanjie/%s as published', (name) => {
  const manifest = pkg(name);

  it('has the fields an npm user expects', () => {
    expect(manifest).toMatchObject({ license: 'MIT', type: 'module', engines: { node: expect.any(String) } });
    expect(manifest.keywords).toEqual(expect.arrayContaining(['换届', 'village committee']));
    expect(manifest.files).toContain('dist');
    expect(manifest.repository.directory).toBe(`packages/${name}`);
  });

  it('points every export at a built file', () => {
    for (const target of targets(manifest.exports)) {
      const file = target.replace('*', name === 'elements' ? 'roster-import' : '');
      expect(existsSync(new URL(`packages/${name}/${file}`, root)), file).toBe(true);
    }
  });
});

describe('public API', () => {
  it('loads in plain Node from the built files', () => {
    const script = `
      import * as core from '@huanjie/core';
      import { generateCounty } from '@huanjie/core/synthetic';
      const names = ['parseResidentId', 'maskResidentId', 'parseRosterCsv', 'rosterToCsv', 'Person', 'Member', 'Candidate', 'Village', 'Roster'];
      const missing = names.filter((n) => !(n in core));
      const r = core.parseResidentId('11010519491231002X');
      console.log(JSON.stringify({ missing, sex: r.value.sex, villages: generateCounty().villages.length }));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ missing: [], sex: 'female', villages: 197 });
  });

  it('keeps a journal in an NDJSON file from plain Node, through @huanjie/cli/journal-store', () => {
    const script = `
      import { mkdtempSync } from 'node:fs';
      import { tmpdir } from 'node:os';
      import { join } from 'node:path';
      import { sealEvent } from '@huanjie/core';
      import { NdjsonJournalStore } from '@huanjie/cli/journal-store';
      const store = new NdjsonJournalStore(join(mkdtempSync(join(tmpdir(), 'huanjie-')), 'journal.ndjson'));
      const actor = { name: '王某', role: '包村干部', level: '乡镇' };
      const event = sealEvent({ at: '2021-09-01T09:00:00+08:00', unit: '529901101001', actor, kind: 'note', data: { text: '召开动员会' } });
      const added = [await store.append([event]), await store.append([event])];
      const { ok, events } = await store.load();
      console.log(JSON.stringify({ added, ok, ids: events.map((e) => e.id === event.id) }));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ added: [1, 0], ok: true, ids: [true] });
  });

  it('declares the elements package’s custom elements manifest', () => {
    const manifest = JSON.parse(readFileSync(new URL('packages/elements/custom-elements.json', root), 'utf8'));
    const declarations = manifest.modules.flatMap(
      (m: { declarations?: { tagName?: string; name: string }[] }) => m.declarations ?? [],
    );
    const importer = declarations.find((d: { name: string }) => d.name === 'HjRosterImport');
    expect(importer).toMatchObject({ tagName: 'hj-roster-import', customElement: true });
    expect(importer.events.map((e: { name: string }) => e.name)).toContain('hj-roster-load');
    expect(importer.attributes.map((a: { name: string }) => a.name)).toEqual(
      expect.arrayContaining(['name', 'required', 'as-of']),
    );
    // Internal state is not an attribute.
    expect(importer.attributes.map((a: { name: string }) => a.name)).not.toContain('result');
    expect(pkg('elements').customElements).toBe('custom-elements.json');
  });
});
