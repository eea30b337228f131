import DocumentModel

/// Puts the text-layer lines of a stamp among the lines OCR read on the scan beneath it, in one reading order.
enum StampMerge {
    /// Points added around a kept line's box when it is painted out of the rendering for OCR.
    static let maskPadding = 1.5

    /// OCR's lines keep their order; each stamp line goes before the first OCR line that lies wholly below
    /// its middle, so a header stamp comes first, a footer stamp last and a margin note beside its
    /// neighbours. Stamp lines keep their own order among themselves.
    static func lines(ocr: [Line], stamp: [Line]) -> [Line] {
        guard !stamp.isEmpty else { return ocr }
        let slots = stamp.map { line in ocr.firstIndex { $0.box.minY > line.box.midY } ?? ocr.count }
        var merged: [Line] = []
        merged.reserveCapacity(ocr.count + stamp.count)
        var next = 0
        let order = stamp.indices.sorted { (slots[$0], $0) < (slots[$1], $1) }
        for (index, line) in ocr.enumerated() {
            while next < order.count, slots[order[next]] <= index {
                merged.append(stamp[order[next]])
                next += 1
            }
            merged.append(line)
        }
        while next < order.count {
            merged.append(stamp[order[next]])
            next += 1
        }
        return merged
    }
}

extension Rect {
    /// This rectangle after its page, `frame` points large, is turned clockwise by `degrees` (a multiple of
    /// 90): into the upright frame OCR read a sideways scan in.
    func turned(clockwise degrees: Int, inPageOf frame: (width: Double, height: Double)) -> Rect {
        switch ((degrees / 90) % 4 + 4) % 4 {
        case 1: return Rect(minX: frame.height - maxY, minY: minX, maxX: frame.height - minY, maxY: maxX)
        case 2:
            return Rect(
                minX: frame.width - maxX, minY: frame.height - maxY, maxX: frame.width - minX, maxY: frame.height - minY
            )
        case 3: return Rect(minX: minY, minY: frame.width - maxX, maxX: maxY, maxY: frame.width - minX)
        default: return self
        }
    }
}
