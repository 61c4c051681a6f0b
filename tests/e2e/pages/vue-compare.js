// The Vue 3 app's entry: mounts SalaryCompare.vue, compiled by the test as a Vite build would.
import { createApp } from 'vue';
import SalaryCompare from './SalaryCompare.vue';

createApp(SalaryCompare).mount('#root');
