import { describe, expect, it } from 'vitest';
import { printable } from './terminal.js';

describe('printable', () => {
  it('shows cursor movements, erasures and bidi overrides as visible escapes', () => {
    expect(printable('坡头\u001b[1A\u001b[2K社区')).toBe('坡头\\u{1b}[1A\\u{1b}[2K社区');
    expect(printable('张某\u202e甲\u2066')).toBe('张某\\u{202e}甲\\u{2066}');
    expect(printable('a\u0085b\u009bc')).toBe('a\\u{85}b\\u{9b}c');
  });

  it('leaves Chinese text, punctuation and spaces as they are', () => {
    const line = '第 2 行  张某甲  110105********0015  坡头社区  党组织 委员 ✗〔第十三条〕';
    expect(printable(line)).toBe(line);
  });
});
