// @ts-nocheck -- benchmark helpers run by node.
// A big roster made of the synthetic county's rows repeated: each block gets people of its own, since the import
// rejects the same person (the same ID number) standing twice in a roster.
import { residentIdCheckCharacter } from '@huanjie/core';

/**
 * The CSV line of row `i` of a roster repeating `lines`: in block b ≥ 1 the ID number gets the region code 5bbbbb
 * (provinces 50–54) and a new check character; block 0 is the county as generated.
 */
export function blockLine(lines, i) {
  const line = lines[i % lines.length];
  const block = Math.floor(i / lines.length);
  if (!block) return line;
  return line.replace(/\t\d{6}(\d{11})[\dX]/, (_, rest) => {
    const body = `5${String(block).padStart(5, '0')}${rest}`;
    return `\t${body}${residentIdCheckCharacter(body)}`;
  });
}
