namespace WuzhenSite.Cli.Preview;

/// <summary>
/// The small script the preview adds to served HTML pages (never to built files): it listens for
/// build results, reloads on success when the build changed the page it shows, and shows build errors in an overlay with file, line and
/// message, built from text nodes so no error text is ever parsed as HTML.
/// </summary>
internal static class LiveReloadScript
{
    public const string Path = "/__wuzhen/live.js";
    public const string EventsPath = "/__wuzhen/events";
    public const string Tag = "<script src=\"" + Path + "\" defer></script>";

    public const string Source = """
        (function () {
          "use strict";
          var overlayId = "wuzhen-error-overlay";
          function clear() { var o = document.getElementById(overlayId); if (o) o.remove(); }
          function show(errors) {
            clear();
            var o = document.createElement("div");
            o.id = overlayId;
            o.setAttribute("role", "alert");
            o.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,24,.94);color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2rem";
            var h = document.createElement("h2");
            h.textContent = "Build failed: the last good version of the site is still being served";
            h.style.cssText = "font:600 18px/1.3 system-ui,sans-serif;margin:0 0 1rem;color:#ff8a8a";
            o.appendChild(h);
            errors.forEach(function (e) {
              var p = document.createElement("p");
              p.className = "wuzhen-error";
              p.style.margin = "0 0 .75rem";
              var where = document.createElement("strong");
              where.textContent = e.file + (e.line ? ":" + e.line + (e.column ? ":" + e.column : "") : "");
              p.appendChild(where);
              p.appendChild(document.createTextNode(" " + e.severity + ": " + e.message + (e.fix ? " Fix: " + e.fix : "")));
              o.appendChild(p);
            });
            document.body.appendChild(o);
          }
          var hadErrors = false;
          var source = new EventSource("/__wuzhen/events");
          // A rebuild names the pages it changed; a tab elsewhere keeps its place and scroll.
          function shown(pages) {
            var path = decodeURIComponent(location.pathname);
            return pages.indexOf(path) >= 0 || pages.indexOf(path.replace(/index\.html$/, "")) >= 0;
          }
          source.addEventListener("reload", function (event) {
            var pages = JSON.parse(event.data).pages;
            if (hadErrors || !pages || shown(pages)) location.reload();
          });
          source.addEventListener("errors", function (event) { hadErrors = true; show(JSON.parse(event.data)); });
          source.addEventListener("open", function () { if (hadErrors) { /* stays until the next good build reloads */ } });
        })();
        """;
}
