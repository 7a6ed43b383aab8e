// The status update form (StatusUpdateAdmin): large buttons a step down and up beside the
// progress, for a thumb on a phone; and of the project, target area and area only the one
// the update is about (the project's status only for a project). Without this script the
// number field works alone, and every field is shown.
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

  // Which field names what the update is about, for each choice of "about".
  const ABOUT_FIELDS = { project: ["project"], theme: ["theme"], area: ["area"], site: [] };

  function setPartShown(part, shown) {
    part.classList.toggle("hidden", !shown);
    part.hidden = !shown;
    // A hidden field is not sent, so what it holds is kept for when it is shown again.
    part.querySelectorAll("input, select, textarea").forEach(function (control) {
      control.disabled = !shown;
    });
  }

  function showWhatItIsAbout(form) {
    const chosen = form.querySelector("input[name='about']:checked");
    if (!chosen) {
      return;
    }
    const shown = ABOUT_FIELDS[chosen.value] || [];
    ["project", "theme", "area"].forEach(function (name) {
      const row = form.querySelector(".form-row.field-" + name);
      if (row) {
        setPartShown(row, shown.includes(name));
      }
    });
    const status = form.querySelector("fieldset.status-fieldset");
    if (status) {
      setPartShown(status, chosen.value === "project");
    }
  }

  function followAbout(form) {
    if (!form.querySelector("input[name='about']")) {
      return;
    }
    form.addEventListener("change", function (event) {
      if (event.target.name === "about") {
        showWhatItIsAbout(form);
      }
    });
    showWhatItIsAbout(form);
  }

  function ready() {
    document.querySelectorAll("input.progress-input").forEach(addSteps);
    const form = document.getElementById("statusupdate_form");
    if (form) {
      followAbout(form);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
