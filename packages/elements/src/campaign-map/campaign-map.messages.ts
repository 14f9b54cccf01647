/**
 * The words of `<hj-campaign-map>` in zh-CN (default), zh-TW and en. Stage titles are the policy's (core data, Chinese
 * and English); the short labels on the tiles and the zh-TW titles are given here for the stages of the national
 * baseline (2021), and a stage of a county's own is labelled with its title. Incident categories and severities are
 * core's Chinese vocabulary, shown as they are.
 */
import type { CampaignFigures, EventKind } from '@huanjie/core';
import type { Locale } from '../i18n/locale.js';

export interface CampaignMapMessages {
  title: string;
  /** The text summary of the day: county figures, the first-vote rate (already written) and the villages changed. */
  summary: (date: string, f: CampaignFigures, rate: string, changed: number | null) => string;
  /** A township's heading figures. */
  groupCounts: (f: CampaignFigures) => string;
  shown: (n: number) => string;
  legend: string;
  notStarted: string;
  notStartedShort: string;
  /** Short labels on the tiles, by stage id (the baseline's stages); others show their title. */
  stageShort: Readonly<Record<string, string>>;
  /** Stage titles in this language where core's (zh, en) do not serve, by the policy's Chinese title. */
  stageTitles: Readonly<Record<string, string>>;
  late: string;
  lateShort: string;
  blocked: string;
  blockedShort: string;
  changed: string;
  changedShort: string;
  /** A filter option with its count. */
  withCount: (label: string, n: number) => string;
  filterTownship: string;
  allTownships: string;
  filterStage: string;
  allStages: string;
  onlyLate: string;
  onlyBlocked: string;
  onlyChanged: string;
  day: string;
  previousDay: string;
  nextDay: string;
  view: string;
  board: string;
  table: string;
  print: string;
  noTownship: string;
  empty: string;
  noneMatch: string;
  hint: string;
  tableCaption: string;
  village: string;
  township: string;
  stage: string;
  since: string;
  electionDate: string;
  election: string;
  lateItems: string;
  blockers: string;
  change: string;
  /** A stage a village is late with. */
  lateItem: (stage: string, due: string) => string;
  /** What changed in a village during the day. */
  moved: (before: string, after: string) => string;
  heldToday: (firstVote: boolean | null) => string;
  newlyLate: (stages: string) => string;
  newlyBlocked: string;
  unblocked: string;
  /** Its committee election. */
  electionState: (held: boolean, firstVote: boolean | null) => string;
  detailTitle: (village: string) => string;
  close: string;
  openIncidents: string;
  lastChange: string;
  kinds: Readonly<Record<EventKind, string>>;
  none: string;
  colon: string;
  factSeparator: string;
  listSeparator: string;
  noFigure: string;
  map: string;
  noData: string;
}

const zhCnStageShort = {
  preparation: '筹备',
  'departure-audit': '审计',
  'voter-registration': '登记',
  nomination: '提名',
  'party-election': '党组织',
  'committee-election': '村委会',
  'additional-election': '另选',
  'repeat-election': '重选',
  'supervision-and-representatives': '监委',
  handover: '移交',
  complete: '完成',
};

