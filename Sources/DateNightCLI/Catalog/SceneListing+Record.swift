/// A scene listing as the listing cache keeps it (`ListingRecord`), field by field.
extension SceneListing {
    func write(to writer: inout ListingRecord.Writer) {
        writer.int(entries.count)
        for entry in entries {
            writer.int(entry.number)
            writer.string(entry.id)
            writer.string(entry.title)
            writer.string(entry.summary)
            writer.int(entry.minutes)
            writer.strings(entry.kinds)
            writer.strings(entry.questions.map { [String($0)] } ?? [])
            let decks = entry.decks.map { $0.sorted { $0.key < $1.key } }
            writer.int(decks == nil ? 0 : 1)
            writer.strings(decks?.map(\.key) ?? [])
            writer.strings(decks?.map { String($0.value) } ?? [])
            writer.string(entry.file)
            writer.string(entry.source)
        }
        writer.int(known.count)
        for scene in known {
            writer.string(scene.file)
            writer.string(scene.id)
            writer.strings(scene.savedKeys)
        }
        writer.strings(skipped)
        writer.strings(notices)
    }

    init?(reading reader: inout ListingRecord.Reader) {
        guard let entryCount = reader.count() else { return nil }
        entries = []
        for _ in 0..<entryCount {
            guard let number = reader.int(), let id = reader.string(), let title = reader.string(),
                  let summary = reader.string(), let minutes = reader.int(), let kinds = reader.strings(),
                  let questions = reader.strings(), questions.count <= 1,
                  let hasDecks = reader.int(), let deckNames = reader.strings(), let deckSizes = reader.strings(),
                  deckNames.count == deckSizes.count, let file = reader.string(), let source = reader.string()
            else { return nil }
            let sizes = deckSizes.compactMap { Int($0) }
            let questionCount = questions.first.map { Int($0) }
            guard sizes.count == deckSizes.count, questionCount != .some(nil) else { return nil }
            entries.append(Entry(
                number: number, id: id, title: title, summary: summary, minutes: minutes, kinds: kinds,
                questions: questionCount ?? nil,
                decks: hasDecks == 0 ? nil : Dictionary(zip(deckNames, sizes), uniquingKeysWith: { first, _ in first }),
                file: file, source: source))
        }
        guard let knownCount = reader.count() else { return nil }
        known = []
        for _ in 0..<knownCount {
            guard let file = reader.string(), let id = reader.string(), let savedKeys = reader.strings() else { return nil }
            known.append(Known(file: file, id: id, savedKeys: savedKeys))
        }
        guard let skipped = reader.strings(), let notices = reader.strings() else { return nil }
        self.skipped = skipped
        self.notices = notices
    }
}
