/// One example a Media Type or Parameter Object gives.
struct ExampleValue {
    /// `'example'`, or `example 'NAME'` for a member of `examples`.
    var label: String
    /// Where the value sits (an Example Object's `value` once its `$ref` is followed).
    var pointer: DocumentPointer
    var value: JSONValue
}

extension DocumentSet {
    /// The examples of the Media Type or Parameter Object at `holder`: `example`, then the
    /// `value` of each Example Object in `examples` (those with only `externalValue` have
    /// none to read).
    func exampleValues(at holder: DocumentPointer) -> [ExampleValue] {
        guard let object = value(at: holder)?.objectValue else { return [] }
        var found: [ExampleValue] = []
        if let value = object["example"] {
            found.append(ExampleValue(label: "'example'", pointer: holder.appending("example"), value: value))
        }
        for name in object["examples"]?.objectValue?.keys ?? [] {
            guard let example = try? resolve(holder.appending("examples").appending(name)),
                let value = value(at: example)?["value"]
            else { continue }
            found.append(ExampleValue(label: "example '\(name)'", pointer: example.appending("value"), value: value))
        }
        return found
    }
}
