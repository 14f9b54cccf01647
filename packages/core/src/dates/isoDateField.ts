/**
 * The schema of a calendar date field, for every record and policy section that holds one.
 */
import * as z from 'zod/mini';
import { isIsoDate } from './calendar.js';

/** An existing calendar date written `YYYY-MM-DD`; a wrong one is reported as `DATE_INVALID`. */
export const IsoDateField = z.string().check(z.refine(isIsoDate, { params: { code: 'DATE_INVALID' } }));
