import { describe, expect, it } from 'vitest';
import { csvCell, escapeControls, terminalJson } from './output.js';

describe('csvCell', () => {
  it('quotes what would split a row, and defuses what Excel would run as a formula', () => {
    expect(csvCell('坡头村')).toBe('坡头村');
    expect(csvCell('青石镇,白云镇')).toBe('"青石镇,白云镇"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});

describe('terminalJson and escapeControls', () => {
  it('escape bidi and C1 controls without changing the JSON value', () => {
    const value = { name: '张某\u202e甲', note: 'a\u0085b' };
    const text = terminalJson(value);
    expect(text).not.toMatch(/[\u0085\u202e]/);
    expect(JSON.parse(text)).toEqual(value);
    const line = JSON.stringify(value);
    expect(JSON.parse(escapeControls(line))).toEqual(value);
  });
});
