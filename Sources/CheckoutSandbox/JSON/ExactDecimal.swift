/// The exact value of a JSON number literal, `significand × 10^exponent`, with no bound on
/// the exponent: Foundation's `Decimal` stops near 10^±128, so a valid price such as
/// `1.1125369292536007e-308` would not even read.
struct ExactDecimal: Comparable, Sendable {
    let negative: Bool
    /// The significand's decimal digits (0...9), most significant first, without leading or
    /// trailing zeros; empty for zero.
    let digits: [UInt8]
    /// The power of ten the significand is scaled by.
    let exponent: Int

    /// Reads a literal of JSON's number grammar; nil for anything else.
    init?(_ text: String) {
        var negative = false
        var digits: [UInt8] = []
        var fractionDigits = 0
        var exponent = 0
        var bytes = text.utf8[...]
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes = bytes.dropFirst()
        }
        var integerDigits = 0
        var inFraction = false
        while let byte = bytes.first, byte != UInt8(ascii: "e"), byte != UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if byte == UInt8(ascii: "."), !inFraction {
                inFraction = true
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            if inFraction { fractionDigits += 1 } else { integerDigits += 1 }
            // Leading zeros carry no value.
            if byte != UInt8(ascii: "0") || !digits.isEmpty { digits.append(byte - UInt8(ascii: "0")) }
        }
        guard integerDigits > 0, !inFraction || fractionDigits > 0 else { return nil }
        if !bytes.isEmpty {
            bytes = bytes.dropFirst()
            var exponentNegative = false
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                exponentNegative = sign == UInt8(ascii: "-")
                bytes = bytes.dropFirst()
            }
            guard !bytes.isEmpty else { return nil }
            for byte in bytes {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                // Past 10^15 the exact exponent no longer changes any comparison this server makes.
                exponent = min(exponent * 10 + Int(byte - UInt8(ascii: "0")), 1_000_000_000_000_000)
            }
            if exponentNegative { exponent = -exponent }
        }
        exponent -= fractionDigits
        while digits.last == 0 {
            digits.removeLast()
            exponent += 1
        }
        self.negative = negative && !digits.isEmpty
        self.digits = digits
        self.exponent = digits.isEmpty ? 0 : exponent
    }

    /// Whether the value is an integer (JSON Schema counts `2.0` as one).
    var isInteger: Bool { exponent >= 0 }

    /// The value as an `Int64`, when it is an integer that fits.
    var int64: Int64? {
        guard isInteger, digits.count + exponent <= 19 else { return nil }
        var magnitude: UInt64 = 0
        for digit in digits + [UInt8](repeating: 0, count: exponent) {
            let (times10, overflow) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times10.addingReportingOverflow(UInt64(digit))
            guard !overflow, !carry else { return nil }
            magnitude = sum
        }
        if negative { return magnitude <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- magnitude) : nil }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    /// The value times 10^`power`, rounded half away from zero to an integer; nil when that
    /// does not fit an `Int64`.
    func rounded(scaledBy power: Int) -> Int64? {
        let scaledExponent = exponent + power
        if scaledExponent >= 0 {
            return ExactDecimal(negative: negative, digits: digits, exponent: scaledExponent).int64
        }
        let kept = digits.count + scaledExponent
        guard kept >= 0 else { return 0 }
        let integer = ExactDecimal(negative: negative, digits: Array(digits[..<kept]), exponent: 0).int64
        guard let integer else { return nil }
        guard kept < digits.count, digits[kept] >= 5 else { return integer }
        return negative ? integer.subtractingReportingOverflow(1).partialValue : integer.addingReportingOverflow(1).partialValue
    }

    private init(negative: Bool, digits: [UInt8], exponent: Int) {
        self.negative = negative
        self.digits = digits
        self.exponent = exponent
    }

    static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        if lhs.negative != rhs.negative { return lhs.negative }
        return lhs.negative ? magnitudeLess(rhs, lhs) : magnitudeLess(lhs, rhs)
    }

    /// Compares absolute values: first by the place of the leading digit, then digit by digit.
    private static func magnitudeLess(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Bool {
        if lhs.digits.isEmpty || rhs.digits.isEmpty { return lhs.digits.isEmpty && !rhs.digits.isEmpty }
        let lhsPlace = lhs.digits.count + lhs.exponent
        let rhsPlace = rhs.digits.count + rhs.exponent
        if lhsPlace != rhsPlace { return lhsPlace < rhsPlace }
        return lhs.digits.lexicographicallyPrecedes(rhs.digits)
    }
}
