// The overview's "Filter" (<details data-open-when-wide>): folded on a phone so the projects
// come first, opened at once on a wide screen where there is room for it. Without this
// script it is folded everywhere, and open wherever a filter is in use.
(() => {
  if (!window.matchMedia("(min-width: 64em)").matches) return;
  document.querySelectorAll("details[data-open-when-wide]").forEach((details) => {
    details.open = true;
  });
})();
