// Risk models for the 无风险 tests and stories: seed 004's seven indicators, with calm villages left unlevelled.
import { defineRiskModel, seed004RiskModelSpec } from '@huanjie/core';

/**
 * Seed 004's model with 无风险 below `floor` risk points and 三级 from `floor` to 20 (seed 000 levelled 10 of the 26
 * villages it screened).
 */
export const calmSeed004Spec = (floor: number) => ({
  ...seed004RiskModelSpec,
  id: 'example-calm-unlevelled',
  bands: [
    { level: '一级', colour: 'red', atLeast: 40 },
    { level: '二级', colour: 'yellow', atLeast: 20, below: 40 },
    { level: '三级', colour: 'green', atLeast: floor, below: 20 },
  ],
  unlevelled: { below: floor },
});

/** {@link calmSeed004Spec}, defined. */
export const calmSeed004Model = (floor: number) => defineRiskModel(calmSeed004Spec(floor));
