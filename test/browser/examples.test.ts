// The examples as a user opens them, in Chromium: the plain-HTML page with the self-contained embed file, and the
// demo portal over the synthetic county.
import { afterEach, describe, expect, it } from 'vitest';

async function open(path: string, ready: (doc: Document) => boolean): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.style.width = '1024px';
  frame.style.height = '768px';
  document.body.append(frame);
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const doc = frame.contentDocument;
    if (doc && doc.readyState === 'complete' && ready(doc)) return doc;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${path} did not become ready`);
}

afterEach(() => document.body.replaceChildren());

describe('examples', () => {
  it('plain HTML: one script tag defines the element, which imports inside a form', async () => {
    const doc = await open(
      '/examples/embed/index.html',
      (d) => !!d.defaultView?.customElements.get('hj-roster-import'),
    );
    const el = doc.querySelector('hj-roster-import') as HTMLElement & {
      loadFile(f: Blob, n?: string): Promise<unknown>;
    };
    const form = doc.querySelector('form')!;
    expect(form.checkValidity()).toBe(false);
    await el.loadFile(
      new Blob(['姓名,身份证号,民族,学历,政治面貌\n张某甲,11010519491231002X,汉族,高中,群众']),
      'a.csv',
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(form.checkValidity()).toBe(true);
    form.requestSubmit();
    expect(doc.querySelector('output')!.textContent).toBe('已提交 1 条记录（本示例不发送到任何地方）');
  });

  it('demo portal: shows the synthetic county imported and summarized per township', async () => {
    const doc = await open(
      '/examples/demo/index.html',
      (d) => (d.querySelector('#townships tbody')?.children.length ?? 0) > 0,
    );
    const rows = [...doc.querySelectorAll('#townships tbody tr')];
    expect(rows).toHaveLength(27);
    const villages = rows.reduce((sum, tr) => sum + Number(tr.children[1].textContent), 0);
    expect(villages).toBe(197);
    const status = doc.querySelector('hj-roster-import')!.shadowRoot!.querySelector('[role=status]')!.textContent!;
    expect(status.replace(/\s+/g, '')).toContain('错误0处');
    // The re-election report of the synthetic county: younger and better educated than last term.
    expect(doc.querySelector('#term-text')!.textContent).toMatch(
      /^共选举产生村\(社区\)党组织班子成员\d+人，平均年龄[\d.]+岁，较上届下降[\d.]+岁；.*实现了年龄学历“一降一升”。$/,
    );
    expect(doc.querySelectorAll('#term-table tbody tr')).toHaveLength(4);
    // The three-colour distribution per township.
    expect(doc.querySelector('#risk-text')!.textContent).toMatch(
      /^全县197个村\(社区\)：一级（红）\d+个，二级（黄）\d+个，三级（绿）\d+个。/,
    );
    expect(doc.querySelectorAll('#risk-table tbody tr')).toHaveLength(27);
  });
});
