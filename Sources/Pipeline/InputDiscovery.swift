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
/// so runs are reproducible. Symbolic links to folders are not followed (no loops); a `.pdf` that is a
/// broken link, a link loop or has a name that is not UTF-8 is a problem, reported and not converted.
public enum InputDiscovery {
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    public static func discover(_ inputs: [String]) -> (documents: [InputDocument], problems: [Problem]) {
        var documents: [InputDocument] = []
        var problems: [Problem] = []
        for input in inputs {
            var info = stat()
            guard stat(input, &info) == 0 else {
                let message = errno == ELOOP ? "a symbolic link loop" : "no such file or folder"
                problems.append(Problem(path: input, message: message))
                continue
            }
            guard info.st_mode & S_IFMT == S_IFDIR else {
                documents.append(InputDocument(path: input, relativePath: (input as NSString).lastPathComponent))
                continue
            }
            let (found, trouble) = pdfs(under: input)
            documents += found
            problems += trouble
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

    private static func pdfs(under folder: String) -> ([InputDocument], [Problem]) {
        let root = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var found: [InputDocument] = []
        var problems: [Problem] = []
        DirectoryWalker.walk(root) { entry in
            switch entry {
            case .file(let relative):
                guard isPDFName(relative) else { return }
                found.append(InputDocument(path: root + "/" + relative, relativePath: relative))
            case .problem(let relative, let message):
                // Only what would have been a document, or a folder that could hide some, is worth a word.
                guard isPDFName(relative) || message.hasPrefix("cannot read the folder") else { return }
                problems.append(Problem(path: relative.isEmpty ? root : root + "/" + relative, message: message))
            }
        }
        return (found.sorted { $0.relativePath < $1.relativePath }, problems)
    }

    private static func isPDFName(_ path: String) -> Bool {
        path.utf8.count > 4 && path.lowercased().hasSuffix(".pdf")
    }
}
