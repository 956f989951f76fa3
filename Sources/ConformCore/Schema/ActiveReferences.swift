/// The `$ref`s a walk is inside, each with the instance depth where it was entered: entering
/// one again at the same depth is a loop that would never end.
///
/// A stack whose first four entries live inline: schemas rarely nest more such references at
/// once, so most walks allocate nothing for it.
struct ActiveReferences {
    private typealias Entry = (node: ObjectIdentifier?, depth: Int)
    private var inline: (Entry, Entry, Entry, Entry) = ((nil, 0), (nil, 0), (nil, 0), (nil, 0))
    private var overflow: [Entry] = []
    private var count = 0

    private func entry(_ index: Int) -> Entry {
        switch index {
        case 0: return inline.0
        case 1: return inline.1
        case 2: return inline.2
        case 3: return inline.3
        default: return overflow[index - 4]
        }
    }

    /// True when `node` was entered at `depth` and not left yet.
    func contains(_ node: ObjectIdentifier, at depth: Int) -> Bool {
        (0..<count).contains { entry($0).node == node && entry($0).depth == depth }
    }

    mutating func push(_ node: ObjectIdentifier, at depth: Int) {
        let new: Entry = (node, depth)
        switch count {
        case 0: inline.0 = new
        case 1: inline.1 = new
        case 2: inline.2 = new
        case 3: inline.3 = new
        default: overflow.append(new)
        }
        count += 1
    }

    mutating func pop() {
        count -= 1
        if count >= 4 { overflow.removeLast() }
    }
}
