import ConformYAML

/// Loads YAML text as if it were the file `spec.yaml`.
func load(_ text: String, file: String = "spec.yaml", options: LoadOptions = LoadOptions()) throws -> LoadedDocument {
    try DocumentLoader.load(bytes: Array(text.utf8), file: file, options: options)
}

/// The printed diagnostics of a load that must fail; empty when it succeeded.
func failure(_ text: String, file: String = "spec.yaml", options: LoadOptions = LoadOptions()) -> String {
    failure(bytes: Array(text.utf8), file: file, options: options)
}

func failure(bytes: [UInt8], file: String = "spec.yaml", options: LoadOptions = LoadOptions()) -> String {
    do {
        _ = try DocumentLoader.load(bytes: bytes, file: file, options: options)
        return ""
    } catch {
        return error.description
    }
}

/// The root value of a one-member mapping `v: TEXT`.
func value(_ scalar: String) throws -> JSONValue? {
    try load("v: \(scalar)\n").root["v"]
}

/// A pointer from test text that is known to be well formed.
func pointer(_ text: String) -> JSONPointer {
    guard let pointer = JSONPointer(text) else { fatalError("malformed test pointer \(text)") }
    return pointer
}
