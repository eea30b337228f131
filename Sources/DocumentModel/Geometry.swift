/// A rectangle in PDF points with the origin at the top-left corner of the page and y growing downwards,
/// the way a reader scans a page. Extraction converts from PDF space (y up) once, at the edge.
public struct Rect: Codable, Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.init(x: minX, y: minY, width: max(0, maxX - minX), height: max(0, maxY - minY))
    }

    public var minX: Double { x }
    public var minY: Double { y }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var midX: Double { x + width / 2 }
    public var midY: Double { y + height / 2 }

    /// The smallest rectangle containing both.
    public func union(_ other: Rect) -> Rect {
        Rect(
            minX: min(minX, other.minX), minY: min(minY, other.minY),
            maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }

    /// Whether the two rectangles share any area.
    public func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// The overlap of the two vertical extents, in points (0 when they do not overlap).
    public func verticalOverlap(with other: Rect) -> Double {
        max(0, min(maxY, other.maxY) - max(minY, other.minY))
    }

    /// Rounded to hundredths of a point: stable output, no float noise in fixtures.
    public var rounded: Rect {
        func r(_ v: Double) -> Double { (v * 100).rounded() / 100 }
        return Rect(x: r(x), y: r(y), width: r(width), height: r(height))
    }
}

extension Array where Element == Rect {
    /// The union of all rectangles, or nil for none.
    public var enclosingRect: Rect? {
        guard var result = first else { return nil }
        for rect in dropFirst() { result = result.union(rect) }
        return result
    }
}
