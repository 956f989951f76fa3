/// How OpenAPI 3.0's `nullable: true` is read.
public enum NullableReading: String, Sendable, CaseIterable {
    /// As OAS 3.0.3 writes it: `nullable: true` adds "null" to the types of a `type` in the
    /// same Schema Object and does nothing else, so an `enum` must list null itself, and
    /// `allOf`/`anyOf`/`oneOf`/`$ref` still judge a null on their own.
    case specification
    /// Null is valid wherever `nullable: true` stands, whatever the rest of that schema says:
    /// what many 3.0 documents mean (Stripe's nullable enums and `anyOf` expansions).
    case lenient
}
