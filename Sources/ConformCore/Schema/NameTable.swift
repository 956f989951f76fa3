import ConformYAML

/// A fixed set of names (what a schema's `properties` and `required` name, or the strings of
/// an `enum`), looked up by their UTF-8 bytes.
///
/// JSON Schema compares names code point by code point, which equal UTF-8 bytes decide; a
/// word-at-a-time byte hash and comparison cost a fraction of `String` hashing and equality,
/// which also normalize. Built once when a schema is compiled; a class, so that a check
/// holding one copies a single reference.
final class NameTable {
    /// The names in the order given; of equal names only the first is ever found.
    let names: [String]
    /// Every name's UTF-8 bytes, one after the other; name `i` spans `starts[i]..<starts[i + 1]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    /// Open addressing: the position of a name plus one, or 0 for an empty slot.
    private let slots: [Int32]
    private let hashes: [UInt64]

    init(_ names: [String]) {
        self.names = names
        var bytes: [UInt8] = []
        var starts = [0]
        for name in names {
            bytes.append(contentsOf: name.utf8)
            starts.append(bytes.count)
        }
        self.bytes = bytes
        self.starts = starts
        var capacity = 4
        while capacity < names.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        var hashes = [UInt64](repeating: 0, count: capacity)
        bytes.withUnsafeBytes { all in
            for position in names.indices {
                let name = UnsafeRawBufferPointer(rebasing: all[starts[position]..<starts[position + 1]])
                let hash = NameTable.hash(name)
                var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
                var repeated = false
                while slots[slot] != 0 {
                    let other = Int(slots[slot]) - 1
                    if hashes[slot] == hash, name.elementsEqual(all[starts[other]..<starts[other + 1]]) {
                        repeated = true
                        break
                    }
                    slot = (slot + 1) & (capacity - 1)
                }
                if !repeated {
                    slots[slot] = Int32(position + 1)
                    hashes[slot] = hash
                }
            }
        }
        self.slots = slots
        self.hashes = hashes
    }

    var count: Int { names.count }

    /// FNV-1a over 8-byte words, folded so that the low bits (the slot) depend on every byte.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime: UInt64 = 0x100_0000_01b3
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
            hash ^= hash >> 32
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* prime
        return hash ^ (hash >> 32)
    }

    /// True when the first `b.count` bytes of `a` are those of `b`, compared a word at a time.
    private static func equal(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset + 8 <= b.count {
            if a.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                != b.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            {
                return false
            }
            offset += 8
        }
        while offset < b.count {
            if a[offset] != b[offset] { return false }
            offset += 1
        }
        return true
    }

    /// The position of the first name whose code points are those of `key`.
    func position(of key: String) -> Int? {
        if let found = key.utf8.withContiguousStorageIfAvailable({ position(ofBytes: UnsafeRawBufferPointer($0)) }) {
            return found
        }
        return Array(key.utf8).withUnsafeBytes { position(ofBytes: $0) }
    }

    private func position(ofBytes key: UnsafeRawBufferPointer) -> Int? {
        let hash = NameTable.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if hashes[slot] == hash {
                let start = starts[entry - 1]
                if starts[entry] - start == key.count,
                    bytes.withUnsafeBytes({ NameTable.equal(UnsafeRawBufferPointer(rebasing: $0[start...]), key) })
                {
                    return entry - 1
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Calls `body` with the matches between the names and the members of `object`; stack
    /// memory, so matching an object against a schema allocates nothing.
    @inline(__always)
    func withMatch(in object: JSONObject, _ body: (NameMatch) -> Bool) -> Bool {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: names.count + object.count) { memory in
            memory.initialize(repeating: -1)
            let match = NameMatch(
                members: UnsafeMutableBufferPointer(rebasing: memory[..<names.count]),
                names: UnsafeMutableBufferPointer(rebasing: memory[names.count...]))
            let keys = object.keys
            // Keys read by index, not bound, so that none is retained for the look-up.
            for member in keys.indices {
                if let position = position(of: keys[member]) {
                    match.members[position] = member
                    match.names[member] = position
                }
            }
            return body(match)
        }
    }
}

/// How the members of one object match the names of a ``NameTable``, both ways; valid only
/// inside ``NameTable/withMatch(in:_:)``.
struct NameMatch {
    /// For each name, the position of the member so named, or -1.
    let members: UnsafeMutableBufferPointer<Int>
    /// For each member, the position of its name in the table, or -1.
    let names: UnsafeMutableBufferPointer<Int>
}
