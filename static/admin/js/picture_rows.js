// Picture rows (tabular inlines with an alt text column) become cards on a narrow screen
// (static/admin/css/pictures.css), where their column headings are out of sight. This
// marks them as picture rows and writes each heading's name into its cell, shown only in
// a card. The names are hidden
// from screen readers: the headings already name the fields to them
// (accessible_names.js), and a name read twice is noise.
(function () {
  "use strict";

  function nameCells(table) {
    const headings = Array.from(table.querySelectorAll("thead th"));
    table.querySelectorAll("tbody tr.form-row").forEach(function (row) {
      Array.from(row.children).forEach(function (cell, index) {
        const heading = headings[index];
        if (!heading || cell.querySelector(":scope > .picture-row__label")) return;
        const name = heading.textContent.trim();
        if (!name) return;
        const label = document.createElement("span");
        label.className = "picture-row__label";
        if (heading.classList.contains("required")) label.classList.add("required");
        label.setAttribute("aria-hidden", "true");
        label.textContent = name;
        cell.prepend(label);
      });
    });
  }

  function nameAll() {
    document.querySelectorAll('.inline-group[data-inline-type="tabular"]').forEach(function (group) {
      // One alt text column, or one per content language (column-alt_text_nn, …).
      const table = group.querySelector("table");
      if (!table || !table.querySelector('thead th[class*="column-alt_text"]')) return;
      nameCells(table);
      group.classList.add("picture-rows");
    });
  }

  function start() {
    nameAll();
    // Rows added with "Add another" are copies of the (already named) empty row, but the
    // copy may be made before this runs.
    new MutationObserver(nameAll).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
