/**
 * The words of a departure audit (离任经济责任审计): the matters it covers (村民委员会组织法 Art. 35, and for a
 * community its office and special funds), the grades of a finding, the kinds of responsibility and the departments of
 * an audit group. Plain lists, no schema, so that a policy, an event schema or an element can name them.
 */

/**
 * The six matters an audit of a villagers' committee covers, in the words of 中华人民共和国村民委员会组织法 (2018年修正)
 * 第三十五条 (一)–(六), then the matters a community's audit adds (seed 004: "社区办公经费、服务群众专项经费及上级划拨的
 * 各类专项资金"). 审计事项。
 */
export const AUDIT_SCOPES = [
  '本村财务收支情况',
  '本村债权债务情况',
  '政府拨付和接受社会捐赠的资金、物资管理使用情况',
  '本村生产经营和建设项目的发包管理以及公益事业建设项目招标投标情况',
  '本村资金管理使用以及本村集体资产、资源的承包、租赁、担保、出让情况，征地补偿费的使用、分配情况',
  '本村五分之一以上的村民要求审计的其他事项',
  '社区办公经费',
  '服务群众专项经费',
  '上级划拨的各类专项资金',
] as const;
export type AuditScope = (typeof AUDIT_SCOPES)[number];

/** The matters in English, for elements and reports. */
export const AUDIT_SCOPES_EN: Readonly<Record<AuditScope, string>> = {
  本村财务收支情况: "The village's income and expenditure",
  本村债权债务情况: "The village's claims and debts",
  '政府拨付和接受社会捐赠的资金、物资管理使用情况': 'Funds and goods from the government and from donations',
  本村生产经营和建设项目的发包管理以及公益事业建设项目招标投标情况:
    'Contracting of production and building projects, and tendering of public-welfare projects',
  '本村资金管理使用以及本村集体资产、资源的承包、租赁、担保、出让情况，征地补偿费的使用、分配情况':
    'Collective funds, assets and resources (contracts, leases, guarantees, transfers) and land compensation',
  本村五分之一以上的村民要求审计的其他事项: 'Other matters at least one fifth of the villagers asked to audit',
  社区办公经费: "The community's office funds",
  服务群众专项经费: 'Special funds for serving residents',
  上级划拨的各类专项资金: 'Special funds allocated from above',
};

/** The grades of an audit finding (问题定性): a policy names those whose open findings block an election. */
export const AUDIT_FINDING_SEVERITIES = ['一般', '较大', '重大'] as const;
export type AuditFindingSeverity = (typeof AUDIT_FINDING_SEVERITIES)[number];

/** Whose responsibility a finding is: the person who did it, or the one who led (责任认定). */
export const AUDIT_RESPONSIBILITIES = ['直接责任', '领导责任'] as const;
export type AuditResponsibility = (typeof AUDIT_RESPONSIBILITIES)[number];

/**
 * The departments an audit group is usually drawn from (seed 004: "由镇街牵头，组织纪委、财政、农经等部门成立专业的审计
 * 小组……充分发动村(居)务监督委员会和群众代表参与"). Suggestions for a form: a group may name others.
 */
export const AUDIT_GROUP_DEPARTMENTS = ['纪委', '财政', '农经', '村务监督委员会'] as const;
