import '@huanjie/elements/define/reserve-pool.js';
import { exampleCountyHardCriteria } from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { HjReservePool } from '../packages/elements/src/reserve-pool/reserve-pool.component.js';

/**
 * The synthetic county's reserve pool (seed 001's 287 / 164 / 249 / 141 / 195 by source), each profile with how the
 * person was found, mentor, training and evaluations rated on the example county's form (seed 004's 人才画像 and seed
 * 000's 五强). People and places are invented.
 */
const county = generateCounty();
const shadow = (canvas: HTMLElement) => {
  const el = canvas.querySelector('hj-reserve-pool') as HjReservePool;
  return { el, root: el.shadowRoot as ShadowRoot };
};
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const view = () =>
  html`<hj-reserve-pool
    as-of="2021-10-28"
    .reserves=${county.reserves}
    .villages=${county.villages}
    .members=${county.terms.current.members}
    .policy=${exampleCountyHardCriteria}
  ></hj-reserve-pool>`;

const meta: Meta = {
  title: 'Elements/后备人才库 Reserve pool',
  component: 'hj-reserve-pool',
  render: () => view(),
};
export default meta;

type Story = StoryObj;

/** The pool by source, readiness and township, and the first township's people. */
export const Pool: Story = {
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(text(root.querySelector('.total'))).toBe('共 1036 人'));
    await expect(root.querySelectorAll('[aria-labelledby=by-township] tbody tr')).toHaveLength(27);
  },
};

/** A person's profile, opened from the list: the form's dimensions with their latest rating. */
export const Profile: Story = {
  play: async ({ canvasElement }) => {
    const { el, root } = shadow(canvasElement);
    await waitFor(() => expect(root.querySelector('[part=people] tbody button')).not.toBeNull());
    (root.querySelector('[part=people] tbody button') as HTMLButtonElement).click();
    await el.updateComplete;
    await waitFor(() => expect(root.querySelectorAll('[part=dimensions] tbody tr')).toHaveLength(9));
  },
};

/** Suggestions for the first village's villagers' committee, each with its reasons. */
export const Suggestions: Story = {
  play: async ({ canvasElement }) => {
    const { el, root } = shadow(canvasElement);
    await waitFor(() => expect(root.querySelector('[part=match-form]')).not.toBeNull());
    const form = root.querySelector('[part=match-form]') as HTMLFormElement;
    const organization = form.querySelector('#organization') as HTMLSelectElement;
    organization.value = '村民委员会';
    organization.dispatchEvent(new Event('change'));
    await el.updateComplete;
    (form.querySelector('#skills') as HTMLInputElement).value = '电商';
    form.requestSubmit();
    await el.updateComplete;
    await waitFor(() => expect(root.querySelectorAll('[part=suggestions] .ranked > li')).toHaveLength(10));
  },
};

/** On a phone: the form in one column. */
export const Phone: Story = {
  render: () => html`<div style="width: 390px">${view()}</div>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(root.querySelector('.match-grid')).not.toBeNull());
    const grid = root.querySelector('.match-grid') as HTMLElement;
    await expect(getComputedStyle(grid).gridTemplateColumns.split(' ')).toHaveLength(1);
  },
};

/** In English. */
export const English: Story = {
  render: () => html`<div lang="en">${view()}</div>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(text(root.querySelector('h2'))).toBe('Reserve talent pool'));
  },
};
