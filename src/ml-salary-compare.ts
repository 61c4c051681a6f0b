import { MlSalaryCompare } from './elements/salary-compare/salary-compare.js';
import { define } from './shared/define.js';

define('ml-salary-compare', MlSalaryCompare);

// Its events' detail types; re-exporting them also brings their GlobalEventHandlersEventMap
// entries to a project that imports only this entry.
export type { JobSelectDetail } from './shared/events.js';
// The types of its `sort`, `view` and `theme` properties, as the README's API table names them.
export type { SortOrder, View } from './elements/salary-compare/salary-compare.model.js';
export type { Theme } from './shared/ml-element.js';
export { MlSalaryCompare };

declare global {
  interface HTMLElementTagNameMap {
    'ml-salary-compare': MlSalaryCompare;
  }
}
