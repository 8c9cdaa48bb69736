// The ECharts parts LiveDesk draws with, and nothing else: the full build is
// 368 KB gzip, this one about half. Bundled by build.mjs into an IIFE that sets
// `window.echarts`, the global charming's WasmRenderer calls.
import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, FunnelChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, CanvasRenderer]);
window.echarts = echarts;
