import Foundation

/// Headless Chromium for the browser tests: found on the PATH, run with a time budget so the page's script
/// has run before the DOM is dumped.
enum Chromium {
    static let path: String? = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(find).first

    private static func find(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The DOM after the page's scripts have run.
    static func dumpDOM(of file: URL) throws -> String {
        try run(["--dump-dom", file.absoluteString])
    }

    /// Saves a screenshot of the top of the page to `png`.
    static func screenshot(of file: URL, to png: String, width: Int = 1400, height: Int = 1800) throws {
        _ = try run([
            "--screenshot=\(png)", "--window-size=\(width),\(height)", "--hide-scrollbars", file.absoluteString,
        ])
    }

    private static func run(_ arguments: [String]) throws -> String {
        guard let path else { throw CocoaError(.fileNoSuchFile) }
        // A profile per run: two Chromiums sharing one would hand the second's work to the first.
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("referent-chromium-\(UUID())")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--virtual-time-budget=5000", "--window-size=1400,1000",
                "--user-data-dir=\(profile.path)",
            ] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A hung browser fails the test instead of hanging the suite.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 90, execute: watchdog)
        defer { watchdog.cancel() }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// What the page's script stamps into `#review-summary` after laying out the boxes.
struct RenderedSummary: Decodable {
    struct Item: Decodable {
        var number: String
        var pages: [Int]
        var roles: [String: Int]
    }

    var boxes: Int
    var outside: [String]
    var kinds: [String: Int]
    var items: [String: Item]
    /// Script elements, elements with an inline event handler, and images in the rendered DOM.
    var scripts: Int
    var handlers: Int
    var images: Int

    /// Reads the summary out of a dumped DOM; nil when the script did not run.
    init?(dom: String) {
        guard let match = dom.firstMatch(of: /<pre id="review-summary">([^<]*)<\/pre>/) else { return nil }
        let json = String(match.output.1).replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
        guard let value = try? JSONDecoder().decode(Self.self, from: Data(json.utf8)) else { return nil }
        self = value
    }
}
