/// A stack whose top elements are moved, not copied, into the array that holds them for good:
/// the parser's finished values wait here until their container closes, and an `Array` would
/// retain each one on the way out and release it again when the stack shrinks.
final class MovingStack<Element> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func append(_ element: Element) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Removes the elements from `start` to the top; `body` gets them and must move out every one.
    func removeAll<Result>(from start: Int, movingInto body: (UnsafeMutablePointer<Element>, Int) -> Result) -> Result {
        let moved = count - start
        count = start
        return body(base + start, moved)
    }

    /// The elements from `start` to the top, as an array.
    func removeAll(from start: Int) -> [Element] {
        removeAll(from: start) { elements, count in
            [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
                if count > 0 { buffer.baseAddress!.moveInitialize(from: elements, count: count) }
                initialized = count
            }
        }
    }
}
