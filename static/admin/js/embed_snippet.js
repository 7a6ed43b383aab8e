// The Copy buttons beside the embed code on the change forms of projects, areas and
// target areas (embeds/admin.py). Without JavaScript the buttons stay hidden and the code
// is selected and copied by hand.
(function () {
  "use strict";

  function start() {
    document.querySelectorAll("[data-copy-from]").forEach((button) => {
      const code = document.getElementById(button.dataset.copyFrom);
      const status = button.parentElement.querySelector(".embed-snippet__status");
      if (!code || !status) return;
      button.hidden = false;
      button.addEventListener("click", async () => {
        code.select();
        try {
          await navigator.clipboard.writeText(code.value);
          status.textContent = button.dataset.copied;
        } catch {
          status.textContent = button.dataset.copyFailed;
        }
      });
    });
    // Clicking into the code selects all of it, ready to copy.
    document.querySelectorAll(".embed-snippet__code").forEach((code) => {
      code.addEventListener("focus", () => code.select());
    });
  }

  // Admin scripts load in the page's head, before the form exists.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
