import Extraction

extension RenderedPage {
    /// The image turned clockwise by `degrees` (a multiple of 90), for a page scanned sideways or upside down.
    func turned(clockwise degrees: Int) -> RenderedPage {
        let quarter = ((degrees / 90) % 4 + 4) % 4
        guard quarter != 0 else { return self }
        let swaps = quarter % 2 == 1
        let newWidth = swaps ? height : width
        let newHeight = swaps ? width : height
        var output = [UInt32](repeating: 0, count: newWidth * newHeight)
        let (w, h) = (width, height)
        let rowPixels = bytesPerRow / 4
        pixels.withUnsafeBytes { raw in
            let source = raw.bindMemory(to: UInt32.self)
            output.withUnsafeMutableBufferPointer { target in
                for y in 0..<h {
                    let row = y * rowPixels
                    for x in 0..<w {
                        let (nx, ny): (Int, Int)
                        switch quarter {
                        case 1: (nx, ny) = (h - 1 - y, x)
                        case 2: (nx, ny) = (w - 1 - x, h - 1 - y)
                        default: (nx, ny) = (y, w - 1 - x)
                        }
                        target[ny * newWidth + nx] = source[row + x]
                    }
                }
            }
        }
        let bytes = output.withUnsafeBytes { Array($0) }
        return RenderedPage(width: newWidth, height: newHeight, bytesPerRow: newWidth * 4, pixels: bytes, dpi: dpi)
    }
}
