// Review queue keyboard shortcuts: j/k move between questions, a/e/r act on the current one.
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-review-item]"));
  if (!items.length) { return; }
  var current = -1;

  function focusItem(index) {
    current = Math.max(0, Math.min(items.length - 1, index));
    items[current].focus();
    items[current].scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    if (target.closest("input, select, textarea, [contenteditable]")) { return; }
    if (event.key === "j") { event.preventDefault(); focusItem(current + 1); return; }
    if (event.key === "k") { event.preventDefault(); focusItem(current - 1); return; }
    var item = target.closest("[data-review-item]") || items[current];
    if (!item) { return; }
    var control = item.querySelector('[data-key="' + event.key + '"]');
    if (control) { event.preventDefault(); control.click(); }
  });
})();
