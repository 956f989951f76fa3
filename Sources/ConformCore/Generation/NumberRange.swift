import BigInt

/// The valid numbers of a position: inclusive effective bounds after exclusives, integer
/// rounding and the `int32`/`int64` formats, plus `multipleOf`. Exact throughout.
struct NumberRange {
    var low: JSONNumber?
    var high: JSONNumber?
    var multipleOf: JSONNumber?
    var integer: Bool

    static let int32 = (JSONNumber(Int64(Int32.min)), JSONNumber(Int64(Int32.max)))
    static let int64 = (JSONNumber(Int64.min), JSONNumber(Int64.max))

    /// The range an integer `format` implies, if any.
    static func formatRange(_ format: String?) -> (JSONNumber, JSONNumber)? {
        switch format {
        case "int32": return int32
        case "int64": return int64
        default: return nil
        }
    }

    init(_ facts: SchemaFacts, integer: Bool) {
        self.integer = integer
        multipleOf = facts.multipleOf
        if let bound = facts.minimum {
            low = integer ? NumberRange.ceil(bound.value) : bound.value
            if bound.exclusive, low == bound.value {
                low = bound.value + NumberRange.step(integer: integer, toward: facts.maximum?.value, from: bound.value)
            }
        }
        if let bound = facts.maximum {
            high = integer ? NumberRange.floor(bound.value) : bound.value
            if bound.exclusive, high == bound.value {
                high = bound.value - NumberRange.step(integer: integer, toward: facts.minimum?.value, from: bound.value)
            }
        }
        if let (formatLow, formatHigh) = NumberRange.formatRange(facts.format), integer {
            low = Swift.max(low ?? formatLow, formatLow)
            high = Swift.min(high ?? formatHigh, formatHigh)
        }
    }

    /// How far inside an exclusive bound to step: one for integers, else at most one and
    /// never past half the way to the other bound.
    private static func step(integer: Bool, toward other: JSONNumber?, from bound: JSONNumber) -> JSONNumber {
        guard !integer, let other else { return 1 }
        let gap = other > bound ? other - bound : bound - other
        let half = half(gap)
        return half < 1 ? half : 1
    }

    func contains(_ value: JSONNumber) -> Bool {
        if let low, value < low { return false }
        if let high, value > high { return false }
        if integer, !value.isInteger { return false }
        if let multipleOf, !value.isMultiple(of: multipleOf) { return false }
        return true
    }

    /// A small, readable valid number: 1, 0, else the multiple nearest the low bound.
    func preferred() -> JSONNumber? {
        for candidate: JSONNumber in [1, 0] where contains(candidate) { return candidate }
        for candidate in [low, high].compactMap({ $0 }) {
            if let multiple = nearestMultiple(atLeast: candidate), contains(multiple) { return multiple }
            if contains(candidate) { return candidate }
        }
        if let multipleOf, contains(multipleOf) { return multipleOf }
        return nil
    }

    /// A random valid number, within a thousand of the bounds it has.
    func random(using rng: inout SplitMix64) -> JSONNumber? {
        let span: Int64 = 1000
        let start = low ?? (high.map { $0 - JSONNumber(span) } ?? JSONNumber(-span))
        let end = high ?? start + JSONNumber(span)
        guard start <= end else { return nil }
        let width = end - start
        let limit = width < JSONNumber(span) ? width : JSONNumber(span)
        let offset = Int64(rng.below(UInt64(NumberRange.floor(limit).int64Value ?? 0) + 1))
        var value = start + JSONNumber(offset)
        if integer { value = NumberRange.ceil(value) }
        if multipleOf != nil {
            value = nearestMultiple(atLeast: value) ?? value
        } else if !integer, rng.below(2) == 1 {
            let fraction = JSONNumber(smallSignificand: Int64(rng.below(100)), exponent: -2)
            if contains(value + fraction) { value = value + fraction }
        }
        return contains(value) ? value : preferred()
    }

    /// The smallest multiple of `multipleOf` that is at least `value`.
    func nearestMultiple(atLeast value: JSONNumber) -> JSONNumber? {
        guard let multipleOf, let (a, ea) = value.decimalParts, let (m, em) = multipleOf.decimalParts, !m.isZero else {
            return nil
        }
        let common = Swift.min(ea, em)
        let scaledA = a * BigInt(10).power(ea - common)
        let scaledM = (m * BigInt(10).power(em - common)).magnitude
        var quotient = scaledA / BigInt(scaledM)
        if quotient * BigInt(scaledM) < scaledA { quotient += 1 }
        return JSONNumber(significand: quotient * BigInt(scaledM), exponent: common)
    }

    static func floor(_ value: JSONNumber) -> JSONNumber {
        guard let (s, e) = value.decimalParts, e < 0 else { return value }
        let divisor = BigInt(10).power(-e)
        var quotient = s / divisor
        if quotient * divisor > s { quotient -= 1 }
        return JSONNumber(quotient)
    }

    static func ceil(_ value: JSONNumber) -> JSONNumber {
        -floor(-value)
    }

    static func half(_ value: JSONNumber) -> JSONNumber {
        guard let (s, e) = value.decimalParts else { return value }
        return JSONNumber(significand: s * 5, exponent: e - 1)
    }
}
