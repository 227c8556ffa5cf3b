// swift-tools-version: 6.1
import PackageDescription

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Linux only: the terminal layer uses signalfd and Glibc, so no Apple platform is declared.
let package = Package(
    name: "datenight",
    products: [
        .executable(name: "datenight", targets: ["datenight"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
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
                "SessionStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "datenight", dependencies: ["DateNightCLI"]),
        // Saved sessions, answers and progress in SQLite (system libsqlite3 through GRDB).
        .target(name: "SessionStore", dependencies: ["DateNightCore", .product(name: "GRDB", package: "GRDB.swift")]),
        // libFuzzer harness for the loader (built with -DFUZZING); otherwise an input replayer.
        // It plays what loads through the CLI's line player too (`Rehearsal`), as a pipe would.
        .executableTarget(name: "FuzzScene", dependencies: ["DateNightCore", "DateNightCLI"]),
        // GNU Readline (GPL-3.0) through a system-library target. No pkgConfig: tinfo's pkg-config
        // flags are ones SwiftPM refuses as unsafe, and plain `link "readline"` is all it needs.
        .systemLibrary(name: "CReadline", path: "Sources/CReadline", providers: [.apt(["libreadline-dev"])]),
        // The terminal at the edge: line editing, countdowns, the breathing pacer, safe text.
        .target(name: "TerminalKit", dependencies: ["CReadline"]),

        .testTarget(name: "LocatedJSONTests", dependencies: ["LocatedJSON"]),
        .testTarget(name: "DateNightCoreTests", dependencies: ["DateNightCore"]),
        // GRDB too: some tests tamper with a save file the way a newer datenight would.
        .testTarget(name: "DateNightCLITests", dependencies: ["DateNightCLI", "PTYTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "SessionStoreTests", dependencies: ["SessionStore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "PTYTestSupport"]),
        // A pseudo-terminal driver and a small screen model, for tests that type at readline
        // in-process (TerminalKit) or at the real binary (the CLI's end-to-end tests).
        .target(name: "PTYTestSupport", dependencies: ["TerminalKit", "CReadline"], path: "Tests/PTYTestSupport"),
    ]
)

// Benchmarks (ordo-one/package-benchmark) build only when asked for, so `swift test` and CI
// never compile the benchmark stack: `DATENIGHT_BENCHMARKS=1 swift package benchmark`.
if getenv("DATENIGHT_BENCHMARKS") != nil {
    package.dependencies.append(
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]))
    package.targets.append(
        .executableTarget(
            name: "EngineBenchmarks",
            dependencies: ["DateNightCore", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/EngineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ))
    package.targets.append(
        .executableTarget(
            name: "StorageBenchmarks",
            dependencies: ["SessionStore", "DateNightCore", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/StorageBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ))
}
