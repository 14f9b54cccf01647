import '@huanjie/elements/define/roster-import.js';
import { summarizeRoster } from '@huanjie/core';
import type { HjRosterImport, RosterLoadDetail } from '@huanjie/elements';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';

async function fixture(name: string, type = 'text/csv'): Promise<File> {
  const bytes = await (await fetch(`/test/fixtures/${name}`)).arrayBuffer();
  return new File([bytes], name, { type });
}

async function mount(markup: string): Promise<{ host: HTMLElement; el: HjRosterImport }> {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const el = host.querySelector('hj-roster-import') as HjRosterImport;
  await el.updateComplete;
  return { host, el };
}

function input(el: HjRosterImport): HTMLInputElement {
  return el.shadowRoot!.querySelector('input')!;
}

async function upload(el: HjRosterImport, file: File): Promise<RosterLoadDetail> {
  const loaded = new Promise<RosterLoadDetail>((resolve) =>
    el.addEventListener('hj-roster-load', (e) => resolve(e.detail), { once: true }),
  );
  await userEvent.upload(input(el), file);
  const detail = await loaded;
  await el.updateComplete;
  return detail;
}

function errorRows(el: HjRosterImport): string[][] {
  return [...el.shadowRoot!.querySelectorAll('table[part=errors] tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
  );
}

async function axeViolations(node: Element) {
  const results = await axe.run(node, { resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeEach(() => {
  // The test page says lang="en"; a Chinese portal says zh-CN (and the element follows the page).
  document.documentElement.lang = 'zh-CN';
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('<hj-roster-import>', () => {
  it('reads a file dropped on the zone, marks the zone while one is held over it, and ignores drops when disabled', async () => {
    const { el } = await mount('<hj-roster-import></hj-roster-import>');
    const zone = el.shadowRoot!.querySelector<HTMLElement>('[part=dropzone]')!;
    const file = await fixture('roster-excel-gbk.csv');
    const drag = (type: string) => {
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(file);
      const event = new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true });
      zone.dispatchEvent(event);
      return event;
    };
    expect(drag('dragover').defaultPrevented).toBe(true);
    await el.updateComplete;
    expect(zone.classList.contains('dragging')).toBe(true);
    const loaded = new Promise<RosterLoadDetail>((resolve) =>
      el.addEventListener('hj-roster-load', (e) => resolve(e.detail), { once: true }),
    );
    drag('drop');
    const detail = await loaded;
    await el.updateComplete;
    expect(zone.classList.contains('dragging')).toBe(false);
    expect(detail.fileName).toBe('roster-excel-gbk.csv');
    expect(el.rows?.length).toBeGreaterThan(0);

    // Disabled: a file held over the zone is not taken, nor read when dropped.
    const { el: off } = await mount('<hj-roster-import disabled></hj-roster-import>');
    const offZone = off.shadowRoot!.querySelector<HTMLElement>('[part=dropzone]')!;
    let read = false;
    off.addEventListener('hj-roster-load', () => {
      read = true;
    });
    const over = new DragEvent('dragover', { bubbles: true, cancelable: true });
    offZone.dispatchEvent(over);
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(file);
    offZone.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }));
    await off.updateComplete;
    expect(over.defaultPrevented).toBe(false);
    expect(offZone.classList.contains('dragging')).toBe(false);
    expect(read).toBe(false);
    expect(off.rows).toBeUndefined();
  });

  it('reads an Excel GBK file chosen by the user and tables every error with its Excel row', async () => {
    const { el } = await mount('<hj-roster-import></hj-roster-import>');
    const detail = await upload(el, await fixture('roster-with-errors-gbk.csv'));

    expect(detail.fileName).toBe('roster-with-errors-gbk.csv');
    expect(detail.rows.map((r) => r.name)).toEqual(['王某甲', '黄某庚']);
    const status = el.shadowRoot!.querySelector('[role=status]')!.textContent!.replace(/\s+/g, '');
    expect(status).toContain('共8行数据');
    expect(status).toContain('有效2行');
    expect(status).toContain('错误7处');

    const rows = errorRows(el);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ['3', '身份证号'],
      ['4', '身份证号'],
      ['5', '出生日期'],
      ['6', '学历'],
      ['7', '姓名'],
      ['8', '出生日期'],
      ['8', '性别'],
    ]);
    expect(rows[3]).toEqual(['6', '学历', '学历“大学生”无法识别', expect.stringContaining('本科'), '大学生']);
    // ID numbers are masked on screen.
    expect(rows[0]![4]).toBe('110105********0021');
    expect(el.shadowRoot!.textContent).not.toContain('110105194912310021');
    // The unknown column is shown as a notice.
    expect(el.shadowRoot!.querySelector('table[part=warnings]')!.textContent).toContain('备注');
  });

  it('says how many people the valid rows hold, and refuses the same person twice', async () => {
    const { el } = await mount('<hj-roster-import></hj-roster-import>');
    const csv = [
      '姓名,身份证号,民族,学历,政治面貌,乡镇(街道),村(社区),组织,职务,一肩挑',
      '王某乙,11010519491231002X,汉族,高中,中共党员,青石镇,碾房村,党组织,书记,是',
      '王某乙,11010519491231002X,汉族,高中,中共党员,青石镇,碾房村,村民委员会,主任,是',
      '李某丙,110105198503150035,汉族,大专,群众,青石镇,碾房村,村民委员会,委员,否',
      '李某丙,110105198503150035,汉族,大专,群众,青石镇,碾房村,村民委员会,委员,否',
    ].join('\n');
    await upload(el, new File([csv], '碾房村.csv', { type: 'text/csv' }));
    const status = el.shadowRoot!.querySelector('[role=status]')!.textContent!.replace(/\s+/g, '');
    // The 一肩挑 secretary-director's two rows are one person; 李某丙's second row is refused.
    expect(status).toContain('共4行数据');
    expect(status).toContain('有效3行（2人）');
    expect(errorRows(el)).toEqual([['5', '身份证号', '与第 4 行完全相同，是重复的一行', '', '110105********0035']]);
  });

  it('reads an Excel workbook dropped on the zone as its CSV twin, naming bad cells as Excel does', async () => {
    const { el } = await mount('<hj-roster-import as-of="2026-12-07"></hj-roster-import>');
    const zone = el.shadowRoot!.querySelector<HTMLElement>('[part=dropzone]')!;
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const drop = async (file: File) => {
      const loaded = new Promise<RosterLoadDetail>((resolve) =>
        el.addEventListener('hj-roster-load', (e) => resolve(e.detail), { once: true }),
      );
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(file);
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }));
      const detail = await loaded;
      await el.updateComplete;
      return detail;
    };
    const book = await drop(await fixture('roster-excel.xlsx', xlsx));
    const csv = await upload(el, await fixture('roster-excel-gbk.csv'));
    expect(book.errors).toEqual([]);
    expect(book.rows).toHaveLength(30);
    expect(book.rows).toEqual(csv.rows);

    await drop(await fixture('roster-with-errors.xlsx', xlsx));
    const rows = errorRows(el);
    expect(rows).toContainEqual([
      '花名册!D5',
      '出生日期',
      '出生日期“1980/2/30”这一天不存在',
      expect.any(String),
      '1980/2/30',
    ]);
    const id = rows.find((r) => r[0] === '花名册!B4')!;
    expect(id[2]).toBe('身份证号被 Excel 显示成了科学计数法，后几位已经丢失');
    expect(id[4]).toBe('110105********0000'); // the digits Excel kept, masked: never a whole (wrong) ID
    expect(id[3]).toContain('文本');
    expect(input(el).accept).toContain('.xlsx');
  });

  it('summarizes the valid rows of a clean file', async () => {
    const { el } = await mount('<hj-roster-import></hj-roster-import>');
    const detail = await upload(el, await fixture('roster-excel-gbk.csv'));
    const expected = summarizeRoster(detail.rows);
    expect(detail.errors).toEqual([]);
    const summary = el.shadowRoot!.querySelector('[part=summary]')!;
    const pairs = [...summary.querySelectorAll('dl div')].map((d) => [
      d.querySelector('dt')!.textContent,
      d.querySelector('dd')!.textContent,
    ]);
    expect(pairs).toContainEqual(['记录数', '30']);
    expect(pairs).toContainEqual(['人数', String(expected.people)]);
    expect(pairs).toContainEqual(['党员', String(expected.partyMembers)]);
    expect(el.shadowRoot!.textContent).toContain('没有发现错误');
  });

  it('takes part in a form: value, required, blocked submit and reset', async () => {
    const { host, el } = await mount(
      '<form><hj-roster-import name="roster" required></hj-roster-import><button>提交</button></form>',
    );
    const form = host.querySelector('form')!;
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });

    expect(form.checkValidity()).toBe(false);
    expect(el.validationMessage).toBe('请选择花名册文件');
    form.requestSubmit();
    expect(submitted).toBe(0);

    await upload(el, await fixture('roster-with-errors-gbk.csv'));
    expect(el.validity.customError).toBe(true);
    expect(el.validationMessage).toBe('花名册有 7 处错误，请修改后重新导入');
    form.requestSubmit();
    expect(submitted).toBe(0);

    await upload(el, await fixture('roster-excel-gbk.csv'));
    expect(form.checkValidity()).toBe(true);
    form.requestSubmit();
    expect(submitted).toBe(1);
    expect(JSON.parse(new FormData(form).get('roster') as string)).toHaveLength(30);

    form.reset();
    await el.updateComplete;
    expect(el.rows).toBeUndefined();
    expect(new FormData(form).get('roster')).toBeNull();
    expect(form.checkValidity()).toBe(false);
  });

  it('accepts a roster with rejected rows when allow-errors is set', async () => {
    const { host, el } = await mount(
      '<form><hj-roster-import name="r" required allow-errors></hj-roster-import></form>',
    );
    await upload(el, await fixture('roster-with-errors-gbk.csv'));
    expect(host.querySelector('form')!.checkValidity()).toBe(true);
    expect(JSON.parse(new FormData(host.querySelector('form')!).get('r') as string)).toHaveLength(2);
  });

  it('is reachable and usable by keyboard alone', async () => {
    const { el } = await mount('<button>before</button><hj-roster-import></hj-roster-import>');
    (document.querySelector('button') as HTMLButtonElement).focus();
    await userEvent.tab();
    expect(document.activeElement).toBe(el);
    expect(el.shadowRoot!.activeElement).toBe(input(el));
    // The file chooser is the native input, which opens with Enter or Space; its label names it.
    expect(input(el).labels?.[0]?.textContent).toBe('选择花名册文件');
  });

  it('follows disabled fieldsets', async () => {
    const { host, el } = await mount(
      '<form><fieldset disabled><hj-roster-import></hj-roster-import></fieldset></form>',
    );
    await el.updateComplete;
    expect(input(el).disabled).toBe(true);
    host.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(input(el).disabled).toBe(false);
  });

  it('speaks English and Traditional Chinese when the page asks', async () => {
    const { el } = await mount('<div lang="en"><hj-roster-import></hj-roster-import></div>');
    expect(input(el).labels?.[0]?.textContent).toBe('Choose a roster file');
    await upload(el, await fixture('roster-with-errors-gbk.csv'));
    expect(errorRows(el)[3]![2]).toBe('Education "大学生" is not recognized');
    document.body.replaceChildren();
    const tw = await mount('<div lang="zh-TW"><hj-roster-import></hj-roster-import></div>');
    expect(input(tw.el).labels?.[0]?.textContent).toBe('選擇名冊檔案');
    document.body.replaceChildren();
    document.documentElement.lang = 'en-GB';
    const page = await mount('<hj-roster-import></hj-roster-import>');
    expect(input(page.el).labels?.[0]?.textContent).toBe('Choose a roster file');
  });

  it('has no axe-core violations, empty or showing errors', async () => {
    const { host, el } = await mount('<main><h1>花名册导入</h1><hj-roster-import></hj-roster-import></main>');
    expect(await axeViolations(host)).toEqual([]);
    await upload(el, await fixture('roster-with-errors-gbk.csv'));
    expect(await axeViolations(host)).toEqual([]);
    await upload(el, await fixture('roster-excel-gbk.csv'));
    expect(await axeViolations(host)).toEqual([]);
  });

  it('refuses a damaged Excel workbook with one error saying to save it again', async () => {
    const { el } = await mount('<hj-roster-import></hj-roster-import>');
    // The start of an .xlsx (a zip archive's first entry), cut off: no central directory.
    const xlsx = new Uint8Array([
      ...'50 4b 03 04 14 00 06 00 08 00 00 00 21 00 62 ee 9d 68'.split(' ').map((b) => Number.parseInt(b, 16)),
      ...new TextEncoder().encode('[Content_Types].xml'),
      ...Array.from({ length: 600 }, (_, i) => (i * 37) % 256),
    ]);
    const detail = await upload(
      el,
      new File([xlsx], '花名册.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    );
    expect(detail.errors.map((e) => e.code)).toEqual(['WORKBOOK_UNREADABLE']);
    const rows = errorRows(el);
    expect(rows).toHaveLength(1);
    expect(rows[0]![2]).toBe('工作簿（.xlsx）无法读取，可能已损坏或加密：请重新保存后再导入');
    expect(el.shadowRoot!.querySelector('table[part=warnings]')).toBeNull();
  });

  it('refuses a header of a million columns at once, with one error', async () => {
    const { el } = await mount('<hj-roster-import></hj-roster-import>');
    const header = ['姓名,性别,出生日期,民族,学历,政治面貌', ...Array.from({ length: 1_000_000 }, (_, i) => `列${i}`)];
    const file = new File([`${header.join(',')}\n张某甲,男,1980-01-01,汉族,高中,群众\n`], 'wide.csv', {
      type: 'text/csv',
    });
    expect(file.size).toBeGreaterThan(8_000_000);
    // Handed over as a drop would (an upload through the test driver copies 8 MB over its protocol).
    const detail = await el.loadFile(file, file.name);
    await el.updateComplete;
    expect(detail.errors.map((e) => [e.code, e.row])).toEqual([['CSV_TOO_MANY_COLUMNS', 1]]);
    expect(detail.warnings).toEqual([]);
    expect(errorRows(el)).toEqual([['1', '', expect.stringContaining('超过 1000 列'), '', '']]);
  });

  it('tables a cell that lost bytes in decoding, and imports the other rows', async () => {
    const { el } = await mount('<hj-roster-import></hj-roster-import>');
    // UTF-8 without BOM; 张某甲's name ends in the first two bytes of a three-byte character.
    const encode = (s: string) => new TextEncoder().encode(s);
    const bytes = new Uint8Array([
      ...encode('姓名,性别,出生日期,民族,学历,政治面貌\n李某乙,女,1981-02-03,汉族,高中,群众\n张某'),
      0xe7,
      0x94,
      ...encode(',男,1980-01-01,汉族,高中,群众\n王某丙,男,1979-05-06,回族,大专,中共党员\n'),
    ]);
    const detail = await upload(el, new File([bytes], 'utf8.csv', { type: 'text/csv' }));
    expect(detail.rows.map((r) => r.name)).toEqual(['李某乙', '王某丙']);
    expect(errorRows(el)).toEqual([
      ['3', '姓名', '“姓名”一栏有无法按 UTF-8 解码的字节（显示为 �）', expect.stringContaining('UTF-8'), '张某�'],
    ]);
  });

  it('shows HTML in the data as text', async () => {
    const { el } = await mount('<hj-roster-import></hj-roster-import>');
    const csv =
      '姓名,性别,出生日期,民族,学历,政治面貌\n<img src=x onerror="window.__xss=1">,男,1980-01-01,汉族,<b>高中</b>,群众';
    await upload(el, new File([csv], 'x.csv', { type: 'text/csv' }));
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(el.shadowRoot!.querySelector('tbody b')).toBeNull();
    expect(errorRows(el).flat().join(' ')).toContain('<b>高中</b>');
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });
});
