/// FNV-1a 64-bit: a hash that is the same on every machine and in every run.
///
/// Swift's `Hasher` is seeded per process, so it cannot name a case or pick a shard; this
/// one can.
public struct StableHash: Sendable {
    /// The hash so far.
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Mixes in the UTF-8 bytes of `text`, then a separator so that `("ab", "c")` and
    /// `("a", "bc")` differ.
    public mutating func combine(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0xFF)
    }

    /// Mixes in the eight bytes of `number`, little-endian.
    public mutating func combine(_ number: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: number >> UInt64(shift))) }
    }

    private mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The hash of `parts`, in order.
    public static func of(_ parts: String...) -> UInt64 {
        var hash = StableHash()
        for part in parts { hash.combine(part) }
        return hash.value
    }

    /// `value` as 16 lowercase hex digits.
    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
