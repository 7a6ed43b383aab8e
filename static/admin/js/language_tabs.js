// The admin's fields of one text in several languages ("Title (Nynorsk)", "Title
// (English)") become tabs, one language shown at a time (the ARIA tabs pattern, arrow
// keys between tabs). Without this script the fields simply follow each other.
(function () {
  "use strict";
  const FIELD = /(?:^|\s)mt-field-(\S+)-([a-z]{2})(?:\s|$)/;

  function textOf(row) {
    const widget = row.querySelector("[class*='mt-field-']");
    const match = widget && widget.className.match(FIELD);
    return match ? { base: match[1], language: match[2] } : null;
  }

  function tabName(row, language) {
    const label = row.querySelector("label");
    const named = label && label.textContent.match(/\(([^)]+)\)\s*:?\s*$/);
    return named ? named[1] : language.toUpperCase();
  }

  function select(tabs, panels, chosen, focus) {
    tabs.forEach(function (tab, index) {
      const selected = index === chosen;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
      panels[index].hidden = !selected;
    });
    if (focus) tabs[chosen].focus();
  }

  function makeTabs(rows, base) {
    const list = document.createElement("div");
    list.className = "language-tabs";
    list.setAttribute("role", "tablist");
    const tabs = rows.map(function (row, index) {
      const { language } = textOf(row);
      const tab = document.createElement("button");
      tab.type = "button";
      tab.className = "language-tabs__tab";
      tab.id = "language-tab-" + base + "-" + language;
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-controls", row.id || (row.id = "language-panel-" + base + "-" + language));
      tab.setAttribute("lang", language);
      tab.textContent = tabName(row, language);
      row.setAttribute("role", "tabpanel");
      row.setAttribute("aria-labelledby", tab.id);
      tab.addEventListener("click", function () { select(tabs, rows, index, false); });
      tab.addEventListener("keydown", function (event) {
        const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
        if (step) {
          event.preventDefault();
          select(tabs, rows, (index + step + tabs.length) % tabs.length, true);
        }
      });
      list.appendChild(tab);
      return tab;
    });
    rows[0].parentNode.insertBefore(list, rows[0]);
    // A language with an error is shown first, so that the error is seen.
    const withError = rows.findIndex(function (row) { return row.classList.contains("errors"); });
    select(tabs, rows, Math.max(withError, 0), false);
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("fieldset.module").forEach(function (fieldset) {
      const groups = new Map();
      fieldset.querySelectorAll(":scope > div.form-row, :scope > .fieldset-content > div.form-row").forEach(function (row) {
        const text = textOf(row);
        if (!text) return;
        if (!groups.has(text.base)) groups.set(text.base, []);
        groups.get(text.base).push(row);
      });
      groups.forEach(function (rows, base) {
        if (rows.length > 1) makeTabs(rows, base);
      });
    });
  });
})();
