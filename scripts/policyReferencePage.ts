/**
 * Writes `docs/policy-reference.md`: what each built-in policy says, from the policy data itself: its parameters with
 * their dated values and references, its rules, and every other section (stages, pay, review, vocabularies …) as the
 * data an overlay would write. Not part of any bundle: `scripts/policy-reference.js` runs it, and a test checks that
 * the committed page is what it writes.
 */
import { stringify } from 'yaml';
import { ELECTION_PARAMETERS } from '../packages/core/src/election/statutoryParameters.js';
import { exampleCountyHardCriteriaSpec, exampleShibuxuanSpec } from '../packages/core/src/policies/exampleOverlays.js';
import { examplePay2021Spec } from '../packages/core/src/policies/examplePay.js';
import { nationalBaselineSpec } from '../packages/core/src/policies/nationalBaseline.js';
import { VOTER_PARAMETERS } from '../packages/core/src/voters/statutoryParameters.js';

type Text = string | { zh: string; en?: string };
interface Reference {
  id: string;
  title: string;
  kind?: string;
  url?: string;
}
interface Parameter {
  title?: Text;
  unit?: string;
  reference?: string;
  values: Record<string, unknown>;
}
interface Rule {
  id: string;
  title?: Text;
  severity?: string;
  reference?: string;
  appliesTo?: { organizations?: string[]; posts?: string[] };
}
type Spec = Record<string, unknown> & { id: string; name: Text };

const cell = (text: unknown) =>
  String(text ?? '')
    .replaceAll('|', '\\|')
    .replaceAll('\n', ' ');
const zh = (t?: Text) => (t === undefined ? '' : typeof t === 'string' ? t : t.zh);
const en = (t?: Text) => (t === undefined || typeof t === 'string' ? '' : (t.en ?? ''));
const period = (p: { from: string; to?: string }) => `${p.from} – ${p.to ?? ''}`;
const value = (v: unknown) => (typeof v === 'object' ? JSON.stringify(v) : String(v));

function parameterTable(parameters: Record<string, Parameter>, references: Map<string, string>): string[] {
  return [
    '| 参数 parameter | 含义 meaning | 取值（自某日起）values from | 依据 reference |',
    '|---|---|---|---|',
    ...Object.entries(parameters).map(([id, p]) => {
      const values = Object.entries(p.values)
        .map(([from, v]) => `${from}: ${value(v)}${p.unit ? ` ${p.unit}` : ''}`)
        .join('; ');
      const reference = p.reference ? (references.get(p.reference) ?? p.reference) : '';
      return `| \`${id}\` | ${cell(zh(p.title))}<br>${cell(en(p.title))} | ${cell(values)} | ${cell(reference)} |`;
    }),
    '',
  ];
}

function ruleTable(rules: readonly Rule[], references: Map<string, string>): string[] {
  return [
    '| 规则 rule | 内容 title | 后果 severity | 适用 applies to | 依据 reference |',
    '|---|---|---|---|---|',
    ...rules.map((r) => {
      const applies = [...(r.appliesTo?.organizations ?? []), ...(r.appliesTo?.posts ?? [])].join('、');
      const reference = r.reference ? (references.get(r.reference) ?? r.reference) : '';
      return `| \`${r.id}\` | ${cell(zh(r.title))}<br>${cell(en(r.title))} | ${cell(r.severity)} | ${cell(applies)} | ${cell(reference)} |`;
    }),
    '',
  ];
}

function policySection(spec: Spec): string[] {
  const references = new Map(((spec.references ?? []) as Reference[]).map((r) => [r.id, r.title]));
  const lines = [`## \`${spec.id}\`: ${zh(spec.name)} / ${en(spec.name)}`, ''];
  const facts = [
    spec.extends && `叠加于 extends \`${spec.extends}\``,
    spec.jurisdiction && `适用地域 jurisdiction: ${spec.jurisdiction}`,
    spec.effective && `施行 in force: ${period(spec.effective as { from: string; to?: string })}`,
    spec.example && '示例，不是任何地方的现行政策 / an example, not any place’s policy in force',
  ].filter(Boolean);
  lines.push(...facts.map((f) => `- ${f}`), '');
  for (const [key, data] of Object.entries(spec)) {
    if (['id', 'name', 'extends', 'jurisdiction', 'effective', 'example'].includes(key)) continue;
    if (Array.isArray(data) && data.length === 0) continue;
    lines.push(`### ${key}`, '');
    if (key === 'references') {
      lines.push(
        '| id | 名称 title | 类别 kind |',
        '|---|---|---|',
        ...(data as Reference[]).map((r) => `| \`${r.id}\` | ${cell(r.title)} | ${cell(r.kind)} |`),
        '',
      );
    } else if (key === 'parameters') {
      lines.push(...parameterTable(data as Record<string, Parameter>, references));
    } else if ((key === 'rules' || key === 'teamRules') && Array.isArray(data)) {
      lines.push(...ruleTable(data as Rule[], references));
    } else {
      lines.push('```yaml', stringify(data, { lineWidth: 0 }).trimEnd(), '```', '');
    }
  }
  return lines;
}

/** The Markdown of `docs/policy-reference.md`. */
export function policyReferencePage(): string {
  const specs = [nationalBaselineSpec, exampleShibuxuanSpec, exampleCountyHardCriteriaSpec, examplePay2021Spec];
  const baseline = (nationalBaselineSpec as unknown as { parameters: Record<string, Parameter> }).parameters;
  const statutory = Object.fromEntries(
    Object.entries({ ...ELECTION_PARAMETERS, ...VOTER_PARAMETERS }).filter(([id]) => !(id in baseline)),
  ) as Record<string, Parameter>;
  return `${[
    '<!-- Generated by scripts/policy-reference.js from packages/core/src/policies/: do not edit by hand. -->',
    '',
    '# 政策参考 / Policy reference',
    '',
    '内置政策逐项列出：参数（带施行日期的取值与依据）、规则及其依据，以及其他各小节（换届阶段、报酬、联审、词表等）',
    '的数据原样。全国基线只含法律与党内法规；其余是示例叠加，只写与上级不同之处，不是任何地方的现行政策。',
    '一个县的本地政策照此写一份叠加文件（见 README “一个县写自己的政策”）。',
    '',
    'Every built-in policy, item by item: parameters (dated values and their reference), rules and their reference, and',
    'every other section (stages, pay, review, vocabularies …) as its data. The national baseline holds law and party',
    'rules only; the others are example overlays that write only what differs from the policy they extend, and are no',
    'place\'s policy in force. A county writes its own overlay the same way (README, "A county writes its own variant").',
    '',
    ...(Object.keys(statutory).length === 0
      ? []
      : [
          '## 核心内置、基线未列的法定参数 / Statutory parameters in core, not in the baseline',
          '',
          '计票与选民名单在未给政策时使用下列法定取值；给了政策时，以政策中同名参数为准。',
          'Tallies and the voter list use these statutory values when no policy is given; a policy’s parameter of the',
          'same name takes their place.',
          '',
          ...parameterTable(statutory, new Map()),
        ]),
    ...specs.flatMap((spec) => policySection(spec as unknown as Spec)),
  ]
    .join('\n')
    .trimEnd()}\n`;
}
