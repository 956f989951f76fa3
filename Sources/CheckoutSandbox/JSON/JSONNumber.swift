import Foundation

/// A JSON number kept as its literal text, judged exactly rather than through `Double`.
struct JSONNumber: Sendable, Equatable {
    let text: String

    /// Whether the literal has no fraction or exponent part.
    private var isIntegerLiteral: Bool {
        !text.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
    }

    /// Whether the value is mathematically an integer (JSON Schema counts `2.0` as one).
    var isInteger: Bool {
        if isIntegerLiteral { return true }
        guard let decimal else { return false }
        var value = decimal
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        return rounded == decimal
    }

    /// The value as an `Int64`, when it is an integer that fits.
    var int64: Int64? {
        if isIntegerLiteral { return Int64(text) }
        guard isInteger, let decimal, abs(decimal) <= Decimal(Int64.max) else { return nil }
        return NSDecimalNumber(decimal: decimal).int64Value
    }

    /// The exact decimal value (38 significant digits, which covers any sane price).
    var decimal: Decimal? {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }
}
