// Pay policies for the pay tests: the example policy with its pay section changed, as a county overlay would.
import { examplePay2021, examplePay2021Spec, extendPolicy, type PaySection } from '@huanjie/core';

/** The example pay policy with its pay section replaced. */
export const withPay = (id: string, pay: PaySection) =>
  extendPolicy(examplePay2021, {
    id,
    extends: 'example-pay-2021',
    name: { zh: id, en: id },
    jurisdiction: '某县',
    pay,
  });

/** The example pay policy counting seniority over all service, breaks left out. */
export const cumulativePay = withPay('cumulative', {
  ...examplePay2021Spec.pay,
  seniority: { ...examplePay2021Spec.pay.seniority, service: 'cumulative' },
});
