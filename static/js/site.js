// Framdrift: small enhancements; every page works without them.

// Filters: leave empty fields out of the address htmx asks for and shows.
document.addEventListener("htmx:configRequest", (event) => {
  const data = event.detail.formData;
  if (!data) return;
  for (const key of [...data.keys()]) {
    if (data.get(key) === "") data.delete(key);
  }
});

// "Copy the link" buttons, shown only where this script runs.
document.querySelectorAll("[data-copy-link]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", async () => {
    const status = button.parentElement.querySelector("[data-copy-status]");
    try {
      await navigator.clipboard.writeText(button.dataset.copyLink);
      if (status) status.textContent = button.dataset.copied;
    } catch {
      if (status) status.textContent = button.dataset.copyFailed;
    }
  });
});
