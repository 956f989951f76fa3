/// A change found between one pair of schemas, before it is placed in operations.
struct SchemaFinding: Hashable {
    /// A value to try as the witness at the finding's place; the validator keeps the first
    /// one that one version accepts and the other rejects.
    enum Candidate: Hashable {
        /// This exact value.
        case value(JSONValue)
        /// An example of the base side's schema, of one type and, for strings and arrays, one length.
        case example(type: JSONTypeSet?, length: Int?)
        /// An example of a subschema of the base side (an `anyOf`/`oneOf` branch).
        case exampleOf(Int)
        /// An example of the conjunction of several subschemas: a value two branches both match.
        case exampleOfAll([Int])
        /// An example of a subschema with property `name` set to a value (a discriminator's).
        case exampleOfSetting(Int, name: String, value: JSONValue)
        /// The base example without property `name`.
        case omit(String)
        /// The base example with an extra property.
        case add(String, JSONValue)
    }

    var rule: DriftRule
    var message: String
    /// The node the change is about in each version (keys are positioned at the key).
    var old: DocumentPointer?
    var new: DocumentPointer?
    var candidates: [Candidate] = []
}
