import { MlSalaryCompare } from './elements/salary-compare/salary-compare.js';
import { define } from './shared/define.js';

define('ml-salary-compare', MlSalaryCompare);

export { MlSalaryCompare };

declare global {
  interface HTMLElementTagNameMap {
    'ml-salary-compare': MlSalaryCompare;
  }
}
