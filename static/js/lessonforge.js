// Lessonforge page behaviour. Loaded on every page; no inline scripts anywhere (CSP).
"use strict";

// Glossary popovers in lessons. CSS shows a popover on hover and keyboard focus;
// this adds touch (first tap opens, second tap follows the link) and Escape to
// dismiss, as WCAG 1.4.13 asks of content shown on hover or focus.
(function () {
  const terms = document.querySelectorAll(".glossary-term");
  if (!terms.length) return;

  function close(except) {
    terms.forEach(function (term) { if (term !== except) term.classList.remove("is-open"); });
  }

  terms.forEach(function (term) {
    const link = term.querySelector("a");
    if (!link) return;
    link.addEventListener("touchend", function (event) {
      if (!term.classList.contains("is-open")) {
        event.preventDefault();
        close(term);
        term.classList.add("is-open");
      }
    });
    link.addEventListener("focus", function () { term.classList.remove("is-dismissed"); });
    term.addEventListener("mouseleave", function () { term.classList.remove("is-dismissed"); });
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    terms.forEach(function (term) {
      if (term.matches(":hover") || term.contains(document.activeElement) || term.classList.contains("is-open")) {
        term.classList.add("is-dismissed");
        term.classList.remove("is-open");
      }
    });
  });

  document.addEventListener("touchstart", function (event) {
    if (!event.target.closest || !event.target.closest(".glossary-term")) close(null);
  }, { passive: true });
})();
