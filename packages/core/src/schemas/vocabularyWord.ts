/**
 * One word of a policy's vocabulary, as a schema: apart from the vocabularies section's schema, so that a reader
 * (the ledger, the reserve pool) ships without the section.
 */
import * as z from 'zod/mini';
import type { VOCABULARY_NAMES } from './vocabulary.js';

/**
 * A schema for one word of a vocabulary: any of `words`, else the coded problem `WORD_NOT_IN_VOCABULARY`, which
 * names the vocabulary and lists the accepted words.
 */
export function vocabularyWord(vocabulary: keyof typeof VOCABULARY_NAMES, words: readonly string[]) {
  return z.string().check(
    z.superRefine((word, ctx) => {
      if (!words.includes(word)) {
        ctx.addIssue({
          code: 'custom',
          input: word,
          params: { code: 'WORD_NOT_IN_VOCABULARY', word, vocabulary, accepted: [...words] },
        });
      }
    }),
  );
}
