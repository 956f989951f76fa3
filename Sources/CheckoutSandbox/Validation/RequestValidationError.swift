/// Why a request body breaks its operation's schema: the JSON Pointer of the offending
/// value and what is wrong with it.
struct RequestValidationError: Error, Equatable {
    let pointer: String
    let message: String

    /// `pointer: message`, with the document root shown as `body`.
    var description: String {
        "\(pointer.isEmpty ? "body" : pointer): \(message)"
    }
}
