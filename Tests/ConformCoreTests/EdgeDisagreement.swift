import ConformCore

/// A schema edge where a reader's opinion differs from the validator's verdict.
struct EdgeDisagreement: Hashable {
    /// One reader's opinion: true for valid, nil for none.
    struct Opinion: Hashable {
        var reader: String
        var valid: Bool?
    }

    var version: OpenAPIVersion
    /// Where the schema is: `file#/json/pointer`.
    var schema: String
    var edge: SchemaEdge
    var opinions: [Opinion]
    var validator: Bool

    /// `stripe.yaml#/components/schemas/charge/properties/amount: at minimum 0: generator
    /// accepts, drift rejects, validator accepts`.
    var text: String {
        "\(schema): \(edge.label): \(said)"
    }

    /// The class the disagreement belongs to: the version, the kind of edge and what each
    /// said, so that a thousand nullable fields count as one problem.
    var category: String {
        "OAS \(version.rawValue), \(edge.kind.rawValue): \(said)"
    }

    private var said: String {
        (opinions.map { "\($0.reader) \(Self.verdict($0.valid))" } + ["validator \(Self.verdict(validator))"])
            .joined(separator: ", ")
    }

    private static func verdict(_ valid: Bool?) -> String {
        valid.map { $0 ? "accepts" : "rejects" } ?? "has no opinion"
    }
}
