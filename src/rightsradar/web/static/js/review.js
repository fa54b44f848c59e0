// Review queue keyboard shortcuts. Every action is an ordinary link or form on the page,
// so the queue works without JavaScript; the keys only click them.
(function () {
  "use strict";
  function byId(id) { return document.getElementById(id); }

  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA" || (target && target.isContentEditable);
  }

  function follow(id) { var a = byId(id); if (a) { window.location.href = a.href; } }
  function submit(id) { var f = byId(id); if (f) { f.requestSubmit ? f.requestSubmit() : f.submit(); } }

  function currentCheckbox() {
    var li = document.querySelector(".queue li.current input[type=checkbox]");
    return li || null;
  }

  function anySelected() {
    return document.querySelectorAll(".queue input[name=incident_ids]:checked").length > 0;
  }

  function bulk(action) {
    if (!anySelected()) { var box = currentCheckbox(); if (box) { box.checked = true; } }
    var button = byId(action === "accept" ? "bulk-accept" : "bulk-reject");
    if (button) { button.click(); }
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || typing(ev.target)) { return; }
    var handled = true;
    switch (ev.key) {
      case "j": follow("next-item"); break;
      case "k": follow("prev-item"); break;
      case "a": submit("accept-form"); break;
      case "r": submit("reject-form"); break;
      case "A": bulk("accept"); break;
      case "R": bulk("reject"); break;
      case "x":
        var box = currentCheckbox();
        if (box) { box.checked = !box.checked; }
        break;
      case "e":
        var edit = byId("edit");
        if (edit) {
          edit.open = true;
          var first = edit.querySelector("input:not([type=hidden]), select");
          if (first) { first.focus(); }
        }
        break;
      case "m":
        var merge = byId("merge-source");
        if (merge) { merge.focus(); }
        break;
      case "s":
        var split = document.querySelector("#split-form input[type=checkbox]");
        if (split) { split.focus(); }
        break;
      default: handled = false;
    }
    if (handled) { ev.preventDefault(); }
  });
})();