export const CAMPAIGN_MAP_MESSAGES: Record<Locale, CampaignMapMessages> = {
  'zh-CN': {
    title: '换届选情地图',
    summary: (date, f, rate, changed) =>
      `截至 ${date}，共 ${f.villages} 个村（社区）：已完成换届 ${f.complete} 个，已举行选举 ${f.held} 个，` +
      `一次选举成功率 ${rate}；进度滞后 ${f.late} 个，暂不具备选举条件 ${f.blocked} 个` +
      `${changed === null ? '' : `，当日有变化 ${changed} 个`}。`,
    groupCounts: (f) => `已选举 ${f.held}/${f.villages} · 滞后 ${f.late} · 受阻 ${f.blocked}`,
    shown: (n) => `当前显示 ${n} 个`,
    legend: '图例与各阶段数量',
    notStarted: '未开始',
    notStartedShort: '未始',
    stageShort: zhCnStageShort,
    stageTitles: {},
    late: '进度滞后',
    lateShort: '滞后',
    blocked: '暂不具备选举条件',
    blockedShort: '受阻',
    changed: '当日有变化',
    changedShort: '新',
    withCount: (label, n) => `${label}（${n}）`,
    filterTownship: '乡镇（街道）',
    allTownships: '全部乡镇（街道）',
    filterStage: '所处阶段',
    allStages: '全部阶段',
    onlyLate: '只看进度滞后',
    onlyBlocked: '只看暂不具备选举条件',
    onlyChanged: '只看当日有变化',
    day: '选情日期',
    previousDay: '前一天',
    nextDay: '后一天',
    view: '显示方式',
    board: '看板',
    table: '表格',
    print: '打印',
    noTownship: '未填乡镇',
    empty: '没有村（社区）的选情数据。',
    noneMatch: '没有符合筛选条件的村（社区）。',
    hint: '用方向键在各村之间移动，按回车或空格查看选情。',
    tableCaption: '各村（社区）选情',
    village: '村（社区）',
    township: '乡镇（街道）',
    stage: '所处阶段',
    since: '进入时间',
    electionDate: '选举日',
    election: '村（居）民委员会选举',
    lateItems: '滞后事项',
    blockers: '阻碍选举的问题',
    change: '当日变化',
    lateItem: (stage, due) => `${stage}（应于 ${due} 前完成）`,
    moved: (before, after) => `${before} → ${after}`,
    heldToday: (first) => (first ? '举行选举，一次选举成功' : '举行选举，未一次选举成功'),
    newlyLate: (stages) => `新滞后：${stages}`,
    newlyBlocked: '转为暂不具备选举条件',
    unblocked: '恢复具备选举条件',
    electionState: (held, first) =>
      !held
        ? '未举行'
        : first === true
          ? '已举行，一次选举成功'
          : first === false
            ? '已举行，未一次选举成功'
            : '已举行',
    detailTitle: (village) => `${village}：选情`,
    close: '关闭详情',
    openIncidents: '未处置完毕的突发事件',
    lastChange: '最近一条记录',
    kinds: {
      stage: '进入阶段',
      schedule: '确定选举日',
      tally: '计票结果',
      voterList: '公布选民名单',
      voterObjection: '选民名单申诉处理',
      incident: '报告突发事件',
      incidentClosed: '突发事件处置完毕',
      audit: '离任审计报告',
      auditFinding: '审计发现问题',
      auditFindingClosed: '审计问题整改销号',
      auditPosted: '审计结果公示',
      signoff: '审核签字',
      submission: '报审',
      nomination: '人选产生',
      taskDone: '完成任务',
      note: '记事',
      retraction: '撤销记录',
    },
    none: '无',
    colon: '：',
    factSeparator: ' · ',
    listSeparator: '；',
    noFigure: '—',
    map: '选情分布图',
    noData: '无选情数据',
  },
  'zh-TW': {
    title: '換屆選情地圖',
    summary: (date, f, rate, changed) =>
      `截至 ${date}，共 ${f.villages} 個村（社區）：已完成換屆 ${f.complete} 個，已舉行選舉 ${f.held} 個，` +
      `一次選舉成功率 ${rate}；進度落後 ${f.late} 個，暫不具備選舉條件 ${f.blocked} 個` +
      `${changed === null ? '' : `，當日有變化 ${changed} 個`}。`,
    groupCounts: (f) => `已選舉 ${f.held}/${f.villages} · 落後 ${f.late} · 受阻 ${f.blocked}`,
    shown: (n) => `目前顯示 ${n} 個`,
    legend: '圖例與各階段數量',
    notStarted: '未開始',
    notStartedShort: '未始',
    stageShort: {
      ...zhCnStageShort,
      preparation: '籌備',
      'departure-audit': '審計',
      'voter-registration': '登記',
      'party-election': '黨組織',
      'committee-election': '村委會',
      'additional-election': '另選',
      'repeat-election': '重選',
      'supervision-and-representatives': '監委',
      handover: '移交',
    },
    stageTitles: {
      '筹备（推选村民选举委员会）': '籌備（推選村民選舉委員會）',
      离任审计与公示: '離任審計與公示',
      选民登记与公布: '選民登記與公布',
      候选人提名与资格联审: '候選人提名與資格聯審',
      党组织选举: '黨組織選舉',
      '村(居)民委员会选举': '村(居)民委員會選舉',
      另行选举: '另行選舉',
      重新选举: '重新選舉',
      村务监督委员会与村民代表推选: '村務監督委員會與村民代表推選',
      工作移交: '工作移交',
    },
    late: '進度落後',
    lateShort: '落後',
    blocked: '暫不具備選舉條件',
    blockedShort: '受阻',
    changed: '當日有變化',
    changedShort: '新',
    withCount: (label, n) => `${label}（${n}）`,
    filterTownship: '鄉鎮（街道）',
    allTownships: '全部鄉鎮（街道）',
    filterStage: '所處階段',
    allStages: '全部階段',
    onlyLate: '只看進度落後',
    onlyBlocked: '只看暫不具備選舉條件',
    onlyChanged: '只看當日有變化',
    day: '選情日期',
    previousDay: '前一天',
    nextDay: '後一天',
    view: '顯示方式',
    board: '看板',
    table: '表格',
    print: '列印',
    noTownship: '未填鄉鎮',
    empty: '沒有村（社區）的選情資料。',
    noneMatch: '沒有符合篩選條件的村（社區）。',
    hint: '用方向鍵在各村之間移動，按 Enter 或空白鍵查看選情。',
    tableCaption: '各村（社區）選情',
    village: '村（社區）',
    township: '鄉鎮（街道）',
    stage: '所處階段',
    since: '進入時間',
    electionDate: '選舉日',
    election: '村（居）民委員會選舉',
    lateItems: '落後事項',
    blockers: '阻礙選舉的問題',
    change: '當日變化',
    lateItem: (stage, due) => `${stage}（應於 ${due} 前完成）`,
    moved: (before, after) => `${before} → ${after}`,
    heldToday: (first) => (first ? '舉行選舉，一次選舉成功' : '舉行選舉，未一次選舉成功'),
    newlyLate: (stages) => `新落後：${stages}`,
    newlyBlocked: '轉為暫不具備選舉條件',
    unblocked: '恢復具備選舉條件',
    electionState: (held, first) =>
      !held
        ? '未舉行'
        : first === true
          ? '已舉行，一次選舉成功'
          : first === false
            ? '已舉行，未一次選舉成功'
            : '已舉行',
    detailTitle: (village) => `${village}：選情`,
    close: '關閉詳情',
    openIncidents: '未處置完畢的突發事件',
    lastChange: '最近一筆紀錄',
    kinds: {
      stage: '進入階段',
      schedule: '確定選舉日',
      tally: '計票結果',
      voterList: '公告選民名冊',
      voterObjection: '選民名冊申訴處理',
      incident: '報告突發事件',
      incidentClosed: '突發事件處置完畢',
      audit: '離任審計報告',
      auditFinding: '審計發現問題',
      auditFindingClosed: '審計問題整改銷號',
      auditPosted: '審計結果公示',
      signoff: '審核簽字',
      submission: '報審',
      nomination: '人選產生',
      taskDone: '完成任務',
      note: '記事',
      retraction: '撤銷紀錄',
    },
    none: '無',
    colon: '：',
    factSeparator: ' · ',
    listSeparator: '；',
    noFigure: '—',
    map: '選情分布圖',
    noData: '無選情資料',
  },
  en: {
    title: 'Re-election map',
    summary: (date, f, rate, changed) =>
      `As of ${date}, ${f.villages} villages and communities: ${f.complete} completed, ${f.held} held their ` +
      `committee election, first-vote success ${rate}; ${f.late} behind schedule, ${f.blocked} not ready for their ` +
      `election${changed === null ? '' : `, ${changed} changed during the day`}.`,
    groupCounts: (f) => `held ${f.held}/${f.villages} · late ${f.late} · blocked ${f.blocked}`,
    shown: (n) => `${n} shown`,
    legend: 'Legend and count per stage',
    notStarted: 'Not started',
    notStartedShort: 'not yet',
    stageShort: {
      preparation: 'prep.',
      'departure-audit': 'audit',
      'voter-registration': 'voters',
      nomination: 'nominat.',
      'party-election': 'party',
      'committee-election': 'election',
      'additional-election': 'addit.',
      'repeat-election': 'repeat',
      'supervision-and-representatives': 'supervis.',
      handover: 'handover',
      complete: 'done',
    },
    stageTitles: {},
    late: 'Behind schedule',
    lateShort: 'late',
    blocked: 'Not ready for the election',
    blockedShort: 'blocked',
    changed: 'Changed during the day',
    changedShort: 'new',
    withCount: (label, n) => `${label} (${n})`,
    filterTownship: 'Township',
    allTownships: 'All townships',
    filterStage: 'Stage',
    allStages: 'All stages',
    onlyLate: 'Only behind schedule',
    onlyBlocked: 'Only not ready',
    onlyChanged: 'Only changed during the day',
    day: 'Day',
    previousDay: 'Previous day',
    nextDay: 'Next day',
    view: 'Show as',
    board: 'Board',
    table: 'Table',
    print: 'Print',
    noTownship: 'No township given',
    empty: 'No village or community has campaign data.',
    noneMatch: 'No village matches the filter.',
    hint: 'Arrow keys move between villages; Enter or Space shows where a village stands.',
    tableCaption: 'Where each village stands',
    village: 'Village or community',
    township: 'Township',
    stage: 'Stage',
    since: 'Since',
    electionDate: 'Election day',
    election: "Villagers' (residents') committee election",
    lateItems: 'Behind schedule with',
    blockers: 'What blocks the election',
    change: 'Changed during the day',
    lateItem: (stage, due) => `${stage} (due ${due})`,
    moved: (before, after) => `${before} → ${after}`,
    heldToday: (first) =>
      first ? 'election held, succeeded at the first vote' : 'election held, not at the first vote',
    newlyLate: (stages) => `now behind schedule: ${stages}`,
    newlyBlocked: 'now not ready for the election',
    unblocked: 'ready for the election again',
    electionState: (held, first) =>
      !held
        ? 'Not held'
        : first === true
          ? 'Held, succeeded at the first vote'
          : first === false
            ? 'Held, not at the first vote'
            : 'Held',
    detailTitle: (village) => `${village}: where it stands`,
    close: 'Close the details',
    openIncidents: 'Incidents not yet closed',
    lastChange: 'Last record',
    kinds: {
      stage: 'stage reached',
      schedule: 'election day set',
      tally: 'tally recorded',
      voterList: 'voter list posted',
      voterObjection: 'voter list objection decided',
      incident: 'incident reported',
      incidentClosed: 'incident closed',
      audit: 'departure audit report',
      auditFinding: 'audit finding',
      auditFindingClosed: 'audit finding put right',
      auditPosted: 'audit results posted',
      signoff: 'sign-off',
      submission: 'submitted for sign-off',
      nomination: 'nomination step',
      taskDone: 'task done',
      note: 'note',
      retraction: 'record withdrawn',
    },
    none: 'None',
    colon: ': ',
    factSeparator: ' · ',
    listSeparator: '; ',
    noFigure: '—',
    map: 'Campaign map',
    noData: 'no campaign data',
  },
};
