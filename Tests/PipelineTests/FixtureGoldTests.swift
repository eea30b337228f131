import DocumentModel
import Foundation
import Testing

@testable import Pipeline

/// Runs the whole pipeline on every fixture PDF and compares what it found with the gold the fixtures were
/// made from: items exactly (number, title, presenter), the meeting's title, date and times exactly.
@Suite struct FixtureGoldTests {
    static let pipeline = DocumentPipeline(config: PipelineConfig())

    static func convert(_ pdf: String) throws -> Document {
        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("fixtures/pdf/\(pdf)"))
        return try pipeline.convert(data: data, file: pdf).document
    }

    @Test(arguments: try FixtureTruth.textLayerFixtures().map(\.pdf))
    func itemsMatchTheGold(pdf: String) throws {
        let truth = try #require(try FixtureTruth.textLayerFixtures().first { $0.pdf == pdf }?.truth)
        let minutes = try #require(try Self.convert(pdf).minutes)
        let found = minutes.items.map { FixtureTruth.Item(number: $0.number, title: $0.title, presenter: $0.presenter) }
        #expect(found == truth.items, "\(pdf): items differ")
    }

    @Test(arguments: try FixtureTruth.textLayerFixtures().map(\.pdf))
    func meetingMatchesTheGold(pdf: String) throws {
        let truth = try #require(try FixtureTruth.textLayerFixtures().first { $0.pdf == pdf }?.truth)
        let meeting = try #require(try Self.convert(pdf).minutes).meeting
        #expect(meeting.title == truth.meeting.title, "\(pdf): title")
        #expect(meeting.date == truth.meeting.date, "\(pdf): date")
        #expect(meeting.start == truth.meeting.start, "\(pdf): start")
        #expect(meeting.end == truth.meeting.end, "\(pdf): end")
    }

    @Test(arguments: try FixtureTruth.textLayerFixtures().map(\.pdf))
    func participantsMatchTheGold(pdf: String) throws {
        let truth = try #require(try FixtureTruth.textLayerFixtures().first { $0.pdf == pdf }?.truth)
        let meeting = try #require(try Self.convert(pdf).minutes).meeting
        let found = Set(meeting.participants.map { FixtureTruth.Person(name: $0.name, status: $0.status.rawValue) })
        let gold = Set(truth.participants)
        guard !gold.isEmpty || !found.isEmpty else { return }
        let hits = Double(found.intersection(gold).count)
        let f1 = 2 * hits / Double(found.count + gold.count)
        #expect(
            f1 >= 0.95,
            "\(pdf): participant F1 \(f1); missing \(gold.subtracting(found)), extra \(found.subtracting(gold))")
    }
}
