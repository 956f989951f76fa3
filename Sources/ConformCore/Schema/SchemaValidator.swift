import Foundation

/// Validates JSON values against the Schema Objects of a ``DocumentSet``.
///
/// Each schema node is compiled once, on first use, into a tree of pre-parsed checks
/// (numbers, property tables, compiled patterns, resolved references); later validations
/// against it do no parsing and no look-ups in the documents. The cache is guarded by a lock,
/// so one validator can be shared by every task of a run.
///
/// ```swift
/// let validator = SchemaValidator(documents: set)
/// let errors = validator.validate(body, against: pointer, direction: .request)
/// let checkout = validator.compile(pointer)   // for many values against one schema
/// let ok = checkout.isValid(body)
/// ```
public final class SchemaValidator: @unchecked Sendable {
    /// The documents the schemas live in.
    public let documents: DocumentSet
    /// The dialect every schema is read in.
    public let dialect: SchemaDialect
    // Mutable state behind `lock`; compiled nodes are immutable once returned.
    private let lock = NSLock()
    private var compiler: SchemaCompiler

    /// A validator for the schemas of `documents`, read in `dialect`, or in the dialect the
    /// root document declares (``SchemaDialect/detect(in:)``).
    ///
    /// `assertFormats` decides whether `format` is checked; by default it is, except in plain
    /// JSON Schema 2020-12, where the specification makes `format` an annotation.
    public init(documents: DocumentSet, dialect: SchemaDialect? = nil, assertFormats: Bool? = nil) {
        self.documents = documents
        let dialect = dialect ?? SchemaDialect.detect(in: documents.root.root)
        self.dialect = dialect
        compiler = SchemaCompiler(
            documents: documents, dialect: dialect, assertFormats: assertFormats ?? (dialect != .draft2020_12))
    }

    /// The schema at `schema`, compiled (with everything it references) on first use.
    public func compile(_ schema: DocumentPointer) -> CompiledSchema {
        lock.lock()
        defer { lock.unlock() }
        return CompiledSchema(validator: self, node: compiler.node(at: schema))
    }

    /// The errors of `instance` against the schema at `schema`; empty when it is valid.
    ///
    /// A schema pointer that leads nowhere, and a `$ref` that does not resolve, are reported
    /// as errors (keyword `$ref`) rather than trapping.
    public func validate(
        _ instance: JSONValue, against schema: DocumentPointer, direction: ValidationDirection = .none,
        mode: ValidationMode = .all
    ) -> [ValidationError] {
        compile(schema).validate(instance, direction: direction, mode: mode)
    }

    /// True when `instance` is valid against the schema at `schema`; stops at the first error
    /// and builds no messages.
    public func isValid(
        _ instance: JSONValue, against schema: DocumentPointer, direction: ValidationDirection = .none
    ) -> Bool {
        compile(schema).isValid(instance, direction: direction)
    }
}
