// The accent colour in the site settings: the browser's colour picker beside the hex
// text (either can be used), and a live preview of the header and links in light and
// dark mode with their contrast. The same sums as projects/models.py
// (contrast_ratio, lighter_for_dark_mode); the server's check on saving has the last word.
(function () {
  "use strict";
  const HEX = /^#[0-9a-fA-F]{6}$/;
  const WHITE = "#ffffff";
  const DARK_INK = "#0c1312"; // text on the accent in dark mode (static/css/site.css)
  const NEEDED = 4.5;

  function channels(colour) {
    return [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16) / 255);
  }

  function luminance(colour) {
    const [r, g, b] = channels(colour).map((c) =>
      c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
    );
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  function contrast(first, second) {
    const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
    return (lighter + 0.05) / (darker + 0.05);
  }

  function hex(values) {
    return "#" + values.map((v) => Math.round(v * 255).toString(16).padStart(2, "0")).join("");
  }

  function modOne(value) {
    return ((value % 1) + 1) % 1;
  }

  // Python's colorsys.rgb_to_hls and hls_to_rgb.
  function toHls([r, g, b]) {
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const lightness = (max + min) / 2;
    if (max === min) return [0, lightness, 0];
    const range = max - min;
    const saturation = lightness <= 0.5 ? range / (max + min) : range / (2 - max - min);
    const rc = (max - r) / range;
    const gc = (max - g) / range;
    const bc = (max - b) / range;
    let hue;
    if (r === max) hue = bc - gc;
    else if (g === max) hue = 2 + rc - bc;
    else hue = 4 + gc - rc;
    return [modOne(hue / 6), lightness, saturation];
  }

  function channel(m1, m2, hue) {
    hue = modOne(hue);
    if (hue < 1 / 6) return m1 + (m2 - m1) * hue * 6;
    if (hue < 0.5) return m2;
    if (hue < 2 / 3) return m1 + (m2 - m1) * (2 / 3 - hue) * 6;
    return m1;
  }

  function fromHls(hue, lightness, saturation) {
    if (saturation === 0) return [lightness, lightness, lightness];
    const m2 =
      lightness <= 0.5 ? lightness * (1 + saturation) : lightness + saturation - lightness * saturation;
    const m1 = 2 * lightness - m2;
    return [channel(m1, m2, hue + 1 / 3), channel(m1, m2, hue), channel(m1, m2, hue - 1 / 3)];
  }

  function lighterForDarkMode(colour, paper, wanted) {
    const [hue, lightness, saturation] = toHls(channels(colour));
    for (let step = 0; step <= 100; step += 2) {
      const candidate = hex(fromHls(hue, Math.max(lightness, step / 100), saturation));
      if (contrast(candidate, paper) >= wanted) return candidate;
    }
    return WHITE;
  }

  function setUp(box) {
    const text = box.querySelector(".accent-colour__text");
    const picker = box.querySelector(".accent-colour__picker");
    const preview = box.querySelector(".accent-preview");
    const paper = box.dataset.darkPaper;
    const wanted = parseFloat(box.dataset.darkContrast);
    const number = new Intl.NumberFormat(document.documentElement.lang || undefined, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });

    function show(check, ratio) {
      const verdict = preview.querySelector(`[data-check="${check}"]`);
      // Rounded as the server's message rounds it.
      verdict.querySelector(".accent-preview__ratio").textContent = number.format(
        Math.round(ratio * 10) / 10
      );
      verdict.querySelector(".accent-preview__ok").hidden = ratio < NEEDED;
      verdict.querySelector(".accent-preview__fail").hidden = ratio >= NEEDED;
    }

    function update(colour) {
      colour = colour.toLowerCase();
      const light = lighterForDarkMode(colour, paper, wanted);
      preview.style.setProperty("--sample-accent", colour);
      preview.style.setProperty("--sample-accent-on-dark", light);
      preview.style.setProperty("--sample-dark-paper", paper);
      preview.style.setProperty("--sample-dark-ink", DARK_INK);
      const onWhite = contrast(colour, WHITE);
      show("header", onWhite);
      show("link", onWhite);
      show("dark-header", contrast(light, DARK_INK));
      show("dark-link", contrast(light, paper));
    }

    const start = HEX.test(text.value.trim()) ? text.value.trim() : box.dataset.default;
    picker.value = start.toLowerCase();
    picker.hidden = false;
    preview.hidden = false;
    update(start);

    picker.addEventListener("input", function () {
      text.value = picker.value;
      update(picker.value);
    });
    text.addEventListener("input", function () {
      const value = text.value.trim();
      if (HEX.test(value)) {
        picker.value = value.toLowerCase();
        update(value);
      }
    });
  }

  function start() {
    document.querySelectorAll(".accent-colour").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
