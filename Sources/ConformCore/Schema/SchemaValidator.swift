import Foundation

/// Validates JSON values against the Schema Objects of a ``DocumentSet``.
///
/// Each schema node is compiled once, on first use, into a tree of pre-parsed checks
/// (numbers, property tables, compiled patterns, resolved references); later validations
/// against it do no parsing and no look-ups in the documents. The cache is guarded by a lock,
/// so one validator can be shared by every task of a run.
///
/// What it decides, beyond plain JSON Schema:
/// - **Dialect** (``SchemaDialect``): OAS 3.0 and draft 4 ignore `$ref` siblings, use boolean
///   `exclusiveMinimum`/`exclusiveMaximum` and `definitions`; OAS 3.1 and 2020-12 add `const`,
///   type arrays, `prefixItems`, `contains`, `dependentRequired`/`dependentSchemas`, `if`,
///   `propertyNames`, `unevaluated*`, `$anchor` and `$id` base changes. `nullable` means
///   something only in 3.0 (``NullableReading``).
/// - **discriminator** (OpenAPI, next to `oneOf`/`anyOf`): the value of its property picks one
///   schema through `mapping`, or by schema name for branches no mapping entry names, and only
///   that schema is checked; a missing property or a value that maps to nothing is one error
///   naming the discriminator. Without `oneOf`/`anyOf` it is an annotation.
/// - **readOnly/writeOnly** (OpenAPI) by ``MessageDirection``: a readOnly property in a
///   request, or a writeOnly one in a response, is an error with keyword `readOnly`/`writeOnly`
///   (OpenAPI says SHOULD NOT; callers that want it as a warning filter on the keyword), and
///   is not required there.
/// - **format**: `int32`, `int64` (exact bounds), `float`, `double`, `date-time`, `date`,
///   `time` (RFC 3339, leap seconds at 23:59:60 UTC only), `email`, `uuid`, `uri`,
///   `uri-reference`, `ipv4`, `ipv6`, `byte`, `hostname`; other formats pass.
/// - **pattern**: ECMA-262 read through ICU, see ``ECMARegex`` for what differs.
/// - **$ref**: JSON Pointers, relative files of the set, `$id`/`$anchor` (draft 4: `id`);
///   `$dynamicRef` resolves like `$ref`. A reference that loops back to itself without the
///   value getting any deeper is an error, never a hang; unresolvable references are errors.
/// - **Numbers** compare exactly (``JSONNumber``); `enum`, `const` and `uniqueItems` compare
///   strings code point by code point.
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
    /// JSON Schema 2020-12, where the specification makes `format` an annotation. `nullable`
    /// says how OpenAPI 3.0's `nullable: true` is read: leniently by default, because that is
    /// what real documents mean (Stripe's 1,761 nullable fields) and a finding must not rest
    /// on the letter of 3.0.3 where the author's intent is plain.
    public init(
        documents: DocumentSet, dialect: SchemaDialect? = nil, assertFormats: Bool? = nil,
        nullable: NullableReading = .lenient
    ) {
        self.documents = documents
        let dialect = dialect ?? SchemaDialect.detect(in: documents.root.root)
        self.dialect = dialect
        compiler = SchemaCompiler(
            documents: documents, dialect: dialect, assertFormats: assertFormats ?? (dialect != .draft2020_12),
            nullable: nullable)
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
        _ instance: JSONValue, against schema: DocumentPointer, direction: MessageDirection = .none,
        mode: ValidationMode = .all
    ) -> [ValidationError] {
        compile(schema).validate(instance, direction: direction, mode: mode)
    }

    /// True when `instance` is valid against the schema at `schema`; stops at the first error
    /// and builds no messages.
    public func isValid(
        _ instance: JSONValue, against schema: DocumentPointer, direction: MessageDirection = .none
    ) -> Bool {
        compile(schema).isValid(instance, direction: direction)
    }
}
