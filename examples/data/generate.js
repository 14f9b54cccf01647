// Writes the synthetic county's data files from the generator in @huanjie/core/synthetic (run `npm run
// generate:county`). A test checks that the committed files equal what the generator makes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rosterToCsv } from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';

const here = dirname(fileURLToPath(import.meta.url));
const county = generateCounty();
mkdirSync(here, { recursive: true });
writeFileSync(join(here, 'synthetic-county.json'), `${JSON.stringify(county)}\n`);
writeFileSync(join(here, 'synthetic-roster.csv'), rosterToCsv(county.terms.current.members));
// Candidates for screening, with their negative facts in one column per kind (受过刑事处罚, …).
const candidates = county.candidates.map(({ facts, ...c }) => (facts.length ? { ...c, facts } : c));
writeFileSync(join(here, 'synthetic-candidates.csv'), rosterToCsv(candidates));
console.log(
  `synthetic county: ${county.villages.length} villages, ${county.terms.current.members.length} current and ` +
    `${county.terms.previous.members.length} previous member rows, ${county.candidates.length} candidates`,
);
