// The plain-HTML example (the self-contained embed file) and the Vue 3 example (the packages imported) as a user opens
// them, in Chromium: every form element renders inside the page's own form, and submitting the form hands its value
// to the page. (The demo portal has its own test, test/portal.test.ts, which watches the console from the start.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { villageElection } from '../fixtures/elections.js';

// How long a page may take to load and render, or a form to hand its value over: a guard against a hang only. Vite
// serves the examples from the sources on first request, which on a busy 2-core machine takes a while.
const PATIENCE = { timeout: 90_000, interval: 50 };

async function open(path: string, ready: (doc: Document) => boolean): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.style.width = '1024px';
  frame.style.height = '768px';
  document.body.append(frame);
  return vi.waitFor(() => {
    const doc = frame.contentDocument;
    if (doc?.readyState === 'complete' && ready(doc)) return doc;
    throw new Error(`${path} is not ready yet`);
  }, PATIENCE);
}

afterEach(() => document.body.replaceChildren());

type Element_ = HTMLElement & { updateComplete?: Promise<unknown> };
const shown = (doc: Document, tag: string) => (doc.querySelector(tag)?.shadowRoot?.textContent ?? '').trim();
const rendered = (tags: string[]) => (d: Document) => tags.every((t) => shown(d, t).length > 20);
const FORM_ELEMENTS = ['hj-candidate-check', 'hj-pay-calculator', 'hj-election-tally'];
/** A candidate as a host page passes one in (the synthetic county's kind of data: fictitious name and number). */
const CANDIDATE = {
  name: '张某甲',
  residentId: '11010519491231002X',
  sex: 'female',
  birthDate: '1949-12-31',
  ethnicity: '汉族',
  education: '高中',
  politicalStatus: '群众',
};

/** Submits the form and returns what the page wrote into `output` once it has written something. */
async function submit(doc: Document, form: HTMLFormElement, output: string): Promise<string> {
  form.requestSubmit();
  return vi.waitFor(() => {
    const text = doc.querySelector(output)?.textContent;
    if (!text) throw new Error(`nothing in ${output} yet`);
    return text;
  }, PATIENCE);
}

describe('examples', { timeout: 240_000 }, () => {
  it('plain HTML: one script tag defines the element, which imports inside a form', async () => {
    const doc = await open(
      '/examples/embed/index.html',
      (d) => !!d.defaultView?.customElements.get('hj-roster-import'),
    );
    const el = doc.querySelector('hj-roster-import') as Element_ & {
      loadFile(f: Blob, n?: string): Promise<unknown>;
    };
    const form = doc.querySelector('form')!;
    expect(form.checkValidity()).toBe(false);
    await el.loadFile(
      new Blob(['姓名,身份证号,民族,学历,政治面貌\n张某甲,11010519491231002X,汉族,高中,群众']),
      'a.csv',
    );
    await el.updateComplete; // the form value is set once the element has rendered what it read
    expect(form.checkValidity()).toBe(true);
    form.requestSubmit();
    expect(doc.querySelector('output')!.textContent).toBe('已提交 1 条记录（本示例不发送到任何地方）');
  });

  it('plain HTML: the candidate check, pay calculator and election tally work in forms of the page', async () => {
    const doc = await open('/examples/embed/index.html', rendered(FORM_ELEMENTS));
    // The pay calculator got its policy from the page's script, which imported it from the embed file.
    expect((doc.querySelector('hj-pay-calculator') as HTMLElement & { policy?: { id: string } }).policy?.id).toBe(
      'example-pay-2021',
    );
    const check = doc.querySelector('hj-candidate-check') as Element_ & { candidate: unknown };
    const form = doc.querySelector('#candidate-form') as HTMLFormElement;
    expect(form.checkValidity()).toBe(false); // required, and empty
    check.candidate = CANDIDATE;
    await check.updateComplete;
    expect(form.checkValidity()).toBe(true);
    expect(await submit(doc, form, '#candidate-out')).toBe('已提交候选人 张某甲（出生日期 1949-12-31）');
    expect(shown(doc, 'hj-candidate-check')).not.toContain('11010519491231002X'); // masked on screen

    const tally = doc.querySelector('hj-election-tally') as Element_ & { setInput(input: unknown): void };
    const tallyForm = doc.querySelector('#tally-form') as HTMLFormElement;
    expect(tallyForm.checkValidity()).toBe(false);
    tally.setInput(villageElection);
    await tally.updateComplete;
    expect(await submit(doc, tallyForm, '#tally-out')).toBe('已提交计票：候选人 6 名');
  });

  it('Vue 3: the three form elements in a Vue template, data as properties, the verdict from hj-verdict', async () => {
    const doc = await open('/examples/vue/index.html', rendered(FORM_ELEMENTS));
    expect(doc.querySelector('h1')?.textContent).toBe('Vue 3 中的换届表单组件');
    const check = doc.querySelector('hj-candidate-check') as Element_ & { candidate: unknown };
    check.candidate = CANDIDATE;
    await check.updateComplete;
    const verdict = await vi.waitFor(() => {
      const shown = doc.querySelector('#verdict');
      if (!shown) throw new Error('no verdict yet');
      return shown;
    }, PATIENCE);
    expect(verdict.textContent).toMatch(/^审查结论：(不)?符合资格$/);
    // Only the candidate is complete: the form still submits (the other two are not required) with its value.
    const form = doc.querySelector('form') as HTMLFormElement;
    expect(await submit(doc, form, '#submitted')).toBe('已提交：candidate');
  });
});
