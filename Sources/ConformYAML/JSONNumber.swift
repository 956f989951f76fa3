import BigInt

/// An exact JSON number.
///
/// Integers that fit in 64 bits are stored as `Int64`; every other finite number is stored
/// as `significand × 10^exponent` with an arbitrary-precision significand, so int64 bounds,
/// larger integers and decimals such as `0.01` keep their exact value through load,
/// generation, sending and comparison. Only YAML's `.inf` and `.nan` are held as `Double`.
public struct JSONNumber: Sendable {
    @usableFromInline
    enum Storage: Sendable {
        case int(Int64)
        /// Normalized: `significand` has no trailing decimal zeros, or is zero with exponent 0.
        /// Boxed, so that a number (and a `JSONValue`) stays small and copies with one retain.
        indirect case decimal(significand: BigInt, exponent: Int)
        /// Infinity or NaN, which YAML can express and JSON cannot.
        case nonFinite(Double)
    }

    @usableFromInline
    let storage: Storage

    /// Creates an exact integer.
    public init(_ value: Int64) { storage = .int(value) }

    /// Creates an exact integer.
    public init(_ value: Int) { storage = .int(Int64(value)) }

    /// Creates an exact integer of any size.
    public init(_ value: BigInt) { self.init(significand: value, exponent: 0) }

    /// Creates a number from a `Double`, exactly as its shortest decimal spelling reads.
    public init(_ value: Double) {
        if !value.isFinite {
            storage = .nonFinite(value)
        } else if value == value.rounded(), abs(value) < 9.2e18 {
            storage = .int(Int64(value))
        } else {
            self = JSONNumber(literal: "\(value)") ?? JSONNumber(0)
        }
    }

    /// Creates `significand × 10^exponent`, normalized.
    public init(significand: BigInt, exponent: Int) {
        var significand = significand
        var exponent = exponent
        if significand.isZero {
            storage = .int(0)
            return
        }
        while exponent < 0, significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        if exponent >= 0, exponent <= 18 {
            let scaled = significand * BigInt(10).power(exponent)
            if let small = Int64(exactly: scaled) {
                storage = .int(small)
                return
            }
            significand = scaled
            exponent = 0
        }
        if exponent >= 0 {
            // Keep large integers with exponent 0 so that they print without an exponent.
            if exponent > 0 && exponent < 400 {
                significand *= BigInt(10).power(exponent)
                exponent = 0
            }
        }
        storage = .decimal(significand: significand, exponent: exponent)
    }

    /// Creates `significand × 10^exponent`, normalized with machine arithmetic (the common
    /// case: prices, amounts, counts).
    public init(smallSignificand significand: Int64, exponent: Int) {
        var significand = significand
        var exponent = exponent
        while exponent < 0, significand != 0, significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        if significand == 0 || exponent == 0 {
            storage = .int(significand)
        } else if exponent < 0 {
            storage = .decimal(significand: BigInt(significand), exponent: exponent)
        } else {
            storage = JSONNumber(significand: BigInt(significand), exponent: exponent).storage
        }
    }

    /// Parses a JSON number literal (`-12`, `0.5`, `1e400`); returns nil for anything else.
    public init?(literal: some StringProtocol) {
        var text = String(literal)
        guard let number = text.withUTF8({ JSONNumber(utf8: $0) }) else { return nil }
        self = number
    }

