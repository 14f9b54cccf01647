/**
 * The national default of the vocabularies section (词表) and how an overlay adds to it. The lists are the ones each
 * domain folder has always accepted; a policy that sets none reads them.
 */
import { DEFAULT_AGE_BANDS } from '../composition/ageBands.js';
import { LEDGER_CATEGORIES } from '../risk/ledgerCategories.js';
import type { VocabulariesSection } from '../schemas/vocabularies.js';
import { DEFAULT_POST_TITLES, RESERVE_CHANNELS } from '../schemas/vocabulary.js';
import { RESERVE_SOURCES } from '../talent/sources.js';

/** Every vocabulary at its national default. 全国默认词表。 */
export const DEFAULT_VOCABULARIES = {
  ledgerCategories: [...LEDGER_CATEGORIES],
  reserveSources: [...RESERVE_SOURCES],
  reserveChannels: [...RESERVE_CHANNELS],
  posts: DEFAULT_POST_TITLES.map((p) => ({ ...p, organizations: [...p.organizations] })),
  ageBands: DEFAULT_AGE_BANDS.map((b) => ({ ...b, label: { ...b.label } })),
} satisfies Required<Omit<VocabulariesSection, 'reference'>>;

type Posts = NonNullable<VocabulariesSection['posts']>;
type Bands = NonNullable<VocabulariesSection['ageBands']>;
const postKey = (p: Posts[number]) => [p.title, p.post, [...p.organizations].sort().join()].join('|');
const bandKey = (b: Bands[number]) => [b.id, b.min, b.max, b.label.zh, b.label.en].join('|');

/**
 * An overlay's vocabularies on its base's: each list the overlay gives is added to the base's (or to the national
 * default). A word already there is taken once; a post title or age band already there with another meaning is kept
 * twice, for `checkPolicy` to report — an overlay adds, it never redefines or removes.
 */
export function addVocabularies(
  base: VocabulariesSection | undefined,
  added: VocabulariesSection,
): VocabulariesSection {
  const result: Record<string, unknown> = { ...base };
  if (added.reference !== undefined) result.reference = added.reference;
  for (const key of ['ledgerCategories', 'reserveSources', 'reserveChannels'] as const) {
    const more = added[key];
    if (more) result[key] = [...new Set([...(base?.[key] ?? DEFAULT_VOCABULARIES[key]), ...more])];
  }
  const addEntries = <T>(before: readonly T[], more: readonly T[] | undefined, key: (t: T) => string) =>
    more && [...before, ...more.filter((m) => !before.some((b) => key(b) === key(m)))];
  const posts = addEntries(base?.posts ?? DEFAULT_VOCABULARIES.posts, added.posts, postKey);
  if (posts) result.posts = posts;
  const ageBands = addEntries(base?.ageBands ?? DEFAULT_VOCABULARIES.ageBands, added.ageBands, bandKey);
  if (ageBands) result.ageBands = ageBands;
  return result as VocabulariesSection;
}
