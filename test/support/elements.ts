// Helpers for the element tests that run in Chromium: mount markup, wait for Lit, ask axe-core.
import axe from 'axe-core';
import type { LitElement } from 'lit';

/** Mounts markup in a fresh `<div>` on the page and waits for the first element of `tag` to render. */
export async function mount<T extends LitElement>(markup: string, tag: string): Promise<{ host: HTMLElement; el: T }> {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const el = host.querySelector(tag) as T;
  await el.updateComplete;
  return { host, el };
}

/** axe-core violations of a node, one line each (`[]` when clean). */
export async function axeViolations(node: Element): Promise<string[]> {
  const results = await axe.run(node, { resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The visible text of a shadow root (or element), whitespace collapsed. */
export function textOf(node: ParentNode | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
