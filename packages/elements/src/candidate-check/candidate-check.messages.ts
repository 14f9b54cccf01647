/**
 * The words of `<hj-candidate-check>` in zh-CN (default), zh-TW and en. Field names, fact kinds, sexes, rule titles
 * and problems come from @huanjie/core (`FIELD_LABELS`, `FACT_KINDS`, `SEX_LABELS`, the policy, `validate`); only
 * the element's own words are here.
 */
import type { Locale } from '../i18n/locale.js';

export interface CandidateCheckMessages {
  /** Legends of the groups of fields. */
  legend: { person: string; party: string; seat: string; facts: string };
  /** First option of a select, standing for "nothing chosen". */
  choose: string;
  /** Appended to the label of a field that may stay empty. */
  optional: string;
  idHint: string;
  /** Said after the label of the masked ID field, for screen readers. */
  idMasked: string;
  partyHint: string;
  seatHint: string;
  factsHint: string;
  /** Said after the label of a fact's date or sanction, for screen readers: which fact it belongs to. */
  ofFact: (fact: string) => string;
  /** Hint under the end date of a fact that, without one, is taken to go on. */
  untilOngoing: string;
  /** Hint under the end date of a fact that, without one, counts for the period the policy states. */
  untilPolicy: string;
  verdictTitle: string;
  incomplete: string;
  eligible: string;
  notEligible: (failures: number) => string;
  /** After the verdict, in brackets. */
  warningCount: (warnings: number) => string;
  basis: (policy: string, asOf: string) => string;
  failuresTitle: string;
  warningsTitle: string;
  /** Badges before an outcome's title. */
  failed: string;
  warning: string;
  passed: string;
  /** Under an outcome: the rule's reference and who set it. */
  reference: (title: string, jurisdiction: string) => string;
  showPassed: (n: number) => string;
  noPassed: string;
  otherProblems: string;
  cannotJudge: string;
  /** Validation messages of the form control. */
  missing: string;
  fixFields: (n: number, first: string) => string;
  notEligibleMessage: (rules: readonly string[]) => string;
}

export const CANDIDATE_CHECK_MESSAGES: Record<Locale, CandidateCheckMessages> = {
  'zh-CN': {
    legend: { person: '基本信息', party: '政治面貌', seat: '拟任职位', facts: '负面情形' },
    choose: '请选择',
    optional: '（选填）',
    idHint: '输入有效号码后自动填写出生日期和性别；离开输入框后号码以掩码显示。',
    idMasked: '（已掩码显示，进入输入框可查看完整号码）',
    partyHint: '党员请填写入党时间；正式党员还请填写转正时间。',
    seatHint: '不选择组织和职务时，只按不分职位的规则审查。',
    factsHint: '勾选适用的情形，并填写日期。',
    ofFact: (f) => `（${f}）`,
    untilOngoing: '不填表示仍在持续。',
    untilPolicy: '不填时按政策规定的影响期计算。',
    verdictTitle: '审查结论',
    incomplete: '填写完整、无误后显示审查结论。',
    eligible: '符合资格条件',
    notEligible: (n) => `不符合资格条件：${n} 条规则未通过`,
    warningCount: (n) => `（${n} 条提醒）`,
    basis: (policy, asOf) => `依据：${policy}；审查日期：${asOf}`,
    failuresTitle: '未通过的规则',
    warningsTitle: '需要注意',
    failed: '未通过',
    warning: '提醒',
    passed: '通过',
    reference: (title, j) => `依据：${title}；制定：${j}`,
    showPassed: (n) => `显示通过的规则（${n} 条）`,
    noPassed: '没有通过的规则。',
    otherProblems: '其他问题',
    cannotJudge: '无法审查',
    missing: '请填写姓名、身份证号和出生日期',
    fixFields: (n, first) => `有 ${n} 处信息需要修改：${first}`,
    notEligibleMessage: (rules) => `不符合资格条件：${rules.join('；')}`,
  },
  'zh-TW': {
    legend: { person: '基本資料', party: '政治面貌', seat: '擬任職位', facts: '負面情形' },
    choose: '請選擇',
    optional: '（選填）',
    idHint: '輸入有效號碼後自動填寫出生日期和性別；離開輸入框後號碼以遮罩顯示。',
    idMasked: '（已遮罩顯示，進入輸入框可檢視完整號碼）',
    partyHint: '黨員請填寫入黨時間；正式黨員還請填寫轉正時間。',
    seatHint: '不選擇組織和職務時，只按不分職位的規則審查。',
    factsHint: '勾選適用的情形，並填寫日期。',
    ofFact: (f) => `（${f}）`,
    untilOngoing: '不填表示仍在持續。',
    untilPolicy: '不填時按政策規定的影響期計算。',
    verdictTitle: '審查結論',
    incomplete: '填寫完整、無誤後顯示審查結論。',
    eligible: '符合資格條件',
    notEligible: (n) => `不符合資格條件：${n} 條規則未通過`,
    warningCount: (n) => `（${n} 則提醒）`,
    basis: (policy, asOf) => `依據：${policy}；審查日期：${asOf}`,
    failuresTitle: '未通過的規則',
    warningsTitle: '需要注意',
    failed: '未通過',
    warning: '提醒',
    passed: '通過',
    reference: (title, j) => `依據：${title}；制定：${j}`,
    showPassed: (n) => `顯示通過的規則（${n} 條）`,
    noPassed: '沒有通過的規則。',
    otherProblems: '其他問題',
    cannotJudge: '無法審查',
    missing: '請填寫姓名、身分證號和出生日期',
    fixFields: (n, first) => `有 ${n} 處資料需要修改：${first}`,
    notEligibleMessage: (rules) => `不符合資格條件：${rules.join('；')}`,
  },
  en: {
    legend: { person: 'Personal details', party: 'Political status', seat: 'Seat', facts: 'Negative facts' },
    choose: 'Choose…',
    optional: ' (optional)',
    idHint: 'A valid number fills in the birth date and sex; the number is masked once you leave the field.',
    idMasked: ' (masked; focus the field to see the full number)',
    partyHint: 'Party members: enter the join date; full members also the full membership date.',
    seatHint: 'Without an organization and post, only the rules that apply to every seat are checked.',
    factsHint: 'Tick the facts that apply and enter their dates.',
    ofFact: (f) => ` (${f})`,
    untilOngoing: 'Leave empty if it is still going on.',
    untilPolicy: 'Leave empty to count the period the policy states.',
    verdictTitle: 'Verdict',
    incomplete: 'The verdict appears once the details are complete and correct.',
    eligible: 'Eligible',
    notEligible: (n) => `Not eligible: ${n} ${n === 1 ? 'rule' : 'rules'} failed`,
    warningCount: (n) => ` (${n} ${n === 1 ? 'warning' : 'warnings'})`,
    basis: (policy, asOf) => `Policy: ${policy}; judged on ${asOf}`,
    failuresTitle: 'Failed rules',
    warningsTitle: 'Warnings',
    failed: 'Failed',
    warning: 'Warning',
    passed: 'Passed',
    reference: (title, j) => `Reference: ${title}; set by ${j}`,
    showPassed: (n) => `Show passed rules (${n})`,
    noPassed: 'No rule passed.',
    otherProblems: 'Other problems',
    cannotJudge: 'Cannot judge',
    missing: 'Enter the name, resident ID number and birth date',
    fixFields: (n, first) => `${n} ${n === 1 ? 'field needs' : 'fields need'} correcting: ${first}`,
    notEligibleMessage: (rules) => `Not eligible: ${rules.join('; ')}`,
  },
};
