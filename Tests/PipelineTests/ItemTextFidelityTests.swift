import DocumentModel
import Foundation
import Testing
import Yams

@testable import Pipeline

/// The item text Referent writes must read as the minutes were written: compared with the fixture sources
/// (the text the PDFs were typeset from, before hyphenation, running headers and page breaks), the
/// character error rate of every item's text stays within a percent.
@Suite struct ItemTextFidelityTests {
    /// Highest character error rate accepted for one item's text.
    static let maximumItemCER = 0.01

    static func cases() -> [String] {
        let pdfRoot = repositoryRoot.appendingPathComponent("fixtures/pdf")
        return ["region", "kommune", "punkt"].flatMap { style in
            let files =
                (try? FileManager.default.contentsOfDirectory(atPath: pdfRoot.appendingPathComponent(style).path)) ?? []
            return files.filter { $0.hasSuffix(".pdf") }.map { "\(style)/\($0)" }
        }.sorted()
    }

    @Test(arguments: cases())
    func itemTextsMatchTheSource(pdf: String) throws {
        let name = ((pdf as NSString).lastPathComponent as NSString).deletingPathExtension
        let sourceURL = repositoryRoot.appendingPathComponent("fixtures/source/\(name).yaml")
        let source = try #require(try Yams.load(yaml: String(contentsOf: sourceURL, encoding: .utf8)) as? [String: Any])
        let sourceItems = try #require(source["items"] as? [[String: Any]])
        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("fixtures/pdf/\(pdf)"))
        let items = try #require(
            try DocumentPipeline(config: PipelineConfig()).convert(data: data, file: pdf).document.minutes
        ).items
        for sourceItem in sourceItems where sourceItem["table"] == nil {
            let number = "\(sourceItem["number"] ?? "")"
            guard let item = items.first(where: { $0.number == number }) else {
                Issue.record("\(pdf): item \(number) not found")
                continue
            }
            let blocks = sourceItem["blocks"] as? [[String: Any]] ?? []
            guard !blocks.contains(where: { $0["table"] != nil }) else { continue }  // cell order is a layout choice
            var printed = blocks.map(Self.text(of:))
            // The case number printed under a heading is body text; the closing lines after the last item
            // (a sign-off) cannot be told from its last paragraph and count as its text.
            if let caseNumber = sourceItem["case_no"], !(caseNumber is NSNull) {
                printed.insert("Sagsnr.: \(caseNumber)", at: 0)
            }
            if sourceItem as NSDictionary == sourceItems.last.map({ $0 as NSDictionary }) {
                printed += (source["closing"] as? [String]) ?? []
            }
            let expected = Self.comparable(printed.joined(separator: " "))
            let actual = Self.comparable(item.text)
            let rate = Self.characterErrorRate(expected: expected, actual: actual)
            #expect(
                rate <= Self.maximumItemCER,
                "\(pdf) item \(number): CER \(rate)\nexpected: \(expected)\nactual:   \(actual)")
        }
    }

    static let romanNumerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

    /// The printed words of a source block, markup removed, list numbers as the generator prints them.
    static func text(of block: [String: Any]) -> String {
        if let numbered = block["numbered"] {
            let spec = numbered as? [String: Any] ?? ["items": numbered]
            let start = spec["start"] as? Int ?? 1
            let roman = spec["style"] as? String == "roman"
            let entries = spec["items"] as? [Any] ?? []
            return entries.enumerated().map { index, entry in
                let marker = roman ? romanNumerals[index % romanNumerals.count] : String(start + index)
                return "\(marker). \(flatten(entry))"
            }.joined(separator: " ")
        }
        return block.values.map(flatten).joined(separator: " ")
    }

    static func flatten(_ value: Any) -> String {
        switch value {
        case let string as String: string
        case let list as [Any]: list.map(flatten).joined(separator: " ")
        case let map as [String: Any]:
            ["text", "items", "paras"].compactMap { map[$0] }.map(flatten).joined(separator: " ")
        default: ""
        }
    }

    /// Whitespace folded, link markup reduced to its anchor, list bullets dropped: what a reader compares.
    static func comparable(_ text: String) -> String {
        var result = text.replacingOccurrences(of: "{br}", with: " ")
        result = result.replacingOccurrences(of: #"\[([^\]]*)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
        result = result.replacingOccurrences(of: #"(^|\s)[•–-](\s)"#, with: "$1$2", options: .regularExpression)
        return result.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Edits (a substitution counted once) over the expected length, from the standard library's diff.
    static func characterErrorRate(expected: String, actual: String) -> Double {
        let difference = Array(actual).difference(from: Array(expected))
        let edits = max(difference.insertions.count, difference.removals.count)
        return Double(edits) / Double(max(1, expected.count))
    }
}
