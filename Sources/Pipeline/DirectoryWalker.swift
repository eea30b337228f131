import Foundation

/// A fast recursive listing with `opendir`/`readdir` (FileManager's enumerator stats and bridges every entry,
/// which a folder of 10,000 PDFs feels). Symbolic links to folders are never followed, so a link cycle cannot
/// make a walk loop; links to files are reported as files.
enum DirectoryWalker {
    enum Entry {
        /// A regular file (or a symbolic link to one), by path relative to the root.
        case file(String)
        /// Something that could not be listed or read, with the reason.
        case problem(String, String)
    }

    /// Every file under `root`, depth first, in no particular order.
    static func walk(_ root: String, _ visit: (Entry) -> Void) {
        walk(root, relative: "", visit)
    }

    private static func walk(_ root: String, relative: String, _ visit: (Entry) -> Void) {
        let folder = relative.isEmpty ? root : root + "/" + relative
        guard let directory = opendir(folder) else {
            visit(.problem(relative, "cannot read the folder: \(String(cString: strerror(errno)))"))
            return
        }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let type = entry.pointee.d_type
            let raw = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if raw == [46] || raw == [46, 46] { continue }
            guard let name = String(validating: raw, as: UTF8.self) else {
                let shown = String(decoding: raw, as: UTF8.self)
                let path = relative.isEmpty ? shown : relative + "/" + shown
                visit(.problem(path, "the name is not valid UTF-8 (rename the file)"))
                continue
            }
            let path = relative.isEmpty ? name : relative + "/" + name
            switch Int32(type) {
            case Int32(DT_DIR): walk(root, relative: path, visit)
            case Int32(DT_REG): visit(.file(path))
            default: classify(root, relative: path, visit)
            }
        }
    }

    /// Links and file systems that do not fill in `d_type`: ask `lstat`, then `stat` for a link's target.
    private static func classify(_ root: String, relative: String, _ visit: (Entry) -> Void) {
        let full = root + "/" + relative
        var info = stat()
        guard lstat(full, &info) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: walk(root, relative: relative, visit)
        case S_IFREG: visit(.file(relative))
        case S_IFLNK:
            var target = stat()
            guard stat(full, &target) == 0 else {
                let reason = errno == ELOOP ? "a symbolic link loop" : "a broken symbolic link"
                visit(.problem(relative, reason))
                return
            }
            if target.st_mode & S_IFMT == S_IFREG { visit(.file(relative)) }
        default: return
        }
    }
}
