extension DriftReport {
    /// The report as JSON (format `conform-drift/1`, documented in the README), canonical:
    /// sorted keys, two-space indent, trailing newline.
    public var json: String {
        var summary = JSONObject()
        for severity in ChangeSeverity.allCases { summary[severity.rawValue] = .number(JSONNumber(count(severity))) }
        summary["refactors"] = .number(JSONNumber(refactors.count))
        let root = JSONObject([
            ("format", .string(Self.formatVersion)),
            ("old", .string(old)),
            ("new", .string(new)),
            ("uses", usesFile.map(JSONValue.string) ?? .null),
            ("summary", .object(summary)),
            ("changes", .array(changes.map(Self.json))),
        ])
        return JSONValue.object(root).serialized(.canonical)
    }

    static func json(_ change: Change) -> JSONValue {
        .object(JSONObject([
            ("rule", .string(change.rule.id)),
            ("severity", .string(change.severity.rawValue)),
            ("message", .string(change.message)),
            ("reason", .string(change.reason)),
            ("refactor", .bool(change.isRefactor)),
            ("old", json(change.old)),
            ("new", json(change.new)),
            ("witness", change.witness.map(json) ?? .null),
            ("used", change.isUsed.map(JSONValue.bool) ?? .null),
            ("places", .array(change.places.map(json))),
        ]))
    }

    static func json(_ witness: Witness) -> JSONValue {
        .object(JSONObject([
            ("operation", .string(witness.operation)), ("subject", .string(witness.subject)), ("value", witness.value),
        ]))
    }

    static func json(_ location: SourceLocation?) -> JSONValue {
        guard let location else { return .null }
        return .object(JSONObject([
            ("file", .string(location.file)), ("line", .number(JSONNumber(location.line))),
            ("column", .number(JSONNumber(location.column))),
        ]))
    }

    static func json(_ place: Change.Place) -> JSONValue {
        .object(JSONObject([
            ("operation", .string(place.operation)), ("method", .string(place.method.wireName)),
            ("path", .string(place.path)), ("direction", .string(place.direction.rawValue)),
            ("subject", .string(place.subject)), ("pointer", .string(place.pointer.description)),
        ]))
    }
}
