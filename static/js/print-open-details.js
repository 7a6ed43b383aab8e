// Folded lists ("Show all …", <details data-print-open>) are printed in full: a closed
// <details> prints only its summary. print.css opens them with ::details-content where the
// browser knows it; this does the same for the others, and folds back what it opened.
(() => {
  const openedForPrint = new Set();

  window.addEventListener("beforeprint", () => {
    document.querySelectorAll("details[data-print-open]:not([open])").forEach((details) => {
      details.open = true;
      openedForPrint.add(details);
    });
  });

  window.addEventListener("afterprint", () => {
    openedForPrint.forEach((details) => {
      details.open = false;
    });
    openedForPrint.clear();
  });
})();
