extension UsageList {
    /// The usage the golden records of a folder show (`golden/<spec-stem>`, one
    /// `<operation>.json` per operation): each file's operation, with the fields seen in its
    /// recorded request and response bodies.
    ///
    /// Fields are the pointers of the leaves of every recorded JSON body (an empty object or
    /// array inside one is a leaf), array elements written as `0` as drift's places write them. A body that is a scalar or empty (`null`,
    /// `{}`: the deliberately invalid cases) names no field. A request body recorded as a
    /// digest (not JSON, a form say) hides its fields, so its direction lists none and every
    /// body change in it counts.
    ///
    /// `folder` names the list in reports; the runner reads the files (see
    /// `UsageList(goldenFolder:)` in ConformRunner).
    public init(golden files: [GoldenFile], folder: String) {
        var entries: [Entry] = []
        for file in files {
            var request = FieldSet()
            var response = FieldSet()
            for id in file.cases.keys.sorted() {
                request.add(file.cases[id]?["request"]?["body"])
                response.add(file.cases[id]?["response"]?["body"])
            }
            entries.append(Entry(operation: file.operation, request: request.pointers, response: response.pointers))
        }
        self.init(entries: entries, file: folder)
    }

    /// The fields of one direction's recorded bodies.
    private struct FieldSet {
        private var seen: Set<JSONPointer> = []
        /// False once a recorded body is a digest: its fields cannot be told.
        private var readable = true

        /// Sorted for a stable list; nil (every field) when a body was a digest.
        var pointers: [JSONPointer]? {
            readable ? seen.sorted { $0.description < $1.description } : nil
        }

        mutating func add(_ body: JSONValue?) {
            guard let body else { return }
            if Self.isDigest(body) {
                readable = false
            } else if body.objectValue?.isEmpty == false || body.arrayValue?.isEmpty == false {
                collect(body, at: .root)
            }
        }

        /// The `{"bytes": N, "digest": "fnv1a64:…"}` that ``GoldenRecord`` keeps of a non-JSON body.
        private static func isDigest(_ body: JSONValue) -> Bool {
            body.objectValue?.keys.sorted() == ["bytes", "digest"] && body["digest"]?.stringValue?.hasPrefix("fnv1a64:") == true
        }

        private mutating func collect(_ value: JSONValue, at pointer: JSONPointer) {
            if let object = value.objectValue, !object.isEmpty {
                for (key, member) in object { collect(member, at: pointer.appending(key)) }
            } else if let elements = value.arrayValue, !elements.isEmpty {
                for element in elements { collect(element, at: pointer.appending(0)) }
            } else {
                seen.insert(pointer)
            }
        }
    }
}
