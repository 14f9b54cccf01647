/**
 * Finding and loading policies for the CLI: the built-ins by id, and policy files (YAML or JSON) by path. A policy
 * file may extend a built-in or another policy file in the same folder (named `<id>.policy.yaml`).
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  exampleCountyHardCriteria,
  exampleShibuxuan,
  loadPolicies,
  nationalBaseline,
  type Policy,
} from '@huanjie/core';
import { parse as parseYaml } from 'yaml';
import { printable } from './terminal.js';
import { readUserText, UsageError } from './userFiles.js';

export const BUILT_IN_POLICIES: readonly Policy[] = [nationalBaseline, exampleShibuxuan, exampleCountyHardCriteria];

const POLICY_FILE = /\.policy\.(ya?ml|json)$/;

function readSpec(file: string): Record<string, unknown> {
  const text = readUserText(file);
  try {
    const spec: unknown = parseYaml(text);
    if (typeof spec === 'object' && spec !== null && !Array.isArray(spec)) return spec as Record<string, unknown>;
  } catch (e) {
    throw new UsageError(
      `政策文件“${file}”不是有效的 YAML / ${file} is not valid YAML: ${printable((e as Error).message)}`,
    );
  }
  throw new UsageError(`政策文件“${file}”应是一个映射（id、extends、…）/ ${file} must be a mapping (id, extends, …)`);
}

/**
 * Resolves `ref` — a built-in id, a path to a policy file, or the id of a policy file in `folder` — to a policy.
 */
export function resolvePolicy(ref: string, folder: string): Policy {
  const builtIn = BUILT_IN_POLICIES.find((p) => p.id === ref);
  if (builtIn) return builtIn;
  const path = resolve(folder, ref);
  const siblings = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => POLICY_FILE.test(f))
          .map((f) => join(dir, f))
      : [];
  if (existsSync(path) && !POLICY_FILE.test(path) && !/\.(ya?ml|json)$/.test(path)) {
    throw new UsageError(`不是政策文件 / not a policy file: ${ref}`);
  }
  const files = new Set([...(existsSync(path) ? [path] : []), ...siblings(existsSync(path) ? dirname(path) : folder)]);
  const specs = [...files].map(readSpec);
  const wanted = existsSync(path) ? String(readSpec(path).id) : ref;
  const policies = loadPolicies(specs, BUILT_IN_POLICIES);
  const policy = policies.get(wanted);
  if (!policy) {
    throw new UsageError(`找不到政策“${ref}”。可用：${[...policies.keys()].join('、')} / No policy "${ref}"`);
  }
  return policy;
}
