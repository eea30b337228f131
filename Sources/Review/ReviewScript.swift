/// The review page's one inline script (`<script id="referent-review">`): item selection, the legend's
/// toggles, and a summary of the rendered boxes stamped into `#review-summary` for browser tests.
enum ReviewScript {
    static let source = """
        (function () {
          "use strict";
          function select(index) {
            document.querySelectorAll(".selected").forEach(function (e) { e.classList.remove("selected"); });
            if (index === null) { document.body.classList.remove("focus"); return; }
            document.body.classList.add("focus");
            document.querySelectorAll('[data-item-index="' + index + '"]').forEach(function (e) {
              e.classList.add("selected");
            });
            var target = document.getElementById("item-" + index);
            if (target) { target.scrollIntoView({ block: "center" }); }
          }
          document.querySelectorAll("a.item-link").forEach(function (a) {
            a.addEventListener("click", function (event) {
              event.preventDefault();
              var index = a.getAttribute("data-item-index");
              var again = a.classList.contains("selected");
              select(again ? null : index);
            });
          });
          document.querySelectorAll(".sheet [data-item-index]").forEach(function (box) {
            box.addEventListener("click", function () { select(box.getAttribute("data-item-index")); });
          });
          document.querySelectorAll("input[data-toggle]").forEach(function (input) {
            input.addEventListener("change", function () {
              document.body.classList.toggle("hide-" + input.getAttribute("data-toggle"), !input.checked);
            });
          });
          var summary = { boxes: 0, outside: [], kinds: {}, items: {} };
          document.querySelectorAll(".sheet [data-kind]").forEach(function (box) {
            var sheet = box.closest(".sheet").getBoundingClientRect();
            var r = box.getBoundingClientRect();
            var kind = box.getAttribute("data-kind");
            var page = Number(box.getAttribute("data-page"));
            var inside = r.width > 0 && r.height > 0 && r.left >= sheet.left - 1 && r.top >= sheet.top - 1 &&
              r.right <= sheet.right + 1 && r.bottom <= sheet.bottom + 1 &&
              box.closest(".page").getAttribute("data-page") === String(page);
            summary.boxes += 1;
            summary.kinds[kind] = (summary.kinds[kind] || 0) + 1;
            if (!inside) { summary.outside.push(kind + "@" + page); }
            var index = box.getAttribute("data-item-index");
            if (index !== null && inside) {
              var item = summary.items[index] ||
                (summary.items[index] = { number: box.getAttribute("data-item"), pages: [], roles: {} });
              if (item.pages.indexOf(page) < 0) { item.pages.push(page); }
              var role = kind === "item" ? box.getAttribute("data-role") : kind;
              item.roles[role] = (item.roles[role] || 0) + 1;
            }
          });
          summary.scripts = document.scripts.length;
          summary.images = document.images.length;
          summary.handlers = Array.prototype.filter.call(document.querySelectorAll("*"), function (e) {
            return Array.prototype.some.call(e.attributes, function (a) { return a.name.indexOf("on") === 0; });
          }).length;
          document.getElementById("review-summary").textContent = JSON.stringify(summary);
          document.body.setAttribute("data-review-ready", "true");
          if (location.hash.indexOf("#item-") === 0) { select(location.hash.slice(6)); }
        })();
        """
}
