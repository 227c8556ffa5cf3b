import Foundation
import GRDB

/// The column type of text a player typed or was shown: kept with every byte, a NUL included.
///
/// GRDB hands a String to SQLite as a C string, which ends at the first NUL, and reads one
/// back the same way, so "before\0after" typed into a pipe would be saved as "before". Such a
/// text goes in as a blob of its UTF-8 bytes, which keeps its length; any other stays text, as
/// it always was. Either reads back whole.
struct WholeText: Codable, Hashable, Sendable, DatabaseValueConvertible {
    var string: String

    init(_ string: String) {
        self.string = string
    }

    var databaseValue: DatabaseValue {
        string.utf8.contains(0) ? Data(string.utf8).databaseValue : string.databaseValue
    }

    static func fromDatabaseValue(_ value: DatabaseValue) -> WholeText? {
        switch value.storage {
        case .blob(let data): WholeText(String(decoding: data, as: UTF8.self))
        case .string(let string): WholeText(string)
        default: nil
        }
    }

    // A record's Codable conformance needs these; GRDB itself uses the database value above.
    init(from decoder: any Decoder) throws {
        string = try decoder.singleValueContainer().decode(String.self)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(string)
    }
}
