// Pay policies for the pay tests: the example policy with its pay section changed, as a county overlay would.
import { examplePay2021, examplePay2021Spec, extendPolicy, type OverlaySpec } from '@huanjie/core';

/** The example pay policy with its pay section replaced, and parameters of its own (amounts in fen). */
export const withPay = (
  id: string,
  pay: NonNullable<OverlaySpec['pay']>,
  fen: Record<string, Record<string, number>> = {},
) =>
  extendPolicy(examplePay2021, {
    id,
    extends: 'example-pay-2021',
    name: { zh: id, en: id },
    jurisdiction: '某县',
    parameters: Object.fromEntries(
      Object.entries(fen).map(([name, values]) => [
        name,
        { title: { zh: name, en: name }, unit: 'fen', reference: 'pay-example', values },
      ]),
    ),
    pay,
  });

/** The example pay policy counting seniority over all service, breaks left out. */
export const cumulativePay = withPay('cumulative', {
  ...examplePay2021Spec.pay,
  seniority: { ...examplePay2021Spec.pay.seniority, service: 'cumulative' },
});
