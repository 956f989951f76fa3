/// SplitMix64: a small, fast, seedable generator whose sequence is fixed by its seed, so a
/// random case can be drawn again from its seed alone on any machine.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SplitMix64 {
    /// A value in `0..<bound`, by multiply-high: the same on every platform and Swift
    /// version, unlike the standard library's `random(in:)`.
    mutating func below(_ bound: UInt64) -> UInt64 {
        guard bound > 1 else { return 0 }
        return next().multipliedFullWidth(by: bound).high
    }
}
