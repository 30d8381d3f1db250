// Flashcard study: reveal without a page load, keyboard shortcuts (Space reveals, 1-4 rate).
// Without JavaScript the "Show definition" link reloads the page with ?reveal=1.
"use strict";
(function () {
  const card = document.querySelector("[data-flashcard]");
  if (!card) return;
  const answer = card.querySelector("#card-answer");
  const reveal = card.querySelector("[data-reveal]");
  const rate = card.querySelector("[data-rate]");

  function isRevealed() { return !answer.hidden; }

  function show() {
    answer.hidden = false;
    rate.hidden = false;
    if (reveal) { reveal.hidden = true; reveal.setAttribute("aria-expanded", "true"); }
    const first = rate.querySelector("button");
    if (first) first.focus();
  }

  if (reveal) {
    reveal.addEventListener("click", function (event) { event.preventDefault(); show(); });
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    if ((event.key === " " || event.key === "Enter") && !isRevealed()) {
      event.preventDefault();
      show();
    } else if (/^[1-4]$/.test(event.key) && isRevealed()) {
      const button = rate.querySelector('button[data-key="' + event.key + '"]');
      if (button) { event.preventDefault(); button.click(); }
    }
  });
})();
