// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", function () {
  // "In bài" (print) buttons are hidden until a script can make them work.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
});
