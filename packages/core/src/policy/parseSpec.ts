/** Parses a policy or overlay spec with its zod schema, turning failures into one `HuanjieError` with paths. */
import * as z from 'zod/mini';
import { HuanjieError } from '../problems/problem.js';
import { schemaProblems } from '../schemas/schemaProblems.js';

export function parseSpec<S extends z.core.$ZodType>(schema: S, spec: unknown): z.output<S> {
  const r = z.safeParse(schema, spec);
  if (r.success) return r.data;
  const [first, ...rest] = schemaProblems(r.error.issues, spec);
  throw new HuanjieError([first, ...rest]);
}
