/// Chooses the pixel size a page is rendered at: the configured resolution, lowered when the page would
/// have more pixels than the limit (a poster-sized or hostile page), never more than cairo can hold.
struct PageRenderer {
    var dpi: Int
    var maxPixels: Int

    /// cairo image surfaces are limited to this many pixels a side.
    static let maxSide = 32_767
    /// Below this a page cannot be read at all; a page that only fits lower is not rendered.
    static let minimumDPI = 20.0

    struct Plan: Equatable {
        var width: Int
        var height: Int
        var dpi: Double
        /// Whether the resolution was lowered to respect the limits.
        var reduced: Bool
    }

    /// The plan for a page of `width` × `height` points; nil for an empty page or one too large to read.
    func plan(width: Double, height: Double) -> Plan? {
        guard width > 0, height > 0, width.isFinite, height.isFinite, dpi > 0 else { return nil }
        var resolution = Double(dpi)
        let pixels = width * height * resolution * resolution / (72 * 72)
        let budget = Double(max(1, maxPixels))
        if pixels > budget { resolution *= (budget / pixels).squareRoot() }
        let longest = max(width, height) * resolution / 72
        if longest > Double(Self.maxSide) { resolution *= Double(Self.maxSide) / longest }
        guard resolution >= Self.minimumDPI else { return nil }
        // Rounded down so the pixel count stays within the budget.
        let pixelWidth = max(1, Int((width * resolution / 72).rounded(.down)))
        let pixelHeight = max(1, Int((height * resolution / 72).rounded(.down)))
        return Plan(width: pixelWidth, height: pixelHeight, dpi: resolution, reduced: resolution < Double(dpi))
    }
}
