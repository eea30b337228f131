/// A failure that ends one document's conversion. It names the file and, where known, the page,
/// and its reason maps to the batch's outcome; other documents go on.
public struct ReferentError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: String, Hashable, Sendable, Codable {
        case fileNotFound, unreadable, notAPDF, emptyFile, damaged, encrypted, noPages, tooManyPages
        case outputFailed, invalidOutput, internalFailure
    }

    public var reason: Reason
    public var file: String
    public var page: Int?
    public var message: String

    public init(_ reason: Reason, file: String, page: Int? = nil, message: String) {
        self.reason = reason
        self.file = file
        self.page = page
        self.message = message
    }

    public var description: String {
        let location = page.map { "\(file), page \($0)" } ?? file
        return "\(location): \(message)"
    }
}
