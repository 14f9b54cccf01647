#!/usr/bin/env node
/**
 * Prepares a release: `node scripts/release.js 0.2.0 [--date 2027-01-15] [--root DIR]`.
 * Sets the version of @huanjie/core, @huanjie/elements and @huanjie/cli and the exact version by which elements and
 * the CLI depend on core (the three are released together), and turns CHANGELOG.md's "## Unreleased" into
 * "## 0.2.0 — 2027-01-15" under a fresh, empty "## Unreleased". The rest of the procedure is in CONTRIBUTING.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const PACKAGES = ['core', 'elements', 'cli'];
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { date: { type: 'string' }, root: { type: 'string', default: '.' } },
});
const [version] = positionals;
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!version || !SEMVER.test(version) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error('用法 usage: node scripts/release.js <x.y.z> [--date YYYY-MM-DD]');
  process.exit(2);
}

const changelogFile = path.join(values.root, 'CHANGELOG.md');
const changelog = readFileSync(changelogFile, 'utf8');
if (!changelog.includes('\n## Unreleased\n')) {
  console.error('CHANGELOG.md 没有 “## Unreleased” 一节 / has no "## Unreleased" section');
  process.exit(2);
}
if (changelog.includes(`\n## ${version} `)) {
  console.error(`CHANGELOG.md 已有 ${version} / already has ${version}`);
  process.exit(2);
}

for (const name of PACKAGES) {
  const file = path.join(values.root, 'packages', name, 'package.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  manifest.version = version;
  if (manifest.dependencies?.['@huanjie/core']) manifest.dependencies['@huanjie/core'] = version;
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}
writeFileSync(changelogFile, changelog.replace('\n## Unreleased\n', `\n## Unreleased\n\n## ${version} — ${date}\n`));
console.log(`@huanjie/* ${version} (${date}); now: npm install, npm test, git commit, git tag v${version}`);
