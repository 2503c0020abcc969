// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Ask before deleting a post (the server still decides; this only prevents slips).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.classList && form.classList.contains("confirm-delete")) {
      if (!window.confirm("Delete this post? Replies to it will stay in place.")) {
        event.preventDefault();
      }
    }
  });

  // A draft is forgotten once the page after sending loads without an error.
  try {
    var sent = window.sessionStorage.getItem("stillpoint-sent");
    if (sent && !document.querySelector(".form-errors, .errors")) {
      window.localStorage.removeItem(sent);
      window.sessionStorage.removeItem("stillpoint-sent");
    }
  } catch (e) { /* ignore */ }

  // Keep an unsent draft in this browser, so a closed tab or a crash doesn't lose it.
  var DRAFT_PREFIX = "stillpoint-draft:";
  function draftKey(field) {
    var form = field.form;
    return DRAFT_PREFIX + (form ? form.getAttribute("action") : location.pathname) + ":" + field.name;
  }
  document.querySelectorAll("textarea[name=body]").forEach(function (field) {
    var key = draftKey(field);
    try {
      var saved = window.localStorage.getItem(key);
      if (saved && !field.value) { field.value = saved; }
      field.addEventListener("input", function () {
        window.localStorage.setItem(key, field.value);
      });
      if (field.form) {
        field.form.addEventListener("submit", function () {
          window.sessionStorage.setItem("stillpoint-sent", key);
        });
      }
    } catch (e) { /* storage may be off: drafts are a nicety */ }
  });
})();
