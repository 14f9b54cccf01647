/**
 * One chart of `<hj-composition-chart>` (age bands or education levels): a focusable SVG image per group with the
 * previous term's bar hatched above the current one's and the values as text. The geometry is `chart-layout.ts`'s.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { barLength, fitLabel, groupLayout, niceMax, textWidth, valueLabelPosition } from './chart-layout.js';
import type { CompositionChartMessages } from './composition-chart.messages.js';
import type { ChartGroup } from './composition-figures.js';

const WIDTH = 320;
const LABEL_ROOM = 140;
const FONT = 13;

/**
 * The chart `id` (which names its caption and hatch patterns) titled `title`, one row per group; `hasPrevious` gives
 * each group a previous term's bar.
 */
export function renderBarChart(
  id: string,
  title: string,
  groups: readonly ChartGroup[],
  t: CompositionChartMessages,
  hasPrevious: boolean,
): TemplateResult {
  const max = niceMax(groups.flatMap((g) => [g.previous?.count ?? 0, g.current.count]));
  const layout = groupLayout(hasPrevious ? 2 : 1, { width: WIDTH, labelRoom: LABEL_ROOM });
  return html`<figure part="chart" aria-labelledby=${`${id}-caption`}>
    <figcaption id=${`${id}-caption`}>${title}</figcaption>
    <ul class="rows">
      ${groups.map((g, i) => {
        const previous = g.previous ? t.value(g.previous.count, g.previous.share) : null;
        const current = t.value(g.current.count, g.current.share);
        const name = t.group(g.label, previous ?? t.noFigure, current);
        const hatch = `hatch-${id}-${i}`;
        const bars: Array<{ kind: 'previous' | 'current'; value: number; text: string }> = [
          ...(previous === null ? [] : [{ kind: 'previous' as const, value: g.previous?.count ?? 0, text: previous }]),
          { kind: 'current', value: g.current.count, text: current },
        ];
        return html`<li class="row" data-key=${g.key}>
          <span class="name" aria-hidden="true">${g.label}</span>
          <svg
            role="img"
            tabindex="0"
            part="bar"
            aria-label=${name}
            viewBox=${`0 0 ${layout.width} ${layout.height}`}
            preserveAspectRatio="xMinYMid meet"
          >
            <title>${name}</title>
            <defs>
              <pattern id=${hatch} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                <line class="hatch" x1="0" y1="0" x2="0" y2="6"></line>
              </pattern>
            </defs>
            ${bars.map((b, k) => {
              // groupLayout gives one band per series: as many as there are bars.
              const band = layout.bars[k] as (typeof layout.bars)[number];
              const length = barLength(b.value, max, layout.plotExtent);
              const label = fitLabel(b.text, LABEL_ROOM + layout.plotExtent - length - 4, FONT);
              const at = valueLabelPosition(length, textWidth(label.text, FONT), layout.width);
              return svg`<rect
                  class=${`bar ${b.kind}`}
                  data-value=${b.value}
                  x="0"
                  y=${band.start}
                  width=${length}
                  height=${band.size}
                  fill=${b.kind === 'previous' ? `url(#${hatch})` : nothing}
                ></rect>
                <text
                  class=${at.inside ? 'inside' : ''}
                  x=${at.x}
                  y=${band.start + band.size / 2}
                  dominant-baseline="central"
                  text-anchor=${at.inside ? 'end' : 'start'}
                >${label.text}</text>`;
            })}
            <line class="axis" x1="0.5" x2="0.5" y1="0" y2=${layout.height}></line>
          </svg>
        </li>`;
      })}
    </ul>
  </figure>`;
}
