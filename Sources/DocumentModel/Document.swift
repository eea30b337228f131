import Foundation

/// What the PDF says about itself.
public struct DocumentMetadata: Codable, Hashable, Sendable {
    public var title: String?
    public var author: String?
    public var subject: String?
    public var creator: String?
    public var producer: String?
    /// ISO 8601, UTC.
    public var created: String?
    public var modified: String?

    public init(
        title: String? = nil, author: String? = nil, subject: String? = nil, creator: String? = nil,
        producer: String? = nil, created: String? = nil, modified: String? = nil
    ) {
        self.title = title
        self.author = author
        self.subject = subject
        self.creator = creator
        self.producer = producer
        self.created = created
        self.modified = modified
    }
}

/// The input file a document was read from.
public struct SourceInfo: Codable, Hashable, Sendable {
    /// The path relative to the input root it was found under (stable across machines).
    public var file: String
    public var sha256: String
    public var pages: Int

    public init(file: String, sha256: String, pages: Int) {
        self.file = file
        self.sha256 = sha256
        self.pages = pages
    }
}

/// The document as it flows through the stages: extraction fills `pages` and `metadata`, normalisation
/// rewrites `pages`, segmentation fills `minutes`; every stage may add diagnostics.
public struct Document: Codable, Hashable, Sendable {
    public var source: SourceInfo
    public var metadata: DocumentMetadata
    public var pages: [Page]
    public var minutes: Minutes?
    public var diagnostics: [Diagnostic]

    public init(
        source: SourceInfo, metadata: DocumentMetadata = DocumentMetadata(), pages: [Page] = [],
        minutes: Minutes? = nil, diagnostics: [Diagnostic] = []
    ) {
        self.source = source
        self.metadata = metadata
        self.pages = pages
        self.minutes = minutes
        self.diagnostics = diagnostics
    }
}
