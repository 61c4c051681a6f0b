// What MooTools' browser build with its 1.3 compatibility layer (Joomla 3's mootools-core.js)
// adds to the core the page loads: the global Event becomes MooTools' DOMEvent, a wrapper whose
// constructor takes a native event and reads its type (written here, not copied).
window.DOMEvent = function DOMEvent(event, win) {
  event = event || (win || window).event;
  if (event.$extended) return event;
  this.event = event;
  this.$extended = true;
  const type = (this.type = event.type);
  this.key = type.indexOf('key') === 0 ? event.key : undefined;
};
window.Event = window.DOMEvent;
