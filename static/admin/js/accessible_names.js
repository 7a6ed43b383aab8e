// Names for the admin's fields that Django and its widgets leave nameless to a screen
// reader (and to axe): the rich-text editor's text area, the autocomplete boxes, and the
// fields of table rows (tabular inlines, editable lists), which only a column heading
// names on screen. Each is tied to the label or heading the eye already reads.
(function () {
  "use strict";
  let counter = 0;

  function idOf(element) {
    if (!element.id) element.id = "accessible-name-" + ++counter;
    return element.id;
  }

  function labelFor(fieldId) {
    return fieldId ? document.querySelector('label[for="' + fieldId + '"]') : null;
  }

  function nameEditors(root) {
    root.querySelectorAll(".prose-editor").forEach(function (editor) {
      const source = editor.querySelector("textarea[id]") ||
        editor.parentNode.querySelector("textarea[id]");
      const label = labelFor(source && source.id);
      const text = editor.querySelector("[contenteditable]");
      if (label && text && !text.hasAttribute("aria-labelledby")) {
        text.setAttribute("aria-labelledby", idOf(label));
      }
    });
  }

  function nameAutocompletes(root) {
    root.querySelectorAll("select.admin-autocomplete[id]").forEach(function (select) {
      const label = labelFor(select.id);
      const box = select.nextElementSibling;
      if (!label || !box) return;
      box.querySelectorAll(
        ".select2-selection, .select2-selection__rendered[role=textbox], .select2-search__field"
      ).forEach(function (part) {
        const shown = part.getAttribute("aria-labelledby");
        if (!shown || shown.indexOf(label.id) === -1) {
          part.setAttribute("aria-labelledby", [idOf(label), shown].filter(Boolean).join(" "));
        }
      });
      // The chosen items are shown as a list of a list's own making; as text, it reads well.
      box.querySelectorAll("ul.select2-selection__rendered").forEach(function (list) {
        list.setAttribute("role", "presentation");
        list.querySelectorAll(":scope > li").forEach(function (item) {
          item.setAttribute("role", "presentation");
        });
      });
    });
  }

  function nameTableFields(root) {
    root.querySelectorAll("table").forEach(function (table) {
      const headings = Array.from(table.querySelectorAll("thead th"));
      if (!headings.length) return;
      table.querySelectorAll("tbody tr").forEach(function (row) {
        Array.from(row.children).forEach(function (cell, index) {
          const heading = headings[index];
          if (!heading || !heading.textContent.trim()) return;
          cell.querySelectorAll("input:not([type=hidden]), select, textarea").forEach(function (field) {
            if (field.labels && field.labels.length) return;
            if (field.hasAttribute("aria-label") || field.hasAttribute("aria-labelledby")) return;
            field.setAttribute("aria-labelledby", idOf(heading));
          });
        });
      });
    });
  }

  // A file field with a picture is grouped in a fieldset whose legend names it (Django
  // 6.1), but its input itself has no label.
  function nameLegendFields(root) {
    root.querySelectorAll(".form-row fieldset > legend").forEach(function (legend) {
      legend.parentNode.querySelectorAll("input[type=file]").forEach(function (field) {
        if (field.labels && field.labels.length) return;
        if (!field.hasAttribute("aria-labelledby")) field.setAttribute("aria-labelledby", idOf(legend));
      });
    });
  }

  function nameAll(root) {
    nameEditors(root);
    nameAutocompletes(root);
    nameTableFields(root);
    nameLegendFields(root);
  }

  function start() {
    nameAll(document);
    // Editors, autocompletes and inline rows are made or added after the page loads.
    // (Only attributes change here, which the observer does not watch.)
    new MutationObserver(function () {
      nameAll(document);
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
