// The county's cases as part of its own test suite (vitest), with the same files `npx huanjie test` runs.
import { readFileSync } from 'node:fs';
import { exampleShibuxuan, extendPolicy } from '@huanjie/core';
import { parsePolicyCases, policyCaseTests } from '@huanjie/core/testing';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');
const policy = extendPolicy(exampleShibuxuan, parse(read('./my-county.policy.yaml')));

describe('某县 2021 (examples/local-policy)', () => {
  policyCaseTests(policy, parsePolicyCases(read('./my-county.cases.yaml'), 'my-county.cases.yaml'), { it, expect });
});
