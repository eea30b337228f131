/// The review page's stylesheet: one static string, inlined (no external files or fonts).
enum Styles {
    /// Ten distinguishable item colours as RGB triples, used with alpha through `rgb(var(--c) / a)`.
    static let itemColours = [
        "31 119 180", "214 39 40", "44 160 44", "148 103 189", "255 127 14",
        "23 190 207", "140 86 75", "227 119 194", "188 189 34", "96 96 96",
    ]

    static var css: String {
        let colours = itemColours.enumerated().map { ".c\($0.offset){--c:\($0.element)}" }.joined(separator: "\n")
        let toggles = OverlayBox.Kind.allCases.map { "body.hide-\($0.rawValue) .box[data-kind=\"\($0.rawValue)\"]" }
            .joined(separator: ",\n")
        return base + "\n" + colours + "\n" + toggles + "{display:none}\n"
    }

    private static let base = """
        *{box-sizing:border-box}
        html,body{margin:0;padding:0}
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1d1f23;
          display:grid;grid-template-columns:minmax(300px,380px) 1fr;background:#e4e6ea}
        .sidebar{position:sticky;top:0;height:100vh;overflow:auto;background:#fafbfc;border-right:1px solid #cfd3d9;
          padding:16px 18px 40px}
        .sidebar h1{font-size:18px;margin:0 0 2px;overflow-wrap:anywhere}
        .sidebar h2{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:#5b6270;margin:22px 0 6px}
        .sidebar .file{color:#5b6270;font-size:12px;overflow-wrap:anywhere}
        .sidebar dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:0}
        .sidebar dt{color:#5b6270}.sidebar dd{margin:0;overflow-wrap:anywhere}
        .null{color:#9aa1ad;font-style:italic}
        .fold{margin:14px 0 0}.fold>summary{cursor:pointer;font-size:12px;text-transform:uppercase;letter-spacing:.06em;
          color:#5b6270;font-weight:700;margin-bottom:6px}
        .people{list-style:none;margin:0;padding:0}.people li{padding:1px 0}
        .status{display:inline-block;font-size:11px;padding:0 6px;border-radius:8px;background:#e3e6ea;margin-right:6px;
          min-width:74px;text-align:center}
        .status.present{background:#d7f0dc}.status.absent{background:#f7d9d9}.status.guest{background:#dde8fa}
        .items{list-style:none;margin:0;padding:0}
        .item-link{display:block;padding:5px 8px;margin:3px 0;border-left:6px solid rgb(var(--c));border-radius:3px;
          color:inherit;text-decoration:none;background:#fff}
        .item-link:hover{background:rgb(var(--c) / .10)}
        .item-link.selected{background:rgb(var(--c) / .20);box-shadow:0 0 0 1px rgb(var(--c))}
        .item-link .num{font-weight:700;margin-right:6px}
        .item-link .meta{display:block;color:#5b6270;font-size:12px}
        .diagnostics{list-style:none;margin:0;padding:0;font-size:13px}.diagnostics li{margin:3px 0}
        .level{font-size:11px;padding:0 5px;border-radius:3px;background:#e3e6ea;margin-right:4px}
        .level.warning{background:#ffe9b3}.level.error{background:#f7c6c6}
        .legend label{display:flex;align-items:center;gap:8px;margin:3px 0;cursor:pointer}
        .swatch{display:inline-block;width:26px;height:14px;position:relative;border-radius:2px;flex:none}
        .count{color:#5b6270;font-size:12px;margin-left:auto}
        .hint{color:#5b6270;font-size:12px}
        main{padding:20px 24px 60px;min-width:0}
        .page{margin:0 auto 36px;width:fit-content;max-width:100%}
        .page-head{font-size:13px;color:#3c424d;margin:0 0 6px 44px}
        .page-head b{color:#1d1f23}
        .sheet{position:relative;background:#fff;box-shadow:0 1px 5px rgba(0,0,0,.28);margin:0 120px 0 44px;
          max-width:calc(100% - 164px);overflow:visible}
        .sheet>img{display:block;width:100%;height:100%}
        .sheet>img.turned{position:absolute;left:50%;top:50%;max-width:none}
        .noimage{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;color:#9aa1ad}
        .box{position:absolute;display:block;color:inherit;text-decoration:none}
        .box:hover{outline:2px solid #111 !important;z-index:20}
        .tag{position:absolute;white-space:nowrap;pointer-events:none;font:600 11px/16px system-ui,sans-serif;
          padding:0 5px;border-radius:3px}
        .box[data-kind="item"][data-role="body"]{background:rgb(var(--c) / .08)}
        .box[data-kind="item"][data-role="body"]::before{content:"";position:absolute;left:-16px;top:0;bottom:0;
          width:6px;border-radius:2px;background:rgb(var(--c))}
        .box[data-kind="item"][data-role="heading"]{background:rgb(var(--c) / .20);outline:2px solid rgb(var(--c))}
        .box[data-kind="item"][data-role="heading"] .tag{right:calc(100% + 24px);top:50%;transform:translateY(-50%);
          background:rgb(var(--c));color:#fff;font-size:13px;line-height:20px;padding:0 7px;min-width:24px;
          text-align:center}
        .box[data-kind="section"]{background:rgb(var(--c) / .16);outline:1px dashed rgb(var(--c))}
        .box[data-kind="section"] .tag{left:calc(100% + 6px);top:50%;transform:translateY(-50%);background:#fff;
          color:#1d1f23;border:1px solid rgb(var(--c))}
        .box[data-kind="header"]{background:rgb(0 150 136 / .13);outline:1px solid rgb(0 150 136 / .55)}
        .box[data-kind="header"] .tag{left:calc(100% + 6px);top:50%;transform:translateY(-50%);
          background:rgb(0 150 136);color:#fff}
        .box[data-kind="furniture"]{background:repeating-linear-gradient(135deg,rgb(110 110 110 / .38) 0 4px,
          rgb(110 110 110 / .12) 4px 8px)}
        .box[data-kind="furniture"]::after{content:"";position:absolute;left:-2px;right:-2px;top:calc(50% - 1px);
          height:2px;background:#c62828}
        .box[data-kind="furniture"] .tag{left:calc(100% + 6px);top:50%;transform:translateY(-50%);background:#5f6368;
          color:#fff}
        .box[data-kind="aside"]{outline:2px dashed #8e24aa;background:rgb(142 36 170 / .07)}
        .box[data-kind="link"]{background:rgb(25 118 210 / .14);border-bottom:2px solid #1976d2;cursor:pointer}
        .box[data-kind="hyphen"]{background:rgb(46 125 50 / .45);border-radius:3px}
        .box[data-kind="hyphen"][data-role="kept"]{background:rgb(239 108 0 / .55)}
        .box[data-kind="low-confidence"]{background:rgb(229 57 53 / .25);outline:2px solid #e53935}
        .box[data-kind="low-confidence"] .tag{left:calc(100% + 3px);top:-9px;background:#e53935;color:#fff;
          font-size:9px;line-height:12px;padding:0 3px}
        body.focus .box[data-kind="item"]:not(.selected),body.focus .box[data-kind="section"]:not(.selected){opacity:.22}
        .box.selected[data-role="heading"]{outline-width:3px;box-shadow:0 0 0 6px rgb(var(--c) / .30)}
        #review-summary{display:none}
        .sample-item{background:rgb(31 119 180 / .2);box-shadow:inset 4px 0 rgb(31 119 180);outline:2px solid rgb(31 119 180)}
        .sample-section{background:rgb(214 39 40 / .16);outline:1px dashed rgb(214 39 40)}
        .sample-header{background:rgb(0 150 136 / .13);outline:1px solid rgb(0 150 136 / .55)}
        .sample-furniture{background:linear-gradient(transparent 6px,#c62828 6px,#c62828 8px,transparent 8px),
          repeating-linear-gradient(135deg,rgb(110 110 110 / .38) 0 4px,rgb(110 110 110 / .12) 4px 8px)}
        .sample-link{background:rgb(25 118 210 / .14);border-bottom:2px solid #1976d2}
        .sample-hyphen{background:linear-gradient(90deg,rgb(46 125 50 / .45) 50%,rgb(239 108 0 / .55) 50%)}
        .sample-low-confidence{background:rgb(229 57 53 / .25);outline:2px solid #e53935}
        .sample-aside{outline:2px dashed #8e24aa;background:rgb(142 36 170 / .07)}
        """
}
