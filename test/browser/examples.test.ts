// The plain-HTML example as a user opens it, in Chromium, with the self-contained embed file. (The demo portal has
// its own test, test/portal.test.ts, which watches the browser console from the start.)
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
});
