import CPoppler

/// Owns a cairo RGB24 image surface and its drawing context, painted white, freed together.
/// Confined to the thread that renders into it.
final class CairoCanvas {
    private let surface: OpaquePointer
    private let context: OpaquePointer
    let width: Int
    let height: Int

    /// Nil when cairo cannot allocate the surface (too large, out of memory).
    init?(width: Int, height: Int) {
        guard width > 0, height > 0,
            let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))
        else { return nil }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let context = cairo_create(surface) else {
            cairo_surface_destroy(surface)
            return nil
        }
        self.surface = surface
        self.context = context
        self.width = width
        self.height = height
        // RGB24 starts undefined; a scan or a page without a background must sit on white paper.
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// Runs `draw` with the context scaled by `scale` (points to pixels).
    func draw(scale: Double, _ draw: (OpaquePointer) -> Void) {
        cairo_save(context)
        cairo_scale(context, scale, scale)
        draw(context)
        cairo_restore(context)
    }

    /// A copy of the pixels, or nil when drawing failed.
    func pixels() -> (bytes: [UInt8], bytesPerRow: Int)? {
        cairo_surface_flush(surface)
        guard cairo_status(context) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(surface) else {
            return nil
        }
        let stride = Int(cairo_image_surface_get_stride(surface))
        return (Array(UnsafeBufferPointer(start: data, count: stride * height)), stride)
    }
}
