import CTesseract
import DocumentModel
import Extraction

/// A word as tesseract reports it, in pixels of the image it read.
struct TesseractWord: Equatable {
    var text: String
    var left: Int
    var top: Int
    var right: Int
    var bottom: Int
    /// 0…100.
    var confidence: Double
    /// Index of the tesseract text line the word belongs to, counted over the page.
    var line: Int
    /// The baseline's highest point along the word (a skewed scan slopes it), when tesseract found one.
    /// The word's top is reached at the same end, so the difference is the ascent, free of skew.
    var baseline: Int?
}

/// Owns one initialised TessBaseAPI. Initialising costs ~90 ms, so engines are kept in an `EnginePool` and
/// reused. Not thread-safe: the pool lends an engine to one thread at a time, hence `@unchecked Sendable`.
final class TesseractEngine: @unchecked Sendable {
    private let handle: OpaquePointer
    let language: String

    /// Loads `language` ("dan", "dan+eng", "osd") from `dataPath`, or from tesseract's own tessdata folder.
    init(language: String, dataPath: String?) throws(ReferentError) {
        guard referent_tesseract_available() else {
            throw ReferentError(
                .internalFailure, file: "", message: "cannot open the tesseract library (is libtesseract5 installed?)")
        }
        guard let api = referent_TessBaseAPICreate() else {
            throw ReferentError(.internalFailure, file: "", message: "tesseract could not create an engine")
        }
        Self.useOneThread()
        guard referent_TessBaseAPIInit3(api, dataPath, language) == 0 else {
            referent_TessBaseAPIDelete(api)
            throw ReferentError(
                .internalFailure, file: "",
                message: "tesseract cannot load language \"\(language)\" (is its .traineddata installed?)")
        }
        handle = api
        self.language = language
    }

    deinit {
        referent_TessBaseAPIEnd(handle)
        referent_TessBaseAPIDelete(handle)
    }

    /// The tessdata folder the engine loaded its language from.
    var dataPath: String? {
        referent_TessBaseAPIGetDatapath(handle).map { String(cString: $0) }
    }

    /// Tesseract's OpenMP threads make it several times slower on small machines; OpenMP settings are per
    /// thread, so this runs on every thread before it uses an engine.
    static func useOneThread() {
        referent_omp_single_thread()
    }

    /// Recognises the image and returns its words in reading order.
    func words(in image: RenderedPage) -> [TesseractWord] {
        Self.useOneThread()
        setImage(image)
        defer { referent_TessBaseAPIClear(handle) }
        guard referent_TessBaseAPIRecognize(handle, nil) == 0, let iterator = referent_TessBaseAPIGetIterator(handle)
        else { return [] }
        defer { referent_TessResultIteratorDelete(iterator) }
        // A view into the result iterator, not a separate allocation: never deleted on its own.
        let layout = referent_TessResultIteratorGetPageIterator(iterator)
        var words: [TesseractWord] = []
        var line = -1
        repeat {
            if referent_TessPageIteratorIsAtBeginningOf(layout, RIL_TEXTLINE) != 0 { line += 1 }
            guard let pointer = referent_TessResultIteratorGetUTF8Text(iterator, RIL_WORD) else { continue }
            let text = String(cString: pointer)
            referent_TessDeleteText(pointer)
            var box: (Int32, Int32, Int32, Int32) = (0, 0, 0, 0)
            guard referent_TessPageIteratorBoundingBox(layout, RIL_WORD, &box.0, &box.1, &box.2, &box.3) != 0 else {
                continue
            }
            var base: (Int32, Int32, Int32, Int32) = (0, 0, 0, 0)
            let hasBaseline =
                referent_TessPageIteratorBaseline(layout, RIL_WORD, &base.0, &base.1, &base.2, &base.3) != 0
            words.append(
                TesseractWord(
                    text: text, left: Int(box.0), top: Int(box.1), right: Int(box.2), bottom: Int(box.3),
                    confidence: Double(referent_TessResultIteratorConfidence(iterator, RIL_WORD)), line: max(0, line),
                    baseline: hasBaseline ? Int(min(base.1, base.3)) : nil))
        } while referent_TessResultIteratorNext(iterator, RIL_WORD) != 0
        return words
    }

    /// Tesseract's orientation and script detection (needs the "osd" language): the clockwise turn in degrees
    /// that makes the image upright, and tesseract's confidence in it.
    func uprightTurn(of image: RenderedPage) -> (degrees: Int, confidence: Double)? {
        Self.useOneThread()
        setImage(image)
        defer { referent_TessBaseAPIClear(handle) }
        var degrees: Int32 = 0
        var confidence: Float = 0
        // Orientation detection reads the resolution from an image the raw-pixel API leaves without one, and
        // prints "Warning. Invalid resolution 0 dpi" for every page it checks: its messages go nowhere.
        _ = referent_TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        // The script name points into tesseract's own tables (despite capi.h's comment): not requested.
        guard referent_TessBaseAPIDetectOrientationScript(handle, &degrees, &confidence, nil, nil) != 0 else {
            return nil
        }
        // tesseract reports how far the text is turned counter-clockwise.
        return ((360 - Int(degrees)) % 360, Double(confidence))
    }

    private func setImage(_ image: RenderedPage) {
        // tesseract copies the pixels into its own image here, so the buffer need not outlive the call.
        image.pixels.withUnsafeBufferPointer { buffer in
            referent_TessBaseAPISetImage(
                handle, buffer.baseAddress, Int32(image.width), Int32(image.height), 4, Int32(image.bytesPerRow))
        }
        referent_TessBaseAPISetSourceResolution(handle, Int32(image.dpi.rounded()))
    }
}
