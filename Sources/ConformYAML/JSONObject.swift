/// The members of a JSON object in document order, with constant-time lookup by name.
public struct JSONObject: Sendable {
    /// Member names in the order they were inserted.
    public private(set) var keys: [String]
    private var storage: [String: JSONValue]

    /// An empty object.
    public init() {
        keys = []
        storage = [:]
    }

    /// An object from members in order; a later duplicate name replaces the earlier value.
    public init(_ members: some Sequence<(String, JSONValue)>) {
        self.init()
        for (key, value) in members { self[key] = value }
    }

    /// The number of members.
    public var count: Int { keys.count }

    /// True when there are no members.
    public var isEmpty: Bool { keys.isEmpty }

    /// The value of member `key`; assigning nil removes the member.
    public subscript(key: String) -> JSONValue? {
        get { storage[key] }
        set {
            if let newValue {
                if storage.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if storage.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    /// Appends a member unless one of that name exists; false (and no change) when it does.
    /// The loader's one hash lookup per member, which doubles as duplicate-key detection.
    mutating func appendIfAbsent(_ key: String, _ value: JSONValue) -> Bool {
        if let existing = storage.updateValue(value, forKey: key) {
            // Rare (a duplicate or a merged key that is overridden): put the first value back.
            storage[key] = existing
            return false
        }
        keys.append(key)
        return true
    }

    /// Room for `count` members without rehashing.
    mutating func reserveCapacity(_ count: Int) {
        keys.reserveCapacity(count)
        storage.reserveCapacity(count)
    }

    /// The members in order.
    public var members: [(key: String, value: JSONValue)] {
        keys.map { ($0, storage[$0]!) }
    }

    /// The values in member order.
    public var values: [JSONValue] { keys.map { storage[$0]! } }
}

extension JSONObject: Hashable {
    /// Objects are equal when they have the same members, in any order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.storage == rhs.storage
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage)
    }
}

extension JSONObject: Sequence {
    public func makeIterator() -> some IteratorProtocol<(key: String, value: JSONValue)> {
        members.makeIterator()
    }
}
