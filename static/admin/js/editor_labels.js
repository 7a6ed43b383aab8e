// The rich-text editor (django-prose-editor) writes its toolbar and menu labels in
// English, without gettext: here each label goes through the admin's JavaScript
// catalogue (locale-admin/*/djangojs.po), for editors on the page now and made later.
(function () {
  "use strict";
  if (typeof window.gettext !== "function") return;
  const translate = window.gettext;
  const ATTRIBUTES = ["title", "aria-label"];

  function translateIn(root) {
    root.querySelectorAll(".prose-menubar *").forEach(function (element) {
      ATTRIBUTES.forEach(function (name) {
        const value = element.getAttribute(name);
        if (value) {
          const translated = translate(value);
          if (translated !== value) element.setAttribute(name, translated);
        }
      });
      // An icon button's text is the icon font's name for its picture ("undo"), not words:
      // translated, the picture is gone. Its title and aria-label carry the words.
      if (element.classList.contains("material-icons")) return;
      if (element.children.length === 0 && element.textContent.trim()) {
        const text = element.textContent.trim();
        const translated = translate(text);
        if (translated !== text) element.textContent = translated;
      }
    });
  }

  function start() {
    translateIn(document);
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(function (node) {
          if (node.nodeType === Node.ELEMENT_NODE) translateIn(node.parentNode || node);
        });
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
