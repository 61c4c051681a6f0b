// A host page's logging wrapper around fetch with a classic bug: it never returns the response.
const pageFetch = window.fetch;
window.fetch = (...args) =>
  pageFetch(...args).then((response) => {
    window.lastStatus = response.status;
  });
