// Progressive enhancement only: every page works without this file.
// No inline script anywhere (the portal's Content-Security-Policy forbids it): this file does it all.

// Cỡ chữ: the reader's choice is kept in localStorage (no cookie, so no consent banner) and
// applied as early as this deferred file runs.
var TEXT_SIZE_KEY = "portal-text-size";
var TEXT_SIZES = ["", "large", "larger"];

function storedTextSize() {
  try {
    var value = window.localStorage.getItem(TEXT_SIZE_KEY) || "";
    return TEXT_SIZES.indexOf(value) >= 0 ? value : "";
  } catch (error) {
    return ""; // storage blocked (private mode): the default size
  }
}

function applyTextSize(value) {
  if (value) {
    document.documentElement.setAttribute("data-text-size", value);
  } else {
    document.documentElement.removeAttribute("data-text-size");
  }
  document.querySelectorAll("[data-text-size-control] button").forEach(function (button) {
    button.setAttribute("aria-pressed", String(button.getAttribute("data-text-size") === value));
  });
}

applyTextSize(storedTextSize());

document.addEventListener("DOMContentLoaded", function () {
  // "In bài" (print) buttons are hidden until a script can make them work.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });

  // "Chia sẻ Zalo": the phone's share sheet, where Zalo is; no Zalo script is ever loaded.
  if (navigator.share) {
    document.querySelectorAll("[data-share-url]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        navigator
          .share({ title: button.getAttribute("data-share-title"), url: button.getAttribute("data-share-url") })
          .catch(function () {}); // the reader closed the sheet
      });
    });
  }

  document.querySelectorAll("[data-text-size-control]").forEach(function (control) {
    control.hidden = false;
    control.querySelectorAll("button").forEach(function (button) {
      button.addEventListener("click", function () {
        var value = button.getAttribute("data-text-size");
        try {
          window.localStorage.setItem(TEXT_SIZE_KEY, value);
        } catch (error) {
          // not kept, but still applied to this page
        }
        applyTextSize(value);
      });
    });
  });
  applyTextSize(storedTextSize());
});
