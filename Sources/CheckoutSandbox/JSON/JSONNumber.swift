/// A JSON number kept as its literal text, judged exactly rather than through `Double`.
struct JSONNumber: Sendable, Equatable {
    let text: String

    /// The exact value; the parser only makes numbers of JSON's grammar, so it always reads.
    var exact: ExactDecimal { ExactDecimal(text)! }

    /// Whether the value is mathematically an integer (JSON Schema counts `2.0` as one).
    var isInteger: Bool { exact.isInteger }

    /// The value as an `Int64`, when it is an integer that fits.
    var int64: Int64? { exact.int64 }
}
