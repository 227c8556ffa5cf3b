/// Finds which option a typed line means: its number, its label, or an unambiguous start of it.
enum ChoiceMatcher {
    static func match(_ text: String, options: [String]) -> Int? {
        let typed = text.trimmingWhitespace().lowercased()
        guard !typed.isEmpty else { return nil }
        if let number = Int(typed) { return options.indices.contains(number - 1) ? number : nil }
        if let exact = options.firstIndex(where: { $0.lowercased() == typed }) { return exact + 1 }
        let starts = options.indices.filter { options[$0].lowercased().hasPrefix(typed) }
        return starts.count == 1 ? starts[0] + 1 : nil
    }
}