    /// Parses a JSON number literal from its UTF-8 bytes (a leading `+` is accepted, as YAML
    /// writes it); returns nil for anything else.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        } else if index < bytes.count, bytes[index] == UInt8(ascii: "+") {
            index += 1
        }
        let integerStart = index
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
        let integerDigits = integerStart..<index
        var fractionDigits = index..<index
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
            fractionDigits = fractionStart..<index
        }
        guard !integerDigits.isEmpty || !fractionDigits.isEmpty else { return nil }
        var exponent = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var sawExponentDigit = false
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                guard exponent < 100_000_000 else { return nil }
                exponent = exponent * 10 + Int(bytes[index] - 48)
                sawExponentDigit = true
                index += 1
            }
            guard sawExponentDigit else { return nil }
            if exponentNegative { exponent = -exponent }
        }
        guard index == bytes.count else { return nil }
        // Fast path: 18 digits always fit in 64 bits, and cover nearly every real number.
        if integerDigits.count + fractionDigits.count <= 18 {
            var value: Int64 = 0
            for at in integerDigits { value = value * 10 + Int64(bytes[at] - 48) }
            for at in fractionDigits { value = value * 10 + Int64(bytes[at] - 48) }
            self.init(smallSignificand: negative ? -value : value, exponent: exponent - fractionDigits.count)
            return
        }
        let digits = String(decoding: Array(bytes[integerDigits]) + Array(bytes[fractionDigits]), as: UTF8.self)
        guard var significand = BigInt(digits) else { return nil }
        if negative { significand.negate() }
        self.init(significand: significand, exponent: exponent - fractionDigits.count)
    }

    /// The value as `Int64` when it is an integer in range.
    public var int64Value: Int64? {
        if case .int(let value) = storage { return value }
        return nil
    }

    /// The nearest `Double` (may lose precision or overflow to infinity).
    public var doubleValue: Double {
        switch storage {
        case .int(let value): return Double(value)
        case .nonFinite(let value): return value
        case .decimal: return Double(description) ?? .nan
        }
    }

    /// True when the value is mathematically an integer (`1.0` is).
    public var isInteger: Bool {
        switch storage {
        case .int: return true
        case .decimal(_, let exponent): return exponent >= 0
        case .nonFinite: return false
        }
    }

    /// True unless the value is an infinity or NaN.
    public var isFinite: Bool {
        if case .nonFinite = storage { return false }
        return true
    }

    /// The value as a 64-bit `significand × 10^exponent`, when its significand fits.
    private var smallParts: (significand: Int64, exponent: Int)? {
        switch storage {
        case .int(let value): return (value, 0)
        case .decimal(let significand, let exponent): return Int64(exactly: significand).map { ($0, exponent) }
        case .nonFinite: return nil
        }
    }

    /// Both values' significands brought to their common (smaller) exponent in 64 bits; nil
    /// when either does not fit, and the big-integer path must answer.
    private static func aligned(_ lhs: JSONNumber, _ rhs: JSONNumber) -> (Int64, Int64, exponent: Int)? {
        guard let (a, ea) = lhs.smallParts, let (b, eb) = rhs.smallParts else { return nil }
        let common = min(ea, eb)
        guard let scaledA = scaled(a, by: ea - common), let scaledB = scaled(b, by: eb - common) else { return nil }
        return (scaledA, scaledB, common)
    }

    /// `value × 10^power`, nil on overflow.
    private static func scaled(_ value: Int64, by power: Int) -> Int64? {
        guard power <= 18 else { return value == 0 ? 0 : nil }
        var result = value
        for _ in 0..<power {
            let (product, overflow) = result.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            result = product
        }
        return result
    }

    /// The value as `significand × 10^exponent`; nil for non-finite values.
    public var decimalParts: (significand: BigInt, exponent: Int)? {
        switch storage {
        case .int(let value): return (BigInt(value), 0)
        case .decimal(let significand, let exponent): return (significand, exponent)
        case .nonFinite: return nil
        }
    }

    /// The value as an exact integer, if it is one.
    public var bigIntegerValue: BigInt? {
        guard let (significand, exponent) = decimalParts, exponent >= 0 else { return nil }
        return significand * BigInt(10).power(exponent)
    }

    /// True when `self` is an integer multiple of `divisor` (exact, also for decimals).
    public func isMultiple(of divisor: JSONNumber) -> Bool {
        if let (a, b, _) = JSONNumber.aligned(self, divisor), b != 0 {
            // Int64.min / -1 overflows, and is a whole multiple.
            let (remainder, overflow) = a.remainderReportingOverflow(dividingBy: b)
            return overflow || remainder == 0
        }
        guard let (a, ea) = decimalParts, let (b, eb) = divisor.decimalParts, !b.isZero else {
            let quotient = doubleValue / divisor.doubleValue
            return quotient.isFinite && quotient == quotient.rounded()
        }
        let common = min(ea, eb)
        let scaledA = a * BigInt(10).power(ea - common)
        let scaledB = b * BigInt(10).power(eb - common)
        return scaledA % scaledB == 0
    }

    /// `self + other`, exact.
    public static func + (lhs: JSONNumber, rhs: JSONNumber) -> JSONNumber {
        if let (a, b, exponent) = aligned(lhs, rhs) {
            let (sum, overflow) = a.addingReportingOverflow(b)
            if !overflow { return JSONNumber(smallSignificand: sum, exponent: exponent) }
        }
        guard let (a, ea) = lhs.decimalParts, let (b, eb) = rhs.decimalParts else {
            return JSONNumber(lhs.doubleValue + rhs.doubleValue)
        }
        let common = min(ea, eb)
        return JSONNumber(
            significand: a * BigInt(10).power(ea - common) + b * BigInt(10).power(eb - common),
            exponent: common)
    }

    /// `self - other`, exact.
    public static func - (lhs: JSONNumber, rhs: JSONNumber) -> JSONNumber {
        lhs + (-rhs)
    }

    /// The negated value.
    public static prefix func - (value: JSONNumber) -> JSONNumber {
        switch value.storage {
        case .int(let a) where a != .min: return JSONNumber(-a)
        case .nonFinite(let d): return JSONNumber(-d)
        default:
            let (s, e) = value.decimalParts!
            return JSONNumber(significand: -s, exponent: e)
        }
    }
}

