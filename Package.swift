// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Referent",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "referent", targets: ["referent"]),
        .library(name: "DanishTokenizer", targets: ["DanishTokenizer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // C libraries from Debian, found with pkg-config, wrapped once in the stage that needs them.
        .systemLibrary(
            name: "CPoppler", path: "Sources/CPoppler", pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]),
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CTesseract", path: "Sources/CTesseract",
            providers: [.apt(["libtesseract-dev", "libleptonica-dev", "tesseract-ocr-dan", "tesseract-ocr-osd"])]),
        .systemLibrary(
            name: "CHunspell", path: "Sources/CHunspell", pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev", "hunspell-da"])]),

        // The stages, each a library with a small public surface.
        .target(name: "DocumentModel"),
        .target(name: "DanishTokenizer", resources: [.process("Resources")]),
        .target(name: "Extraction", dependencies: ["DocumentModel", "CPoppler"]),
        .target(name: "OCR", dependencies: ["DocumentModel", "Extraction", "CTesseract"]),
        .target(
            name: "Normalisation", dependencies: ["DocumentModel", "CHunspell"], resources: [.process("Resources")]),
        .target(
            name: "Segmentation", dependencies: ["DocumentModel", "DanishTokenizer"], resources: [.process("Resources")]
        ),
        .target(name: "Emit", dependencies: ["DocumentModel", "CLibXML2"], resources: [.copy("Schemas")]),
        .target(name: "Diff", dependencies: ["Emit"]),
        .target(name: "Review", dependencies: ["DocumentModel", "Extraction", "Diff"]),
        .target(
            name: "Pipeline",
            dependencies: [
                "DocumentModel", "Extraction", "OCR", "Normalisation", "Segmentation", "Emit", "DanishTokenizer",
                "Review",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .executableTarget(
            name: "referent",
            dependencies: [
                "Pipeline", "DocumentModel", "Extraction", "Normalisation", "Emit", "DanishTokenizer", "Diff", "Review",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "referent-bench", dependencies: ["DanishTokenizer", "Pipeline", "Emit", "DocumentModel"]),

        .testTarget(name: "DanishTokenizerTests", dependencies: ["DanishTokenizer"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "DocumentModel"]),
        .testTarget(name: "OCRTests", dependencies: ["OCR", "Extraction", "DocumentModel"]),
        .testTarget(name: "NormalisationTests", dependencies: ["Normalisation", "DocumentModel"]),
        .testTarget(name: "SegmentationTests", dependencies: ["Segmentation", "DocumentModel"]),
        .testTarget(name: "EmitTests", dependencies: ["Emit", "DocumentModel", "Pipeline"]),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "Pipeline", "Extraction", "DocumentModel"]),
        .testTarget(name: "DiffTests", dependencies: ["Diff", "Emit", "Pipeline", "DocumentModel"]),
        .testTarget(
            name: "PipelineTests",
            dependencies: [
                "Pipeline", "DocumentModel", "Emit", "Extraction", "Normalisation",
                .product(name: "Yams", package: "Yams"),
            ]),
    ]
)
