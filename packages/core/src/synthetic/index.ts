/**
 * @huanjie/core/synthetic — the synthetic county used by the demo, stories, examples and benchmarks.
 */

export type { GenerateAuditsOptions } from './generateAudits.js';
export { generateAudits, SYNTHETIC_AUDIT_FINDINGS } from './generateAudits.js';
export type { CampaignVillage, GenerateCampaignOptions, SyntheticCampaign } from './generateCampaign.js';
export { generateCampaign } from './generateCampaign.js';
export type { GenerateCountyOptions, SyntheticCounty, SyntheticTerm } from './generateCounty.js';
export { generateCounty, SYNTHETIC_RISK_INDICATORS } from './generateCounty.js';
export type { GenerateNominationsOptions } from './generateNominations.js';
export { generateNominations } from './generateNominations.js';
export type { GenerateVoterListsOptions } from './generateVoterLists.js';
export { generateVoterLists, SYNTHETIC_VOTER_OBJECTIONS } from './generateVoterLists.js';
export type { Random } from './random.js';
export { createRandom } from './random.js';
