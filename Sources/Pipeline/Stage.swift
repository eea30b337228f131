import DocumentModel

/// One named step over the document. The pipeline runs stages in order, times each, and tags a failure
/// with the stage's name; adding a stage is adding a value.
public struct Stage: Sendable {
    public let name: String
    let body: @Sendable (inout Document) throws(ReferentError) -> Void

    public init(name: String, body: @escaping @Sendable (inout Document) throws(ReferentError) -> Void) {
        self.name = name
        self.body = body
    }
}

/// How long a stage took on one document.
public struct StageTiming: Sendable, Equatable {
    public var stage: String
    public var seconds: Double
}
