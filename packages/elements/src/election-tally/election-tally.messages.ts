/**
 * The words of `<hj-election-tally>` in zh-CN (default), zh-TW and en. The checks' own titles and explanations come
 * from `TALLY_CHECKS` in @huanjie/core (Chinese and English).
 */
import type { Locale } from '../i18n/locale.js';

export interface ElectionTallyMessages {
  title: { party: string; partyOfficer: string; villagersCommittee: string; residentsCommittee: string };
  counts: string;
  ballots: string;
  candidates: string;
  fields: {
    seats: string;
    entitled: string;
    excused: string;
    present: string;
    registeredVoters: string;
    issued: string;
    returned: string;
    valid: string;
    invalid: string;
    round: string;
    womanAlreadyElected: string;
    /** The committee's members, for a secretary's election: one per line. */
    committee: string;
    committeeHint: string;
    post: string;
  };
  rounds: { first: string; additional: string };
  posts: { 书记: string; 副书记: string };
  candidate: {
    name: string;
    sex: string;
    votes: string;
    yesVotes: string;
    /** Header of the column numbering the candidates. */
    number: string;
    actions: string;
    remove: (n: number) => string;
    /** The remove button's visible text (its accessible name is `remove`). */
    removeSymbol: string;
  };
  sexes: { male: string; female: string; unknown: string };
  addCandidate: string;
  resultTitle: string;
  stands: string;
  doesNotStand: string;
  elected: string;
  notElected: string;
  none: string;
  /** A candidate elected, with the votes. */
  electedItem: (name: string, votes: number) => string;
  /** A candidate not elected, with the reason (from core). */
  notElectedItem: (name: string, reason: string) => string;
  seatsOpen: (n: number) => string;
  additionalVote: string;
  revote: (names: readonly string[]) => string;
  /** Between the verdict and `firstVote`. */
  separator: string;
  firstVote: string;
  checksTitle: string;
  code: string;
  check: string;
  outcome: string;
  /** A check's outcome, with its mark (✓ ✗ –). */
  status: { passed: string; failed: string; skipped: string };
  /** Appended to a check's outcome: what core found. */
  detail: (text: string) => string;
  reference: string;
  next: string;
  accept: string;
  explanation: string;
  explanationMissing: string;
  print: string;
  missing: string;
  errors: (n: number) => string;
  unaccepted: (n: number) => string;
}

