// swift-tools-version: 6.1
// Dev-time harness for Referent's OCR, built by bench.sh in a scratch folder where Sources/ holds symlinks
// to Referent's DocumentModel, Extraction, OCR, CPoppler and CTesseract. Not part of the package.
import PackageDescription

let package = Package(
    name: "OCRBench",
    targets: [
        .systemLibrary(name: "CPoppler", path: "Sources/CPoppler", pkgConfig: "poppler-glib"),
        .systemLibrary(name: "CTesseract", path: "Sources/CTesseract", pkgConfig: "tesseract"),
        .target(name: "DocumentModel"),
        .target(name: "Extraction", dependencies: ["DocumentModel", "CPoppler"]),
        .target(name: "OCR", dependencies: ["DocumentModel", "Extraction", "CTesseract"]),
        .executableTarget(name: "ocr-bench", dependencies: ["OCR", "Extraction", "DocumentModel"]),
    ]
)