extension JSONNumber: Comparable {
    /// Exact numeric comparison; NaN is ordered as equal to nothing but itself.
    public static func < (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        if let (a, b, _) = aligned(lhs, rhs) { return a < b }
        guard let (a, ea) = lhs.decimalParts, let (b, eb) = rhs.decimalParts else {
            return lhs.doubleValue < rhs.doubleValue
        }
        let common = min(ea, eb)
        return a * BigInt(10).power(ea - common) < b * BigInt(10).power(eb - common)
    }
}

extension JSONNumber: Hashable {
    /// Numeric equality: `1`, `1.0` and `10e-1` are equal.
    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        switch (lhs.storage, rhs.storage) {
        case let (.int(a), .int(b)): return a == b
        case let (.decimal(a, ea), .decimal(b, eb)): return a == b && ea == eb
        case let (.nonFinite(a), .nonFinite(b)): return a == b || (a.isNaN && b.isNaN)
        default: return false  // normalization makes the storage kinds of equal values equal
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch storage {
        case .int(let a): hasher.combine(a)
        case .decimal(let s, let e): hasher.combine(s); hasher.combine(e)
        case .nonFinite(let d): hasher.combine(d.isNaN ? Double.nan.bitPattern : d.bitPattern)
        }
    }
}

extension JSONNumber: CustomStringConvertible {
    /// The canonical JSON spelling: integers without exponent, decimals in plain or `e` notation.
    public var description: String {
        switch storage {
        case .int(let value):
            return String(value)
        case .nonFinite(let value):
            return value.isNaN ? ".nan" : (value < 0 ? "-.inf" : ".inf")
        case .decimal(let significand, let exponent):
            let negative = significand.sign == .minus
            let digits = String(significand.magnitude)
            if exponent > 0 {
                // Only huge integers keep a positive exponent (see init); 400 zeros help nobody.
                return (negative ? "-" : "") + digits + "e" + String(exponent)
            }
            if exponent == 0 { return (negative ? "-" : "") + digits }
            let fraction = -exponent
            if fraction < digits.count {
                let split = digits.index(digits.endIndex, offsetBy: -fraction)
                return (negative ? "-" : "") + digits[..<split] + "." + digits[split...]
            }
            if fraction - digits.count <= 6 {
                return (negative ? "-" : "") + "0." + String(repeating: "0", count: fraction - digits.count) + digits
            }
            let head = digits.prefix(1)
            let tail = digits.dropFirst()
            let scientific = exponent + digits.count - 1
            return (negative ? "-" : "") + head + (tail.isEmpty ? "" : "." + tail) + "e" + String(scientific)
        }
    }
}

extension JSONNumber: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    public init(integerLiteral value: Int64) { self.init(value) }
    public init(floatLiteral value: Double) { self.init(value) }
}
