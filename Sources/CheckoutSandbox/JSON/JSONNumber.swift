/// A JSON number kept as its literal text, judged exactly rather than through `Double`.
struct JSONNumber: Sendable, Equatable {
    let text: String

    /// The exact value; the parser only makes numbers of JSON's grammar, so it always reads.
    var exact: ExactDecimal { ExactDecimal(text)! }
}
