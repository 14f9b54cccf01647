/**
 * How `<hj-risk-board>` words a level and prints a figure, in the page's language. No DOM: tested in Node
 * (test/charts/township-groups.test.ts).
 */
import { type RiskModel, UNLEVELLED } from '@huanjie/core';
import type { Locale } from '../i18n/locale.js';
import { RISK_BOARD_MESSAGES, type RiskBoardMessages } from './risk-board.messages.js';

/**
 * A level with the colour of its band in `model` (`一级（红色）`), the level alone when no band has it, or the
 * word for villages not scored (`null`) or scored but not levelled (无风险).
 *
 * @example levelLabel(seed004RiskModel, '一级', RISK_BOARD_MESSAGES['zh-CN']) // '一级（红色）'
 */
export function levelLabel(model: RiskModel, level: string | null, t: RiskBoardMessages): string {
  if (level === null) return t.unscored;
  if (level === UNLEVELLED) return t.unlevelled;
  const band = model.bands.find((b) => b.level === level);
  return band ? t.levelLabel(t.levelName(level), t.colours[band.colour]) : t.levelName(level);
}

/** A level abbreviated, as on a tile or a swatch: 一, 二, 三, 无 (无风险), 未 (not scored). */
export function levelShort(level: string | null, t: RiskBoardMessages): string {
  if (level === null) return t.unscoredShort;
  return level === UNLEVELLED ? t.unlevelledShort : t.levelShort(level);
}

/** The colour class of a village: its band's colour, `calm` when not levelled (无风险), `none` when not scored. */
export function colourClass(colour: string | null, level: string | null): string {
  return colour ?? (level === UNLEVELLED ? 'calm' : 'none');
}

/**
 * Prints scores, points and weights in `locale` with at most two decimals; no figure (`null`) as the locale's dash.
 *
 * @example figureFormat('en')(1234.567) // '1,234.57'
 */
export function figureFormat(locale: Locale): (n: number | null) => string {
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const none = RISK_BOARD_MESSAGES[locale].noFigure;
  return (n) => (n === null ? none : nf.format(n));
}
