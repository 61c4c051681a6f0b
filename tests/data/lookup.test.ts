import { expect } from '@open-wc/testing';
import { findJob, jobIdsOf, labelOf } from '../../src/data/lookup.js';

// A page's own dataset: ids and tags the bundled data does not have.
const data = {
  skillTags: [{ id: 'py', label: 'Python' }],
  jobs: [
    { id: 'data-engineer', title: 'Data Engineer' },
    { id: 'ml-ops', title: 'MLOps Engineer' },
  ],
};

describe('data lookups', () => {
  it('lists the job ids in dataset order', () => {
    expect(jobIdsOf(data)).to.deep.equal(['data-engineer', 'ml-ops']);
  });

  it('finds a job by its exact id, and nothing for another', () => {
    expect(findJob(data, 'ml-ops')?.title).to.equal('MLOps Engineer');
    expect(findJob(data, 'ML-Ops')).to.equal(undefined);
    expect(findJob(data, 'nlp-engineer')).to.equal(undefined);
  });

  it("labels a skill tag from the data's vocabulary, or shows the tag itself", () => {
    expect(labelOf(data, 'py')).to.equal('Python');
    expect(labelOf(data, 'rust')).to.equal('rust');
  });
});
