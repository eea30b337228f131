extension String {
    /// The first space-separated token, as `split(separator: " ").first` gives it (empty when there is
    /// none), found without splitting the whole line.
    var firstSpaceToken: Substring {
        let rest = drop { $0 == " " }
        return rest.prefix { $0 != " " }
    }

    /// The last space-separated token, as `split(separator: " ").last` gives it (empty when there is
    /// none), found without splitting the whole line.
    var lastSpaceToken: Substring {
        guard let last = lastIndex(where: { $0 != " " }) else { return self[endIndex...] }
        let head = self[...last]
        return head[(head.lastIndex(of: " ").map(head.index(after:)) ?? head.startIndex)...]
    }
}
