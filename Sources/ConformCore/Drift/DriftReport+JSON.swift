extension DriftReport {
    /// The report as JSON (format `conform-drift/1`, documented in the README), canonical:
    /// sorted keys, two-space indent, trailing newline.
    ///
    /// Written straight into one buffer, members named in sorted order here: a change in a
    /// shared component of a large spec reaches thousands of places.
    public var json: String {
        var writer = JSONWriter(style: .canonical, capacity: 1 << 16)
        writer.beginObject()
        writer.key("changes")
        writer.beginArray()
        for change in changes { Self.write(change, to: &writer) }
        writer.endArray()
        writer.member("format", Self.formatVersion)
        writer.member("new", new)
        writer.member("old", old)
        writer.key("summary")
        writer.beginObject()
        for (name, count) in [
            ("breaking", count(.breaking)), ("info", count(.info)), ("refactors", refactors.count),
            ("warning", count(.warning)),
        ] {
            writer.key(name)
            writer.number(JSONNumber(count))
        }
        writer.endObject()
        writer.key("uses")
        if let usesFile { writer.string(usesFile) } else { writer.null() }
        writer.endObject()
        return writer.finish()
    }

    private static func write(_ change: Change, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("message", change.message)
        writer.key("new")
        write(change.new, to: &writer)
        writer.key("old")
        write(change.old, to: &writer)
        writer.key("places")
        writer.beginArray()
        for place in change.places { write(place, to: &writer) }
        writer.endArray()
        writer.member("reason", change.reason)
        writer.key("refactor")
        writer.bool(change.isRefactor)
        writer.member("rule", change.rule.id)
        writer.member("severity", change.severity.rawValue)
        writer.key("used")
        if let used = change.isUsed { writer.bool(used) } else { writer.null() }
        writer.key("witness")
        if let witness = change.witness {
            writer.beginObject()
            writer.member("operation", witness.operation)
            writer.member("subject", witness.subject)
            writer.key("value")
            writer.value(witness.value)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.endObject()
    }

    private static func write(_ location: SourceLocation?, to writer: inout JSONWriter) {
        guard let location else { return writer.null() }
        writer.beginObject()
        writer.key("column")
        writer.number(JSONNumber(location.column))
        writer.member("file", location.file)
        writer.key("line")
        writer.number(JSONNumber(location.line))
        writer.endObject()
    }

    private static func write(_ place: Change.Place, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("direction", place.direction.rawValue)
        writer.member("method", place.method.wireName)
        writer.member("operation", place.operation)
        writer.member("path", place.path)
        writer.member("pointer", place.pointer.description)
        writer.member("subject", place.subject)
        writer.endObject()
    }
}
