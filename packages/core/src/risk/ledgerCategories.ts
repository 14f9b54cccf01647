/**
 * The national default of the 台账 categories: a plain list, apart from the ledger's schema, so that a policy's
 * vocabularies and the campaign journal can name it without loading the schema.
 */

/** Categories of ledger items (the default of a policy's `vocabularies.ledgerCategories`). 问题类别。 */
export const LEDGER_CATEGORIES = ['信访矛盾', '财务三资', '宗族宗教与黑恶', '班子问题', '选举纪律', '其他'] as const;
