// @ts-nocheck -- a plain script of the test page, run by Chromium, not part of the packages.
// The script of the strict-CSP page (served from 'self', no inline script): records every CSP violation, then feeds
// every element data full of markup, as a careless or hostile roster would carry.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});

export const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload="window.__xss=2">',
  'javascript:window.__xss=3',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-looking payload, on purpose
  '${window.__xss=4}{{constructor.constructor("window.__xss=5")()}}',
];

async function feed() {
  await Promise.all(
    [
      'hj-roster-import',
      'hj-candidate-check',
      'hj-pay-calculator',
      'hj-election-tally',
      'hj-risk-board',
      'hj-composition-chart',
      'hj-review-tracker',
      'hj-progress-board',
      'hj-campaign-map',
    ].map((t) => customElements.whenDefined(t)),
  );
  const roster = document.querySelector('hj-roster-import');
  const rows = PAYLOADS.map((p, i) => `${p},11010519491231002X,女,1949/12/31,汉族,${i ? p : '高中'},群众,${p},委员`);
  await roster.loadFile(
    new Blob([['姓名,身份证号,性别,出生日期,民族,学历,政治面貌,村（社区）,职务', ...rows].join('\n')]),
    `${PAYLOADS[0]}.csv`,
  );
  document.querySelector('hj-candidate-check').candidate = {
    name: PAYLOADS[0],
    residentId: '11010519491231002X',
    ethnicity: PAYLOADS[1],
  };
  document.querySelector('hj-election-tally').setInput({
    seats: 2,
    registeredVoters: 300,
    ballots: { issued: 250, returned: 240, valid: 238, invalid: 2 },
    candidates: PAYLOADS.map((name, i) => ({ name, votes: 100 - i, sex: 'female' })),
  });
  // The boards, fed the same markup as village, township and candidate names.
  document.querySelector('hj-risk-board').villages = PAYLOADS.map((p, i) => ({
    village: p,
    township: PAYLOADS[(i + 1) % PAYLOADS.length],
    values: { financialAudit: 50 + i * 10 },
  }));
  document.querySelector('hj-campaign-map').villages = PAYLOADS.map((p, i) => ({
    code: `52990110120${i}`,
    name: p,
    township: PAYLOADS[(i + 1) % PAYLOADS.length],
  }));
  document.querySelector('hj-review-tracker').reviews = PAYLOADS.map((p) => ({
    candidate: p,
    residentId: '11010519491231002X',
    submittedAt: '2021-09-01T09:30:00+08:00',
    tier: 'urgent',
    answers: [],
  }));
  window.__ready = true;
}
feed().catch((e) => {
  window.__failed = String(e?.stack ?? e);
});
