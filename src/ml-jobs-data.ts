import { MlJobsData } from './elements/jobs-data/jobs-data.js';
import { define } from './shared/define.js';

define('ml-jobs-data', MlJobsData);

export { MlJobsData };

declare global {
  interface HTMLElementTagNameMap {
    'ml-jobs-data': MlJobsData;
  }
}
