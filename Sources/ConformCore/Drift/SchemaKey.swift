/// A schema as drift compares it: the conjunction of the schema objects a value must satisfy.
///
/// `$ref`s are followed and `allOf` branches flattened when the key is made, so an inline
/// schema, a `$ref` to the same schema and a one-branch `allOf` around it have the same key
/// contents. An empty key is the schema that accepts everything.
struct SchemaKey: Hashable, Comparable {
    /// Sorted, without duplicates.
    let pointers: [DocumentPointer]

    init(_ pointers: some Sequence<DocumentPointer>) {
        self.pointers = Array(Set(pointers)).sorted()
    }

    /// The conjunction of both keys.
    func union(_ other: SchemaKey) -> SchemaKey {
        SchemaKey(pointers + other.pointers)
    }

    static func < (lhs: SchemaKey, rhs: SchemaKey) -> Bool {
        lhs.pointers.lexicographicallyPrecedes(rhs.pointers)
    }
}