export const ELECTION_TALLY_MESSAGES: Record<Locale, ElectionTallyMessages> = {
  'zh-CN': {
    title: {
      party: '党组织委员会选举计票',
      partyOfficer: '委员会全体会议选举书记、副书记计票',
      villagersCommittee: '村民委员会选举计票',
      residentsCommittee: '居民委员会选举计票',
    },
    counts: '人数',
    ballots: '选票',
    candidates: '候选人得票',
    fields: {
      seats: '应选人数',
      entitled: '有选举权的党员（代表）人数',
      excused: '经批准不参加的人数',
      present: '实到会有选举权的人数',
      registeredVoters: '登记参加选举的村民数',
      issued: '发出选票',
      returned: '收回选票',
      valid: '有效票',
      invalid: '无效票',
      round: '投票轮次',
      womanAlreadyElected: '已有妇女成员当选（此前轮次）',
      committee: '本届委员会委员',
      committeeHint: '每行一人，或用顿号、逗号分隔',
      post: '选举职务',
    },
    rounds: { first: '正式选举', additional: '另行选举' },
    posts: { 书记: '书记', 副书记: '副书记' },
    candidate: {
      name: '姓名',
      sex: '性别',
      votes: '得票',
      yesVotes: '赞成票',
      number: '序号',
      actions: '操作',
      remove: (n) => `删除第 ${n} 位候选人`,
      removeSymbol: '×',
    },
    sexes: { male: '男', female: '女', unknown: '未填' },
    addCandidate: '添加候选人',
    resultTitle: '计票结果',
    stands: '本次投票有效',
    doesNotStand: '本次投票不成立',
    elected: '当选',
    notElected: '未当选',
    none: '无',
    electedItem: (name, n) => `${name}（${n} 票）`,
    notElectedItem: (name, reason) => `${name}：${reason}`,
    seatsOpen: (n) => `尚有 ${n} 个名额未选出`,
    additionalVote: '须对不足的名额另行选举',
    revote: (names) => `须就票数相等的 ${names.join('、')} 再次投票`,
    separator: ' · ',
    firstVote: '一次选举成功',
    checksTitle: '核对项',
    code: '编号',
    check: '核对',
    outcome: '结果',
    status: { passed: '✓ 通过', failed: '✗ 未通过', skipped: '– 未核对' },
    detail: (text) => `：${text}`,
    reference: '依据',
    next: '下一步',
    accept: '已核实，接受此警告',
    explanation: '书面说明',
    explanationMissing: '接受警告须写明说明',
    print: '打印计票记录',
    missing: '请填写计票数字',
    errors: (n) => `有 ${n} 项错误须更正`,
    unaccepted: (n) => `有 ${n} 项警告须核实并写明说明`,
  },
  'zh-TW': {
    title: {
      party: '黨組織委員會選舉計票',
      partyOfficer: '委員會全體會議選舉書記、副書記計票',
      villagersCommittee: '村民委員會選舉計票',
      residentsCommittee: '居民委員會選舉計票',
    },
    counts: '人數',
    ballots: '選票',
    candidates: '候選人得票',
    fields: {
      seats: '應選人數',
      entitled: '有選舉權的黨員（代表）人數',
      excused: '經批准不參加的人數',
      present: '實到會有選舉權的人數',
      registeredVoters: '登記參加選舉的村民數',
      issued: '發出選票',
      returned: '收回選票',
      valid: '有效票',
      invalid: '無效票',
      round: '投票輪次',
      womanAlreadyElected: '已有婦女成員當選（此前輪次）',
      committee: '本屆委員會委員',
      committeeHint: '每行一人，或用頓號、逗號分隔',
      post: '選舉職務',
    },
    rounds: { first: '正式選舉', additional: '另行選舉' },
    posts: { 书记: '書記', 副书记: '副書記' },
    candidate: {
      name: '姓名',
      sex: '性別',
      votes: '得票',
      yesVotes: '贊成票',
      number: '序號',
      actions: '操作',
      remove: (n) => `刪除第 ${n} 位候選人`,
      removeSymbol: '×',
    },
    sexes: { male: '男', female: '女', unknown: '未填' },
    addCandidate: '新增候選人',
    resultTitle: '計票結果',
    stands: '本次投票有效',
    doesNotStand: '本次投票不成立',
    elected: '當選',
    notElected: '未當選',
    none: '無',
    electedItem: (name, n) => `${name}（${n} 票）`,
    notElectedItem: (name, reason) => `${name}：${reason}`,
    seatsOpen: (n) => `尚有 ${n} 個名額未選出`,
    additionalVote: '須對不足的名額另行選舉',
    revote: (names) => `須就票數相等的 ${names.join('、')} 再次投票`,
    separator: ' · ',
    firstVote: '一次選舉成功',
    checksTitle: '核對項',
    code: '編號',
    check: '核對',
    outcome: '結果',
    status: { passed: '✓ 通過', failed: '✗ 未通過', skipped: '– 未核對' },
    detail: (text) => `：${text}`,
    reference: '依據',
    next: '下一步',
    accept: '已核實，接受此警告',
    explanation: '書面說明',
    explanationMissing: '接受警告須寫明說明',
    print: '列印計票記錄',
    missing: '請填寫計票數字',
    errors: (n) => `有 ${n} 項錯誤須更正`,
    unaccepted: (n) => `有 ${n} 項警告須核實並寫明說明`,
  },
  en: {
    title: {
      party: 'Party committee election: tally',
      partyOfficer: 'Secretary and deputies elected by the committee: tally',
      villagersCommittee: "Villagers' committee election: tally",
      residentsCommittee: "Residents' committee election: tally",
    },
    counts: 'People',
    ballots: 'Ballots',
    candidates: 'Votes per candidate',
    fields: {
      seats: 'Seats',
      entitled: 'Members (delegates) entitled to vote',
      excused: 'Excused with approval',
      present: 'Voting members present',
      registeredVoters: 'Registered voters',
      issued: 'Ballots issued',
      returned: 'Ballots returned',
      valid: 'Valid ballots',
      invalid: 'Invalid ballots',
      round: 'Vote',
      womanAlreadyElected: 'A woman was elected in an earlier vote',
      committee: 'Members of the committee',
      committeeHint: 'One per line, or separated by commas',
      post: 'Post',
    },
    rounds: { first: 'First vote', additional: 'Another vote (另行选举)' },
    posts: { 书记: 'Secretary', 副书记: 'Deputy secretary' },
    candidate: {
      name: 'Name',
      sex: 'Sex',
      votes: 'Votes',
      yesVotes: 'Yes votes',
      number: 'No.',
      actions: 'Actions',
      remove: (n) => `Remove candidate ${n}`,
      removeSymbol: '×',
    },
    sexes: { male: 'Male', female: 'Female', unknown: 'Not given' },
    addCandidate: 'Add a candidate',
    resultTitle: 'Result',
    stands: 'The vote stands',
    doesNotStand: 'The vote does not stand',
    elected: 'Elected',
    notElected: 'Not elected',
    none: 'None',
    electedItem: (name, n) => `${name} (${n} ${n === 1 ? 'vote' : 'votes'})`,
    notElectedItem: (name, reason) => `${name}: ${reason}`,
    seatsOpen: (n) => `${n} seats still open`,
    additionalVote: 'Hold another vote (另行选举) for the open seats',
    revote: (names) => `Vote again between the tied candidates: ${names.join(', ')}`,
    separator: ' · ',
    firstVote: 'Succeeded at the first vote',
    checksTitle: 'Checks',
    code: 'Code',
    check: 'Check',
    outcome: 'Outcome',
    status: { passed: '✓ Passed', failed: '✗ Failed', skipped: '– Not checked' },
    detail: (text) => `: ${text}`,
    reference: 'Basis',
    next: 'Next step',
    accept: 'Checked: accept this warning',
    explanation: 'Written explanation',
    explanationMissing: 'Accepting a warning needs an explanation',
    print: 'Print the tally record',
    missing: 'Enter the counts',
    errors: (n) => `${n} errors to correct`,
    unaccepted: (n) => `${n} warnings to check and explain`,
  },
};
