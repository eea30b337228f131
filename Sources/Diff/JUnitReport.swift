import Emit

/// The report as JUnit XML for CI dashboards: one test case per document, a failure whose message is the
/// readable diff when the document differs, an error when it could not be compared.
public enum JUnitReport {
    /// The suite's name in the dashboard.
    static let suiteName = "referent diff"

    public static func xml(_ results: [DocumentDiff]) -> String {
        let tally = DiffTally(results)
        let failures = tally.differing + tally.new
        let counts = "tests=\"\(results.count)\" failures=\"\(failures)\" errors=\"\(tally.failed)\""
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            "<testsuites name=\"\(suiteName)\" \(counts)>",
            "  <testsuite name=\"\(suiteName)\" \(counts)>",
        ]
        let report = TextReport()
        for result in results {
            let name = "name=\"\(escaped(result.document))\" classname=\"\(escaped(className(of: result.document)))\""
            if let error = result.error {
                lines.append("    <testcase \(name)>")
                lines.append("      <error message=\"\(escaped(error))\"/>")
                lines.append("    </testcase>")
            } else if result.differs {
                let summary = result.isNew ? "no expected output yet" : "\(result.changes.count) changes"
                lines.append("    <testcase \(name)>")
                lines.append("      <failure message=\"\(escaped(summary))\" type=\"diff\">")
                lines.append(escaped(report.render(result)) + "</failure>")
                lines.append("    </testcase>")
            } else {
                lines.append("    <testcase \(name)/>")
            }
        }
        lines += ["  </testsuite>", "</testsuites>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Dashboards group test cases by class: the document's folder (`region`), dotted like a Java package.
    static func className(of document: String) -> String {
        guard !document.contains(" → ") else { return "referent" }
        let folders = document.split(separator: "/").dropLast()
        return (["referent"] + folders.map(String.init)).joined(separator: ".")
    }

    /// Text for an attribute or element: markup characters escaped, characters XML 1.0 cannot carry dropped
    /// (a PDF's stray control characters would make the whole report unreadable to the dashboard).
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where !scalar.isXMLCharacter: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
