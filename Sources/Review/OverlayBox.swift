import DocumentModel

/// One rectangle drawn over a page: what it is (`data-kind`), which item it belongs to, the tag shown on it
/// and the tooltip saying why it is there.
struct OverlayBox: Equatable {
    /// The `data-kind` values, stable for tests and for the legend's toggles.
    enum Kind: String, CaseIterable {
        case item, section, header, furniture, link, hyphen
        case lowConfidence = "low-confidence"
        case aside

        /// The legend's words for people.
        var legend: String {
            switch self {
            case .item: "agenda item (heading and body)"
            case .section: "section label"
            case .header: "meeting header"
            case .furniture: "removed furniture"
            case .link: "link"
            case .hyphen: "hyphen decision"
            case .lowConfidence: "low OCR confidence"
            case .aside: "letterhead / aside"
            }
        }
    }

    var kind: Kind
    var page: Int
    var box: Rect
    /// A finer role inside the kind: "heading" or "body" for items, the reason for furniture, …
    var role: String?
    /// The item's number as printed, on an item's boxes and its sections.
    var item: String?
    /// The item's position in reading order (0-based): picks its colour and its element id.
    var itemIndex: Int?
    /// Short text drawn on the box ("3", "decision").
    var tag: String?
    /// The tooltip: what the box is and why.
    var title: String
    /// A link's target, when it is safe to follow.
    var href: String?
}
