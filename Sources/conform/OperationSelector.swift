import ConformCore

/// One entry of `--operation`, `--exclude` or the config file's `include`/`exclude`: an
/// operationId (`createCheckoutSession`), a method and path (`POST /checkout`), or a tag
/// (`tag:sessions`).
enum OperationSelector: Sendable, Hashable {
    case id(String)
    case route(HTTPMethod, String)
    case tag(String)

    init(_ text: String) {
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        if text.hasPrefix("tag:") {
            self = .tag(String(text.dropFirst(4)))
        } else if words.count == 2, let method = HTTPMethod(rawValue: words[0].lowercased()), words[1].hasPrefix("/") {
            self = .route(method, words[1])
        } else {
            self = .id(text)
        }
    }

    func matches(_ operation: ConformCore.Operation) -> Bool {
        switch self {
        case .id(let id): return operation.id == id || operation.operationId == id
        case .route(let method, let path): return operation.method == method && operation.path == path
        case .tag(let tag): return operation.tags.contains(tag)
        }
    }

    /// The operations a run sends: those `include` selects (all when it is empty), less those
    /// `exclude` selects.
    static func filter(
        _ operations: [ConformCore.Operation], include: [OperationSelector], exclude: [OperationSelector]
    ) -> [ConformCore.Operation] {
        operations.filter { operation in
            (include.isEmpty || include.contains { $0.matches(operation) }) && !exclude.contains { $0.matches(operation) }
        }
    }
}
