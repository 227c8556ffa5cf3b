import Foundation
import LocatedJSON
import Testing

/// Runs the public JSONTestSuite (github.com/nst/JSONTestSuite) kept next to the repository:
/// `y_` files must parse, `n_` files must be refused, `i_` files may go either way.
@Suite struct JSONTestSuiteTests {
    static let folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent()  // LocatedJSONTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the repository
        .appendingPathComponent("../shared/jsontestsuite/test_parsing")
        .standardizedFileURL

    /// The suite sits beside CI's checkout, not in a fresh clone: skipped (saying so) when it is
    /// absent, except under CI, where a missing suite must fail rather than pass unseen.
    static let available = FileManager.default.fileExists(atPath: folder.path)
        || ProcessInfo.processInfo.environment["CI"] != nil

    @Test(.enabled(if: available, "../shared/jsontestsuite/test_parsing (the JSONTestSuite) is not beside this repository"))
    func everyFileIsJudgedAsTheSuiteExpects() throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
                .filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            Issue.record("JSONTestSuite not found at \(Self.folder.path): \(error)")
            return
        }
        let accepted = names.filter { $0.hasPrefix("y_") }
        let refused = names.filter { $0.hasPrefix("n_") }
        let either = names.filter { $0.hasPrefix("i_") }
        try #require(!accepted.isEmpty && !refused.isEmpty && !either.isEmpty,
                     "JSONTestSuite at \(Self.folder.path) is incomplete: \(names.count) files")

        for name in names {
            let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
            let result = Result { () throws(JSONSyntaxError) in try JSONParser.parse(bytes) }
            switch (name.prefix(2), result) {
            case ("y_", .failure(let error)):
                Issue.record("\(name) should parse but failed with \(error)")
            case ("n_", .success):
                Issue.record("\(name) should be refused but parsed")
            default:
                break
            }
        }
    }
}
