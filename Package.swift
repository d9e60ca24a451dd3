// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // MARK: - System libraries
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),

        // MARK: - Pure modules
        .target(
            name: "Extraction",
            dependencies: ["CLibXML2"]
        ),
        .target(name: "FilterQuery"),
        .target(name: "ReaderCore"),

        // MARK: - Resources (samples, noise lexicons, default config)
        .target(
            name: "FolioResources",
            path: "Resources",
            exclude: ["README.md"],
            resources: [.copy("samples"), .copy("lexicon"), .copy("config")]
        ),

        // MARK: - Effects
        .target(
            name: "Store",
            dependencies: [
                "Extraction", "FilterQuery",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "TerminalUI",
            dependencies: ["CNcursesw", "ReaderCore"]
        ),
        .executableTarget(
            name: "folio",
            dependencies: [
                "Extraction", "Store", "FilterQuery", "ReaderCore", "TerminalUI", "FolioResources",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Tests
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "ExtractionTests",
            dependencies: ["Extraction", "FolioResources", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "FilterQueryTests", dependencies: ["FilterQuery", "TestSupport"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Extraction", "FilterQuery", "TestSupport"]),
        .testTarget(
            name: "ReaderCoreTests",
            dependencies: ["ReaderCore", "TestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "ReaderCore"]),
        .testTarget(
            name: "FolioEndToEndTests",
            dependencies: ["folio", "ReaderCore", "Store", "Extraction", "FilterQuery", "TestSupport"],
            exclude: ["Fixtures"]
        ),
    ]
)
