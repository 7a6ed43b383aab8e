// The status update form (StatusUpdateAdmin): large buttons a step down and up beside the
// progress, for a thumb on a phone. Without this script the number field works alone.
(function () {
  "use strict";

  function stepButton(input, text, direction) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "button progress-step";
    button.textContent = text;
    button.setAttribute("aria-controls", input.id);
    button.addEventListener("click", function () {
      const step = Number(input.dataset.step) || 10;
      const now = input.value === "" ? 0 : Number(input.value) || 0;
      // To the next multiple of the step: 35 goes up to 40 and down to 30.
      const next =
        direction > 0 ? Math.floor(now / step) * step + step : Math.ceil(now / step) * step - step;
      input.value = String(Math.min(100, Math.max(0, next)));
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
    return button;
  }

  function addSteps(input) {
    const stepper = document.createElement("div");
    stepper.className = "progress-stepper";
    input.before(stepper);
    stepper.append(
      stepButton(input, input.dataset.less, -1),
      input,
      stepButton(input, input.dataset.more, 1)
    );
  }

  function ready() {
    document.querySelectorAll("input.progress-input").forEach(addSteps);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
