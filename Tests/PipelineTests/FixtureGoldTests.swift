import DocumentModel
import Foundation
import Testing

@testable import Pipeline

/// Runs the whole pipeline on every fixture PDF, scans included, and compares what it found with the gold
/// the fixtures were made from: items exactly (number, title, presenter), the meeting's title, date and
/// times exactly, and the participants (name and status) with an F1 of at least 0.95.
@Suite struct FixtureGoldTests {
    static let minimumParticipantF1 = 0.95

    @Test(arguments: try FixtureTruth.fixtures().map(\.pdf))
    func documentMatchesTheGold(pdf: String) throws {
        let truth = try #require(try FixtureTruth.fixtures().first { $0.pdf == pdf }?.truth)
        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("fixtures/pdf/\(pdf)"))
        let minutes = try #require(
            try DocumentPipeline(config: PipelineConfig()).convert(data: data, file: pdf).document.minutes)

        let found = minutes.items.map { FixtureTruth.Item(number: $0.number, title: $0.title, presenter: $0.presenter) }
        #expect(found == truth.items, "\(pdf): items differ")

        let meeting = minutes.meeting
        #expect(meeting.title == truth.meeting.title, "\(pdf): title")
        #expect(meeting.date == truth.meeting.date, "\(pdf): date")
        #expect(meeting.start == truth.meeting.start, "\(pdf): start")
        #expect(meeting.end == truth.meeting.end, "\(pdf): end")

        let people = Set(meeting.participants.map { FixtureTruth.Person(name: $0.name, status: $0.status.rawValue) })
        let gold = Set(truth.participants)
        guard !gold.isEmpty || !people.isEmpty else { return }
        let f1 = 2 * Double(people.intersection(gold).count) / Double(people.count + gold.count)
        #expect(
            f1 >= Self.minimumParticipantF1,
            "\(pdf): participant F1 \(f1); missing \(gold.subtracting(people)), extra \(people.subtracting(gold))")
    }
}
