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

  // ---- Drafts -----------------------------------------------------------------------------
  // A writing form with data-draft-place keeps two copies of the member's words: one on the
  // server (saved a few seconds after they stop typing, and at least every 10 seconds while they
  // type) and one in this browser (every keystroke), for when the server can't be reached. When
  // the page opens the newer copy wins, and a newer copy is never replaced by an older or empty one.
  var DRAFT_PREFIX = "stillpoint-draft:";
  var SENT_KEY = "stillpoint-sent";
  var QUIET_MS = 2500;
  var MAX_WAIT_MS = 10000;
  var RETRY_MS = 30000;
  var NOT_WORDS = { csrf_token: 1, save_draft: 1, draft_revision: 1, confirm_personal_info: 1 };

  var store = null;
  try {
    store = window.localStorage;
    store.getItem(DRAFT_PREFIX);
  } catch (e) { store = null; /* storage may be off: the server copy still works */ }

  function readCopy(key) {
    if (!store) { return null; }
    try {
      var copy = JSON.parse(store.getItem(key));
      return copy && typeof copy === "object" && copy.fields ? copy : null;
    } catch (e) { return null; }
  }
  function writeCopy(key, copy) {
    if (store) { try { store.setItem(key, JSON.stringify(copy)); } catch (e) { /* full or off */ } }
  }
  function forgetCopy(key) {
    if (store) { try { store.removeItem(key); } catch (e) { /* ignore */ } }
  }
  function clock(date) {
    return date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  // Dates the server wrote in UTC, shown in the reader's own time.
  document.querySelectorAll("time.local-time[datetime]").forEach(function (el) {
    var when = new Date(el.getAttribute("datetime"));
    if (!isNaN(when)) {
      el.textContent = when.toLocaleString([], { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
    }
  });

  // The page after sending: forget the browser copy once the post was accepted, which is when
  // the browser was sent somewhere else (a refused post comes back to the form's own address).
  try {
    var sentRaw = window.sessionStorage.getItem(SENT_KEY);
    window.sessionStorage.removeItem(SENT_KEY);
    var sent = null;
    try { sent = JSON.parse(sentRaw); } catch (e) { sent = { key: sentRaw, path: null }; }
    if (sent && sent.key && sent.path !== location.pathname && !document.querySelector(".form-errors, .errors")) {
      forgetCopy(sent.key);
    }
  } catch (e) { /* ignore */ }

  function collect(form) {
    var fields = {};
    new FormData(form).forEach(function (value, name) {
      if (NOT_WORDS[name] || typeof value !== "string") { return; }
      (fields[name] = fields[name] || []).push(value);
    });
    return fields;
  }

  function fill(form, fields) {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || NOT_WORDS[el.name] || el.type === "hidden" || el.type === "submit" || el.type === "button") {
        return;
      }
      var values = fields[el.name] || [];
      if (el.type === "checkbox" || el.type === "radio") {
        el.checked = values.indexOf(el.value) !== -1;
      } else if (el.tagName === "SELECT" && el.multiple) {
        Array.prototype.forEach.call(el.options, function (option) {
          option.selected = values.indexOf(option.value) !== -1;
        });
      } else {
        el.value = values.length ? values[0] : "";
      }
    });
  }

  function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

  function setUpDraft(form) {
    var place = form.getAttribute("data-draft-place");
    var url = form.getAttribute("data-draft-url");
    var key = DRAFT_PREFIX + (form.getAttribute("data-draft-owner") || "") + ":" + place;
    var revision = parseInt(form.getAttribute("data-draft-revision"), 10) || 0;
    var serverAt = Date.parse(form.getAttribute("data-draft-saved-at") || "") || 0;
    var status = form.querySelector(".draft-status");
    var textNames = {};
    Array.prototype.forEach.call(form.querySelectorAll("textarea[name], input[name]"), function (el) {
      if (el.tagName === "TEXTAREA" || /^(text|number|search)$/.test(el.type)) { textNames[el.name] = true; }
    });
    var timer = null;
    var firstUnsaved = 0;
    var dirty = false;
    var inFlight = false;
    var blocked = false; // a newer draft is waiting for the member's choice
    var sending = false;
    var retriedToken = false;

    function say(text) { if (status) { status.textContent = text; } }

    function hasWords(fields) {
      return Object.keys(fields).some(function (name) {
        return textNames[name] && fields[name].some(function (value) { return value.trim() !== ""; });
      });
    }

    function setRevision(value) {
      revision = value;
      form.setAttribute("data-draft-revision", String(value));
      var inputs = form.querySelectorAll("input[name=draft_revision]");
      var discards = document.querySelectorAll("form[data-draft-discard] input[name=draft_revision]");
      Array.prototype.forEach.call(inputs, function (input) { input.value = String(value); });
      Array.prototype.forEach.call(discards, function (input) {
        if (input.form.getAttribute("data-draft-discard") === place) { input.value = String(value); }
      });
    }

    function keepInBrowser(fields, synced) {
      writeCopy(key, { at: Date.now(), fields: fields, base: revision, synced: synced });
    }

    function schedule(wait) {
      window.clearTimeout(timer);
      timer = window.setTimeout(save, wait);
    }

    function changed() {
      if (sending) { return; }
      keepInBrowser(collect(form), false);
      dirty = true;
      if (!firstUnsaved) { firstUnsaved = Date.now(); }
      schedule(Math.max(0, Math.min(QUIET_MS, firstUnsaved + MAX_WAIT_MS - Date.now())));
    }

    function unreachable() {
      say("Couldn't reach the server — kept in this browser");
      dirty = true;
      schedule(RETRY_MS);
    }

    function showNewer(draft) {
      blocked = true;
      var panel = document.createElement("div");
      panel.className = "draft-conflict";
      panel.setAttribute("role", "alert");
      var heading = document.createElement("h2");
      heading.textContent = "A newer draft was saved in another window or on another device";
      var text = document.createElement("p");
      text.textContent = "It was saved at " + clock(new Date(draft.saved_at)) +
        ". Your text in the form below has not been saved over it. The newer draft says:";
      panel.appendChild(heading);
      panel.appendChild(text);
      ["title", "body", "reason"].forEach(function (name) {
        if (draft.fields[name] && draft.fields[name].join("").trim()) {
          var words = document.createElement("div");
          words.className = "draft-text";
          words.textContent = draft.fields[name].join("\n");
          panel.appendChild(words);
        }
      });
      var actions = document.createElement("p");
      actions.className = "actions";
      var useNewer = document.createElement("button");
      useNewer.type = "button";
      useNewer.className = "button secondary";
      useNewer.textContent = "Use the newer draft";
      var keepMine = document.createElement("button");
      keepMine.type = "button";
      keepMine.className = "button";
      keepMine.textContent = "Keep my text";
      actions.appendChild(useNewer);
      actions.appendChild(keepMine);
      panel.appendChild(actions);
      form.parentNode.insertBefore(panel, form);
      function resolve() {
        panel.parentNode.removeChild(panel);
        blocked = false;
        setRevision(draft.revision);
      }
      useNewer.addEventListener("click", function () {
        resolve();
        fill(form, draft.fields);
        keepInBrowser(collect(form), true);
        dirty = false;
        say("Now showing the newer draft");
        focusForm();
      });
      keepMine.addEventListener("click", function () {
        resolve();
        dirty = true;
        save();
        focusForm();
      });
    }

    function focusForm() {
      var field = form.querySelector("textarea, input[type=text]");
      if (field) { field.focus(); }
    }

    function handle(status, body, fields) {
      if (status === 200 && body && body.saved) {
        retriedToken = false;
        setRevision(body.revision);
        var copy = readCopy(key);
        keepInBrowser(copy && !same(copy.fields, fields) ? copy.fields : fields, !copy || same(copy.fields, fields));
        say("Draft saved " + clock(new Date()));
      } else if (status === 200 && body) {
        say(""); // nothing typed yet: nothing to keep
      } else if (status === 409 && body && body.reason === "newer" && body.draft) {
        say("Not saved: there is a newer draft");
        showNewer(body.draft);
      } else if (status === 409 && body && body.reason === "empty") {
        say("Not saved: an empty form doesn't replace your saved draft (use Discard draft to remove it)");
      } else if (status === 400 && body && body.csrf_token && !retriedToken) {
        // The page was open for hours and its token lapsed: carry on with the fresh one.
        retriedToken = true;
        Array.prototype.forEach.call(document.querySelectorAll("input[name=csrf_token]"), function (input) {
          input.value = body.csrf_token;
        });
        dirty = true;
        schedule(0);
      } else if (status === 401) {
        say("You've been signed out, so your words are kept in this browser. Sign in again in another tab to keep saving.");
        dirty = true;
      } else if (status === 400 && body && body.message && body.reason === "invalid") {
        say(body.message);
      } else {
        unreachable();
      }
    }

    function save() {
      window.clearTimeout(timer);
      timer = null;
      if (blocked || sending) { return; }
      if (inFlight) { dirty = true; return; }
      var fields = collect(form);
      var token = form.querySelector("input[name=csrf_token]");
      dirty = false;
      firstUnsaved = 0;
      inFlight = true;
      say("Saving…");
      window.fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": token ? token.value : "" },
        body: JSON.stringify({ revision: revision, fields: fields })
      }).then(function (response) {
        return response.json().then(function (body) {
          return { status: response.status, body: body };
        }, function () { return { status: response.status, body: null }; });
      }).then(function (result) {
        inFlight = false;
        handle(result.status, result.body, fields);
      }, function () {
        inFlight = false;
        unreachable();
      }).then(function () {
        if (dirty && !timer && !blocked) { schedule(QUIET_MS); }
      });
    }

    // On opening: the browser's copy wins only when it has words the server's copy lacks, and
    // is newer. A copy the server already had, and has since let go (sent or discarded), is done.
    var copy = readCopy(key);
    if (copy && copy.synced && revision === 0 && form.getAttribute("data-draft-posted") !== "true") {
      forgetCopy(key);
      copy = null;
    }
    if (copy && form.getAttribute("data-draft-posted") !== "true" && hasWords(copy.fields) &&
        !same(copy.fields, collect(form))) {
      var newer = copy.base === revision ? !copy.synced : copy.at > serverAt;
      if (newer) {
        fill(form, copy.fields);
        say("Restored your unsent text from this browser (" + clock(new Date(copy.at)) + ")");
        dirty = true;
        firstUnsaved = Date.now();
        schedule(QUIET_MS);
      }
    }

    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    form.addEventListener("submit", function (event) {
      if (event.submitter && event.submitter.name === "save_draft") { return; } // the server keeps it
      sending = true;
      window.clearTimeout(timer);
      try {
        var path = new URL(form.getAttribute("action") || location.href, location.href).pathname;
        window.sessionStorage.setItem(SENT_KEY, JSON.stringify({ key: key, path: path }));
      } catch (e) { /* ignore */ }
    });
    // Leaving with unsaved words: one last save that outlives the page.
    window.addEventListener("pagehide", function () {
      if (!dirty || sending || blocked || !window.fetch) { return; }
      var token = form.querySelector("input[name=csrf_token]");
      try {
        window.fetch(url, {
          method: "POST",
          credentials: "same-origin",
          keepalive: true,
          headers: { "Content-Type": "application/json", "X-CSRFToken": token ? token.value : "" },
          body: JSON.stringify({ revision: revision, fields: collect(form) })
        });
      } catch (e) { /* the browser copy still has it */ }
    });
  }

  if (window.fetch && window.FormData) {
    document.querySelectorAll("form[data-draft-place]").forEach(setUpDraft);
  }
  // Discarding a draft discards this browser's copy too.
  document.querySelectorAll("form[data-draft-discard]").forEach(function (form) {
    form.addEventListener("submit", function () {
      forgetCopy(DRAFT_PREFIX + (form.getAttribute("data-draft-owner") || "") + ":" + form.getAttribute("data-draft-discard"));
    });
  });

  // Other forms with a body (no server drafts there): a copy in this browser only.
  document.querySelectorAll("textarea[name=body]").forEach(function (field) {
    if (!field.form || field.form.hasAttribute("data-draft-place")) { return; }
    var key = DRAFT_PREFIX + field.form.getAttribute("action") + ":" + field.name;
    try {
      var saved = window.localStorage.getItem(key);
      if (saved && !field.value) { field.value = saved; }
      field.addEventListener("input", function () {
        window.localStorage.setItem(key, field.value);
      });
      field.form.addEventListener("submit", function () {
        var path = new URL(field.form.getAttribute("action") || location.href, location.href).pathname;
        window.sessionStorage.setItem(SENT_KEY, JSON.stringify({ key: key, path: path }));
      });
    } catch (e) { /* storage may be off: drafts are a nicety */ }
  });
})();
