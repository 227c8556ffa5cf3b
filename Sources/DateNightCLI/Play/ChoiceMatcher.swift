/// Finds which option a typed line means: its number, its label, the start of its label, or,
/// when only one label fits, the start of any word in it ("guess" for "The guessing game").
enum ChoiceMatcher {
    static func match(_ text: String, options: [String]) -> Int? {
        let typed = text.trimmingWhitespace().lowercased()
        guard !typed.isEmpty else { return nil }
        switch TypedNumber.read(typed, count: options.count) {
        case .position(let number)?: return number
        case .outOfRange?: return nil
        case nil: break
        }
        let labels = options.map { $0.lowercased() }
        if let exact = labels.firstIndex(of: typed) { return exact + 1 }
        let starts = labels.indices.filter { labels[$0].hasPrefix(typed) }
        if starts.count == 1 { return starts[0] + 1 }
        guard starts.isEmpty else { return nil }
        let wordStarts = labels.indices.filter { index in
            labels[index].split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { $0.hasPrefix(typed) }
        }
        return wordStarts.count == 1 ? wordStarts[0] + 1 : nil
    }
}
