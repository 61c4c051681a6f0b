// The entry of dist/ml-widgets.min.js: everything index.ts defines, nothing exported.
import './index.js';
