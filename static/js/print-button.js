// Print buttons (includes/_print_button.html): hidden in the HTML, shown only where this runs.
// A page with two buttons loads this twice; each button is set up once.
document.querySelectorAll("[data-print-button]:not([data-print-ready])").forEach((button) => {
  button.dataset.printReady = "";
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});
