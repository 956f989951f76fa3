/// How much of a value the validator examines once it has found a problem.
public enum ValidationMode: Sendable {
    /// Every error.
    case all
    /// Stops at the first error (the fast path behind ``SchemaValidator/isValid(_:against:direction:)``).
    case first
}
