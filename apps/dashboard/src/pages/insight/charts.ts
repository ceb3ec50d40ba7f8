// The parts of ECharts the insight page uses, registered once: a smaller bundle than all of it.
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([CanvasRenderer, LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent]);

/** Colours that stay apart for the common kinds of colour blindness (Okabe–Ito). */
export const ACCENT = '#3b3486';

export const SERIES_COLOURS = [
  '#3b3486',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#0072b2',
  '#d55e00',
  '#56b4e9',
  '#999999',
];
