/// What an integration uses of an API (`--uses FILE`): operations, and optionally the fields
/// of their request and response bodies, so that only changes touching them fail the build.
///
/// The file is YAML or JSON:
///
/// ```yaml
/// operations:
///   - createCheckout                  # an operationId: every field
///   - GET /subscriptions/{id}         # a method and path template
///   - operation: createPayment
///     request: [/billing/country]     # JSON Pointers into the request body
///     response: [/payment_id]         # and into response bodies
/// ```
public struct UsageList: Sendable, Hashable {
    /// One used operation.
    public struct Entry: Sendable, Hashable {
        /// An operationId, or `METHOD /path`.
        public var operation: String
        /// Fields of the request body; nil means all of them.
        public var request: [JSONPointer]?
        /// Fields of the response bodies; nil means all of them.
        public var response: [JSONPointer]?

        public init(operation: String, request: [JSONPointer]? = nil, response: [JSONPointer]? = nil) {
            self.operation = operation
            self.request = request
            self.response = response
        }
    }

    public var entries: [Entry]
    /// The file the list came from, for reports.
    public var file: String?

    public init(entries: [Entry], file: String? = nil) {
        self.entries = entries
        self.file = file
    }

    /// Reads a loaded uses file; the diagnostic says where it does not have the documented shape.
    public init(_ document: LoadedDocument) throws(Diagnostic) {
        let base = JSONPointer.root.appending("operations")
        func fail(_ message: String, _ pointer: JSONPointer) -> Diagnostic {
            Diagnostic(.error, message, code: "uses.invalid", at: document.sourceMap.location(of: pointer))
        }
        guard let list = document.root["operations"]?.arrayValue else {
            throw fail("a uses file needs an 'operations' list", .root)
        }
        var entries: [Entry] = []
        for (index, item) in list.enumerated() {
            let pointer = base.appending(index)
            if let name = item.stringValue {
                entries.append(Entry(operation: name))
                continue
            }
            guard let name = item["operation"]?.stringValue else {
                throw fail("an entry is an operation name or a mapping with 'operation'", pointer)
            }
            var entry = Entry(operation: name)
            for direction in ["request", "response"] {
                guard let fields = item[direction] else { continue }
                var pointers: [JSONPointer] = []
                for (fieldIndex, field) in (fields.arrayValue ?? []).enumerated() {
                    guard let text = field.stringValue, let parsed = JSONPointer(text) else {
                        throw fail("'\(direction)' lists JSON Pointers such as /billing/country",
                            pointer.appending(direction).appending(fieldIndex))
                    }
                    pointers.append(parsed)
                }
                if direction == "request" { entry.request = pointers } else { entry.response = pointers }
            }
            entries.append(entry)
        }
        self.init(entries: entries, file: document.file)
    }

    /// True when `change` reaches a used operation at a used field.
    public func touches(_ change: Change) -> Bool {
        change.places.contains { place in
            entries.contains { entry in
                matches(entry.operation, place) && fieldsMatch(entry, place)
            }
        }
    }

    private func matches(_ name: String, _ place: Change.Place) -> Bool {
        if name == place.operation { return true }
        let parts = name.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].uppercased() == place.method.wireName else { return false }
        return PathTemplate(String(parts[1])).shape == PathTemplate(place.path).shape
    }

    /// Body changes count only under a listed field (or above one); everything else about a
    /// used operation counts.
    private func fieldsMatch(_ entry: Entry, _ place: Change.Place) -> Bool {
        guard place.subject.contains("body"), let fields = place.direction == .request ? entry.request : entry.response
        else { return true }
        return fields.contains { place.pointer.hasPrefix($0) || $0.hasPrefix(place.pointer) }
    }
}
