// The public entry: load the report's data, build the report in a language, render it. The section builders stay internal.
export type { Block, BarChart, ReportDocument, Run, Section, Text } from './model.js';
export type { IndexFigures, ReportData, ReportInitiative, ReportRecommendation } from './data.js';
export { loadReportData } from './load.js';
export type { ReportDataError } from './load.js';
export { buildReport } from './build.js';
export type { ReportOptions, ReportScope } from './build.js';
export { reportToMarkdown } from './markdown.js';
export { reportToDocx } from './docx.js';
export { reportToPdf } from './pdf.js';
export { chartSvg } from './chart.js';
