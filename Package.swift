// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "datenight",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "datenight", targets: ["datenight"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // JSON with a source position on every value: the loader's diagnostics point at lines.
        .target(name: "LocatedJSON"),
        // The pure core: scene model, loader, validator, interpreter. No terminal, clock or disk.
        .target(name: "DateNightCore", dependencies: ["LocatedJSON"]),
        // The shell: commands, files, terminal and storage wired around the core.
        .target(
            name: "DateNightCLI",
            dependencies: [
                "DateNightCore",
                "TerminalKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "datenight", dependencies: ["DateNightCLI"]),
        // libFuzzer harness for the loader (built with -DFUZZING); otherwise an input replayer.
        .executableTarget(name: "FuzzScene", dependencies: ["DateNightCore"]),
        // GNU Readline (GPL-3.0) through a system-library target. No pkgConfig: tinfo's pkg-config
        // flags are ones SwiftPM refuses as unsafe, and plain `link "readline"` is all it needs.
        .systemLibrary(name: "CReadline", path: "Sources/CReadline", providers: [.apt(["libreadline-dev"])]),
        // The terminal at the edge: line editing, countdowns, the breathing pacer, safe text.
        .target(name: "TerminalKit", dependencies: ["CReadline"]),

        .testTarget(name: "LocatedJSONTests", dependencies: ["LocatedJSON"]),
        .testTarget(name: "DateNightCoreTests", dependencies: ["DateNightCore"]),
        .testTarget(name: "DateNightCLITests", dependencies: ["DateNightCLI"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
    ]
)
