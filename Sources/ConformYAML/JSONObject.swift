/// The members of a JSON object in document order, with fast lookup by name.
///
/// Names and values sit in two parallel arrays, so walking the members (what validation
/// does most) costs no hashing. Objects of more than ``indexThreshold`` members also keep a
/// name-to-position index; smaller ones, the vast majority in requests and responses, are
/// searched linearly, which is faster than hashing at that size and allocates nothing.
///
/// The arrays live in one copy-on-write box, so that copying an object (and a `JSONValue`
/// holding one) retains a single reference.
public struct JSONObject: Sendable {
    /// Mutated only through a uniquely referenced box, so sharing one across tasks is safe.
    /// Its fields skip the runtime's exclusivity checks: every access is a single read or a
    /// single write through ``unique``, never overlapping, and validation reads them per member.
    @usableFromInline
    final class Storage: @unchecked Sendable {
        @usableFromInline @exclusivity(unchecked) var keys: [String]
        @usableFromInline @exclusivity(unchecked) var values: [JSONValue]
        @exclusivity(unchecked) var index: [String: Int]?

        init(keys: [String], values: [JSONValue], index: [String: Int]?) {
            self.keys = keys
            self.values = values
            self.index = index
        }

        /// Indexes the names when there are more than ``JSONObject/indexThreshold``, else drops the index.
        func rebuildIndex() {
            guard keys.count > JSONObject.indexThreshold else {
                index = nil
                return
            }
            var built = [String: Int](minimumCapacity: keys.count)
            for (at, key) in keys.enumerated() { built[key] = at }
            index = built
        }
    }

    @usableFromInline
    var storage: Storage

    /// Member names in the order they were inserted.
    @inlinable public var keys: [String] { storage.keys }
    /// Member values, parallel to ``keys``.
    @inlinable public var values: [JSONValue] { storage.values }

    /// Above this many members, lookups go through a dictionary.
    static let indexThreshold = 8

    /// An empty object.
    public init() {
        storage = Storage(keys: [], values: [], index: nil)
    }

    /// An object from members in order; a later duplicate name replaces the earlier value.
    public init(_ members: some Sequence<(String, JSONValue)>) {
        self.init()
        for (key, value) in members { self[key] = value }
    }

    /// The number of members.
    @inlinable public var count: Int { storage.keys.count }

    /// True when there are no members.
    public var isEmpty: Bool { storage.keys.isEmpty }

    /// The box, copied first if another object shares it.
    private var unique: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) {
                storage = Storage(keys: storage.keys, values: storage.values, index: storage.index)
            }
            return storage
        }
    }

    /// The position of member `key`, if present.
    private func position(of key: String) -> Int? {
        if let index = storage.index { return index[key] }
        return storage.keys.firstIndex(of: key)
    }

    /// The value of member `key`; assigning nil removes the member.
    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { storage.values[$0] } }
        set {
            if let newValue {
                if let at = position(of: key) {
                    unique.values[at] = newValue
                } else {
                    append(key, newValue)
                }
            } else if let at = position(of: key) {
                let storage = unique
                storage.keys.remove(at: at)
                storage.values.remove(at: at)
                if storage.index != nil { storage.rebuildIndex() }
            }
        }
    }

    /// Appends a member unless one of that name exists; false (and no change) when it does.
    /// The loader's one lookup per member, which doubles as duplicate-key detection.
    mutating func appendIfAbsent(_ key: String, _ value: JSONValue) -> Bool {
        if position(of: key) != nil { return false }
        append(key, value)
        return true
    }

    /// Room for `count` members without reallocating.
    mutating func reserveCapacity(_ count: Int) {
        let storage = unique
        storage.keys.reserveCapacity(count)
        storage.values.reserveCapacity(count)
    }

    private mutating func append(_ key: String, _ value: JSONValue) {
        let storage = unique
        storage.keys.append(key)
        storage.values.append(value)
        if storage.index != nil {
            storage.index![key] = storage.keys.count - 1
        } else if storage.keys.count > JSONObject.indexThreshold {
            storage.rebuildIndex()
        }
    }

    /// The members in order.
    public var members: [(key: String, value: JSONValue)] {
        Array(zip(keys, values))
    }
}

extension JSONObject: Hashable {
    /// Objects are equal when they have the same members, in any order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if lhs.keys == rhs.keys { return lhs.values == rhs.values }
        for (key, value) in zip(lhs.keys, lhs.values) where rhs[key] != value { return false }
        return true
    }

    /// Order-independent, as equality is: the members' hashes are summed.
    public func hash(into hasher: inout Hasher) {
        var sum = 0
        for (key, value) in zip(keys, values) {
            var member = Hasher()
            member.combine(key)
            member.combine(value)
            sum = sum &+ member.finalize()
        }
        hasher.combine(count)
        hasher.combine(sum)
    }
}

extension JSONObject: Sequence {
    public func makeIterator() -> Zip2Sequence<[String], [JSONValue]>.Iterator {
        zip(keys, values).makeIterator()
    }
}
