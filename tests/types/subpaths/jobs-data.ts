// Compiled alone: importing one element's entry must give its element type.
import 'ml-career-widgets/ml-jobs-data.js';

const provider = document.createElement('ml-jobs-data');
provider.data = null;
