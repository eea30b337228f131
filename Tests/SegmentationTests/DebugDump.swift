import DocumentModel
import Foundation
import Testing

@testable import Segmentation

@Test func debugDump() throws {
    let m = ChefforumReferenceTests.minutes
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys]
    var copy = m
    for i in copy.items.indices { copy.items[i].text = String(copy.items[i].text.prefix(80)); copy.items[i].headingBox = nil }
    print(String(data: try e.encode(copy), encoding: .utf8)!)
}
