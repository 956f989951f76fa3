/// One schema of a ``SchemaValidator``, compiled and looked up once: validating through it
/// skips the validator's cache look-up, which matters for small values validated in a loop.
///
/// It keeps its validator (and so the compiled nodes) alive.
public struct CompiledSchema: Sendable {
    /// The validator that compiled it.
    public let validator: SchemaValidator
    let node: SchemaNode

    /// Where the schema is written.
    public var pointer: DocumentPointer { node.pointer }

    /// The errors of `instance`; empty when it is valid.
    public func validate(
        _ instance: JSONValue, direction: MessageDirection = .none, mode: ValidationMode = .all
    ) -> [ValidationError] {
        var evaluation = Evaluation(validator: validator, direction: direction, stopAtFirst: mode == .first)
        _ = evaluation.validate(node, instance)
        return evaluation.errors
    }

    /// Every error of `instance` with its keyword and pointers only: no message, no position.
    func undescribedErrors(_ instance: JSONValue, direction: MessageDirection) -> [ValidationError] {
        var evaluation = Evaluation(validator: validator, direction: direction, stopAtFirst: false)
        evaluation.describing = false
        _ = evaluation.validate(node, instance)
        return evaluation.errors
    }

    /// True when `instance` is valid; stops at the first error and builds no messages.
    public func isValid(_ instance: JSONValue, direction: MessageDirection = .none) -> Bool {
        var evaluation = Evaluation(validator: validator, direction: direction, stopAtFirst: true)
        evaluation.recording = false
        return evaluation.validate(node, instance)
    }
}
