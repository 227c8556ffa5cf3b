/// The listing cache's file format: every value a netstring (`LENGTH:BYTES,`), read back in
/// the order it was written. The cache is read by every `datenight scenes`, and reading this
/// costs a small part of what `JSONDecoder` does, which looks up each `Codable` type's
/// conformances at run time before decoding anything. Whatever is malformed reads as nil.
enum ListingRecord {
    struct Writer {
        private(set) var bytes: [UInt8] = []

        mutating func string(_ text: String) {
            bytes += String(text.utf8.count).utf8
            bytes.append(UInt8(ascii: ":"))
            bytes += text.utf8
            bytes.append(UInt8(ascii: ","))
        }

        mutating func int(_ number: Int) { string(String(number)) }

        mutating func strings(_ list: [String]) {
            int(list.count)
            list.forEach { string($0) }
        }
    }

    struct Reader {
        private let bytes: [UInt8]
        private var offset = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var isAtEnd: Bool { offset == bytes.count }

        mutating func string() -> String? {
            var length = 0
            var cursor = offset
            while cursor < bytes.count, bytes[cursor] != UInt8(ascii: ":") {
                let digit = Int(bytes[cursor]) - Int(UInt8(ascii: "0"))
                guard (0...9).contains(digit), cursor - offset < 9 else { return nil }
                length = length * 10 + digit
                cursor += 1
            }
            let start = cursor + 1
            guard cursor > offset, start + length < bytes.count, bytes[start + length] == UInt8(ascii: ",") else { return nil }
            let text = bytes.withUnsafeBufferPointer {
                String(validating: UnsafeBufferPointer(rebasing: $0[start..<(start + length)]), as: UTF8.self)
            }
            guard let text else { return nil }
            offset = start + length + 1
            return text
        }

        mutating func int() -> Int? { string().flatMap { Int($0) } }

        /// A count of things to read next: never more than there are bytes left to hold them.
        mutating func count() -> Int? {
            guard let count = int(), count >= 0, count <= bytes.count - offset else { return nil }
            return count
        }

        mutating func strings() -> [String]? {
            guard let count = count() else { return nil }
            var list: [String] = []
            list.reserveCapacity(count)
            for _ in 0..<count {
                guard let text = string() else { return nil }
                list.append(text)
            }
            return list
        }
    }
}
