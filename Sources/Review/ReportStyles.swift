/// The `<head>` and stylesheet shared by the run report and the item diff: no scripts, no external files.
enum ReportStyles {
    /// Opens the document and writes its head; the caller writes `<body>` and closes with `</html>`.
    static func head(title: String, into html: inout HTMLBuilder) {
        html.raw("<!DOCTYPE html>\n<html lang=\"en\">")
        html.element("head") { html in
            html.open("meta", ["charset": "utf-8"])
            html.open(
                "meta",
                [
                    "http-equiv": "Content-Security-Policy",
                    "content": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'",
                ])
            html.open("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
            html.element("title", text: title)
            html.element("style") { $0.raw(css) }
        }
    }

    static let css = """
        body.report{font:14px/1.45 system-ui,"DejaVu Sans",sans-serif;color:#1d1f23;margin:24px auto;max-width:1200px;
          padding:0 20px}
        h1{font-size:20px}h2{font-size:15px;margin-top:28px}
        .muted{color:#5b6270}
        table{border-collapse:collapse;width:100%;margin:8px 0}
        th,td{border:1px solid #d5d9df;padding:4px 8px;text-align:left;vertical-align:top}
        thead th{background:#f0f2f5}
        td.num{text-align:right;font-variant-numeric:tabular-nums}
        .cards{display:flex;flex-wrap:wrap;gap:10px}
        .card{border:1px solid #d5d9df;border-radius:6px;padding:8px 14px;min-width:120px;background:#fafbfc}
        .card b{display:block;font-size:22px}
        .card.bad b{color:#c62828}
        .delta.up{color:#2e7d32}.delta.down{color:#c62828}
        table.diff td{width:50%;white-space:normal;overflow-wrap:anywhere}
        tr.label th{background:#f6f7f9;font-weight:600}
        tr.label.unchanged th{color:#5b6270;font-weight:400}
        del{background:#fdd;color:#8b0000;text-decoration:line-through}
        ins{background:#d7f5dd;color:#0b5d1e;text-decoration:none}
        .status{font-size:12px;padding:0 6px;border-radius:8px;background:#e3e6ea}
        .status.failed{background:#f7c6c6}.status.converted{background:#d7f0dc}
        """
}
