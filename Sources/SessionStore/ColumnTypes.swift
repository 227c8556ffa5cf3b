import DateNightCore
import GRDB

// The engine's own types as columns of a save, so records hold them directly.

/// As the schema names it ('text', 'passed', 'timeUp', 'spoken'): its raw value, the one
/// mapping every format uses.
extension Response.Kind: DatabaseValueConvertible {}

/// 1 or 2 in a save (the schema checks it), where the engine counts from 0.
extension PlayerSlot: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue {
        (rawValue + 1).databaseValue
    }

    public static func fromDatabaseValue(_ value: DatabaseValue) -> PlayerSlot? {
        switch Int.fromDatabaseValue(value) {
        case 1?: .first
        case 2?: .second
        default: nil
        }
    }
}

/// A session's seed in a save: a UInt64 in decimal text, as SQLite's integers are signed.
struct DecimalSeed: Hashable, Sendable, DatabaseValueConvertible {
    var value: UInt64

    init(_ value: UInt64) {
        self.value = value
    }

    var databaseValue: DatabaseValue { String(value).databaseValue }

    static func fromDatabaseValue(_ value: DatabaseValue) -> DecimalSeed? {
        String.fromDatabaseValue(value).flatMap(UInt64.init).map(DecimalSeed.init)
    }
}
