// Quiz page behaviour: autosave, a copy of the answers kept in this browser, the
// countdown, and the warning about unanswered questions before submitting. The
// page works without it: the server saves on every button and asks for
// confirmation itself.
"use strict";

(function () {
  const form = document.getElementById("quiz-form");
  if (!form) {
    return;
  }
  const status = document.getElementById("save-status");
  const warning = document.getElementById("unanswered-warning");
  const submitAnyway = document.getElementById("submit-anyway");

  // --- A copy in this browser ---------------------------------------------
  // If the page can no longer save (the learner logged out, or in again, from
  // another tab, so this page's security token is stale), nothing typed is lost:
  // the answers are kept here and put back when the page is reloaded.
  const storeKey = "lessonforge:answers:" + form.dataset.saveUrl;

  function answersOnPage() {
    const kept = {};
    new FormData(form).forEach(function (value, name) {
      if (name !== "csrfmiddlewaretoken" && name !== "confirm") {
        (kept[name] = kept[name] || []).push(String(value));
      }
    });
    return kept;
  }

  function keep() {
    try {
      window.localStorage.setItem(storeKey, JSON.stringify(answersOnPage()));
    } catch (error) {
      // Storage full or disabled: the server copy is all there is.
    }
  }

  function forget() {
    try {
      window.localStorage.removeItem(storeKey);
    } catch (error) {
      // Nothing kept.
    }
  }

  function restore() {
    let kept = null;
    try {
      kept = JSON.parse(window.localStorage.getItem(storeKey) || "null");
    } catch (error) {
      kept = null;
    }
    if (!kept) {
      return false;
    }
    const onPage = answersOnPage();
    let restored = false;
    Object.keys(kept).forEach(function (name) {
      if (onPage[name] && onPage[name].some(function (value) { return value !== ""; })) {
        return; // the server's copy wins where it has one
      }
      form.querySelectorAll('[name="' + CSS.escape(name) + '"]').forEach(function (field) {
        if (field.type === "checkbox" || field.type === "radio") {
          field.checked = kept[name].indexOf(field.value) !== -1;
        } else {
          field.value = kept[name][0] || "";
        }
        restored = true;
      });
    });
    return restored;
  }

  // --- Autosave ---------------------------------------------------------
  let timer = null;
  let inFlight = Promise.resolve();
  const STALE = "This page can no longer save: you logged out, or logged in again, in another tab. " +
    "Your answers are kept in this browser: reload the page (log in first if asked) and they will be put back.";

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function save() {
    const body = new FormData(form);
    body.delete("confirm");
    inFlight = fetch(form.dataset.saveUrl, {
      method: "POST",
      body: body,
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        const json = (response.headers.get("Content-Type") || "").indexOf("application/json") !== -1;
        if (response.status === 403 || response.redirected || !json) {
          // A refused token, or a redirect to the log-in page: not a network problem.
          say(STALE);
          return;
        }
        return response.json().then(function (data) {
          if (data.redirect) {
            // Submitted elsewhere, or the time is up: the results are ready.
            forget();
            window.location.assign(data.redirect);
          } else if (data.saved) {
            forget();
            say("Answers saved.");
          } else {
            say("Some answers could not be saved.");
          }
        });
      })
      .catch(function () {
        say("Not saved: check your connection. Your answers are kept in this browser and will be sent when you submit.");
      });
    return inFlight;
  }

  function scheduleSave(delay) {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, delay);
  }

  form.addEventListener("change", function () {
    keep();
    scheduleSave(150);
  });
  form.addEventListener("input", function (event) {
    if (event.target.type === "text") {
      keep();
      scheduleSave(800);
    }
  });
  if (restore()) {
    say("Answers kept in this browser were put back; saving them now.");
    scheduleSave(0);
  }

  // --- Unanswered questions ---------------------------------------------
  function isAnswered(fieldset) {
    const type = fieldset.dataset.type;
    if (type === "fill_blank") {
      return fieldset.querySelector("input[type=text]").value.trim() !== "";
    }
    if (type === "matching") {
      return Array.from(fieldset.querySelectorAll("select")).every(function (select) {
        return select.value !== "";
      });
    }
    return fieldset.querySelector("input:checked") !== null;
  }

  function unansweredOnPage() {
    return Array.from(form.querySelectorAll("[data-question]")).filter(function (fieldset) {
      return !isAnswered(fieldset);
    });
  }

  function showWarning(fieldsets) {
    const list = warning.querySelector("[data-unanswered-list]");
    list.replaceChildren();
    fieldsets.forEach(function (fieldset, index) {
      const number = fieldset.id.replace("question-", "");
      const link = document.createElement("a");
      link.href = "#" + fieldset.id;
      link.textContent = number;
      if (index > 0) {
        list.append(", ");
      }
      list.append(link);
    });
    warning.querySelector("[data-unanswered-plural]").textContent = fieldsets.length === 1 ? "" : "s";
    warning.hidden = false;
    warning.focus();
  }

  form.addEventListener("submit", function (event) {
    window.clearTimeout(timer);
    const submitter = event.submitter;
    if (!submitter || !submitter.hasAttribute("data-submit-quiz")) {
      return;
    }
    const missing = unansweredOnPage();
    if (missing.length > 0) {
      event.preventDefault();
      showWarning(missing);
    }
  });

  // --- Countdown --------------------------------------------------------
  const clock = document.getElementById("quiz-timer");
  if (clock) {
    const deadline = Date.parse(clock.dataset.deadline);
    const display = clock.querySelector("[data-countdown]");
    const announce = document.getElementById("quiz-timer-announce");
    const warnings = { 300: "Five minutes left.", 60: "One minute left." };
    let submitted = false;

    const tick = function () {
      const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      display.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
      if (warnings[left] && announce) {
        announce.textContent = warnings[left];
      }
      if (left === 0 && !submitted) {
        // Send what is on the page now; the server grades it if it arrives in time.
        submitted = true;
        inFlight.finally(function () {
          form.requestSubmit(submitAnyway);
        });
      }
    };
    tick();
    window.setInterval(tick, 1000);
  }
})();
