// The packages as npm would publish them: the embed keeps the licences of the code it bundles.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));

describe('the elements embed', () => {
  it('keeps the bundled libraries’ licence comments and ships their notices', () => {
    const embed = readFileSync(path.join(root, 'packages/elements/dist/huanjie-elements.embed.min.js'), 'utf8');
    // Lit's BSD-3-Clause notice, which terser used to strip.
    expect(embed).toMatch(/@license[\s\S]{0,80}Google LLC[\s\S]{0,80}BSD-3-Clause/);
    const notices = readFileSync(path.join(root, 'packages/elements/dist/THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const bundled of ['lit-html', 'lit-element', '@lit/reactive-element', 'zod', 'papaparse', 'd3-geo']) {
      expect(notices).toContain(`Name: ${bundled}\n`);
    }
    expect(notices).not.toContain('Name: @huanjie/');
    expect(notices).toContain('Permission is hereby granted'); // the MIT text itself, not only its name
  });
});

