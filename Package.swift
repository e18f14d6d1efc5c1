// swift-tools-version:6.0
import PackageDescription

// Layers (see ../shared/DESIGN.md): overleg -> Terminal -> CNcursesw/CTermSupport,
// overleg -> Dashboard (pure UI), Store (GRDB), Minutes (pure reading/extraction).
// OverlegResources embeds the JSON lexicons and the demo meeting from Resources/.
let package = Package(
    name: "overleg",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "overleg", targets: ["overleg"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .target(
            name: "OverlegResources",
            path: "Resources",
            exclude: ["README.md"],
            resources: [
                .embedInCode("topics.json"),
                .embedInCode("parties.json"),
                .embedInCode("statements.json"),
                .embedInCode("bodies.json"),
                .embedInCode("demo.txt"),
            ]
        ),
        .target(name: "Minutes"),
        // File formats to text: .docx (ZIPFoundation), .pdf (pdftotext), .txt/.md as bytes.
        .target(name: "Documents", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "Store", dependencies: ["Minutes", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "Dashboard"),
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "CTermSupport"),
        .target(name: "Terminal", dependencies: ["CNcursesw", "CTermSupport", "Dashboard"]),
        .executableTarget(
            name: "overleg",
            dependencies: [
                "Minutes", "Documents", "Store", "Dashboard", "Terminal", "OverlegResources",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks on synthetic archives (release build): `swift run -c release overleg-bench`.
        .executableTarget(name: "overleg-bench", dependencies: ["Minutes", "Store", "Dashboard", "OverlegResources"]),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "Minutes", "OverlegResources", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "MinutesTests", dependencies: ["Minutes", "OverlegResources"], resources: [.copy("Fixtures")]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Minutes", "OverlegResources"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard"], resources: [.copy("Snapshots")]),
        .testTarget(name: "EndToEndTests", dependencies: []),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "Dashboard"]),
    ],
    swiftLanguageModes: [.v6]
)
