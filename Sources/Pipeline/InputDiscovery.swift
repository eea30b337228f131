import Foundation

/// A PDF found among the inputs.
public struct InputDocument: Sendable, Equatable {
    /// The path to read.
    public var path: String
    /// The path relative to the folder it was found under (its file name for a file given directly); the
    /// outputs take this path under the output folder.
    public var relativePath: String
}

/// Expands files and folders into the PDFs to convert: folders recursively, `*.pdf` in any case, sorted
/// so runs are reproducible. Symbolic links to folders are not followed (no loops).
public enum InputDiscovery {
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    public static func discover(_ inputs: [String]) -> (documents: [InputDocument], problems: [Problem]) {
        var documents: [InputDocument] = []
        var problems: [Problem] = []
        let files = FileManager.default
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: input, isDirectory: &isDirectory) else {
                problems.append(Problem(path: input, message: "no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
                documents.append(InputDocument(path: input, relativePath: (input as NSString).lastPathComponent))
                continue
            }
            documents += pdfs(under: input)
        }
        var seen: Set<String> = []
        documents = documents.filter { seen.insert($0.relativePath).inserted || !problemsForDuplicate(&problems, $0) }
        return (documents, problems)
    }

    private static func problemsForDuplicate(_ problems: inout [Problem], _ document: InputDocument) -> Bool {
        problems.append(
            Problem(
                path: document.path, message: "skipped: another input has the same output name \(document.relativePath)"
            ))
        return true
    }

    private static func pdfs(under folder: String) -> [InputDocument] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var found: [InputDocument] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.lowercased().hasSuffix(".pdf") else { continue }
            let full = root.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else {
                continue
            }
            let shown = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            found.append(InputDocument(path: shown, relativePath: relative))
        }
        return found.sorted { $0.relativePath < $1.relativePath }
    }
}
