/// A JSON Pointer whose `*` tokens match any one token (`/line_items/*/id`).
public struct PointerPattern: Sendable, Hashable, CustomStringConvertible {
    /// The tokens; `*` stands for any one.
    public var tokens: [String]

    /// Parses `/a/*/b`; nil when the text is not a JSON Pointer.
    public init?(_ text: String) {
        guard let pointer = JSONPointer(text) else { return nil }
        tokens = pointer.tokens
    }

    /// The pattern of these tokens.
    public init(tokens: [String]) {
        self.tokens = tokens
    }

    /// True when `pointer` has as many tokens and each equals its pattern token or meets a `*`.
    public func matches(_ pointer: JSONPointer) -> Bool {
        pointer.tokens.count == tokens.count && zip(tokens, pointer.tokens).allSatisfy { $0 == "*" || $0 == $1 }
    }

    public var description: String { JSONPointer(tokens: tokens).description }
}
