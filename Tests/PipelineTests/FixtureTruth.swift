import Foundation

/// The gold structure the fixture generator wrote beside each fixture PDF (`fixtures/truth/`).
struct FixtureTruth: Decodable {
    struct Meeting: Decodable, Equatable {
        var title: String?
        var date: String?
        var start: String?
        var end: String?
        var location: String?
    }

    struct Item: Decodable, Equatable, CustomStringConvertible {
        var number: String
        var title: String
        var presenter: String?
        var description: String { "\(number). \(title)\(presenter.map { " v/ \($0)" } ?? "")" }
    }

    struct Person: Decodable, Hashable {
        var name: String
        var status: String
    }

    var meeting: Meeting
    var items: [Item]
    var participants: [Person]

    /// Every fixture PDF that opens without a password, with its truth, by path under `fixtures/pdf`.
    static func fixtures() throws -> [(pdf: String, truth: FixtureTruth)] {
        let root = repositoryRoot.appendingPathComponent("fixtures")
        let truthRoot = root.appendingPathComponent("truth")
        let paths = FileManager.default.enumerator(atPath: truthRoot.path)?.compactMap { $0 as? String } ?? []
        return try paths.filter {
            $0.hasSuffix(".json") && !$0.contains("encrypted-password")
        }
        .sorted()
        .map { path in
            let truth = try JSONDecoder().decode(
                FixtureTruth.self, from: Data(contentsOf: truthRoot.appendingPathComponent(path)))
            return (String(path.dropLast(5)) + ".pdf", truth)
        }
    }
}
