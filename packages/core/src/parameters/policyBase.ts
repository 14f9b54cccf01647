/**
 * What every policy section can count on: who set the policy, when it is in force, the references it cites and its
 * dated parameters. Each domain folder states the sections it reads on top of this (`PayPolicy`, `ReviewPolicy` …);
 * the full `Policy` of `policy/` has them all.
 */
import type { Title } from './ids.js';
import type { ParameterTable } from './parameter.js';
import type { Reference } from './reference.js';

/** A policy as every section sees it. */
export interface PolicyBase {
  readonly id: string;
  readonly name: Title;
  readonly jurisdiction: string;
  readonly effective: { readonly from: string; readonly to?: string };
  readonly example?: boolean;
  /** Ids from the national base to this policy, e.g. `['cn-national', 'example-shibuxuan-2020']`. */
  readonly chain: readonly string[];
  /**
   * For an overlay: the base policy at the bottom of its chain, its name and when it is in force. An overlay may be
   * in force earlier than its base (a pay section from 2018), but the base's rules are not applied before the base
   * is in force (see `compilePolicy`). Absent on a base policy.
   */
  readonly foundation?: { readonly name: Title; readonly effective: { readonly from: string; readonly to?: string } };
  readonly references: readonly Reference[];
  readonly parameters: ParameterTable;
}

/** A section of a defined policy, labelled with the jurisdiction of the policy or overlay that set it. */
export type Sourced<T> = T & { readonly source: string };
