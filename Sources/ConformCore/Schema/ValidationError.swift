/// One way a value breaks a schema: where in the value, which keyword, and where that keyword
/// is written in the document.
public struct ValidationError: Sendable, Hashable, Error {
    /// The schema keyword that failed (`minimum`, `required`, `discriminator`, ...).
    public var keyword: String
    /// The failing part of the value.
    public var instancePointer: JSONPointer
    /// The keyword in the document (for `required`, the missing name's entry).
    public var schemaPointer: DocumentPointer
    /// Where the keyword is written: the position of its key (for a `required` entry, of the
    /// name), when the document has positions.
    public var location: SourceLocation?
    /// One line, without the pointer or the position.
    public var message: String

    public init(
        keyword: String, instancePointer: JSONPointer, schemaPointer: DocumentPointer,
        location: SourceLocation?, message: String
    ) {
        self.keyword = keyword
        self.instancePointer = instancePointer
        self.schemaPointer = schemaPointer
        self.location = location
        self.message = message
    }
}

extension ValidationError: CustomStringConvertible {
    /// `/product_cart/0/quantity: -1 is less than minimum 0 (specs/dodo-checkouts.yaml:212:11)`;
    /// the whole value is shown as `(root)`, and without a position the keyword's document
    /// pointer stands in the parentheses.
    public var description: String {
        let pointer = instancePointer.tokens.isEmpty ? "(root)" : instancePointer.description
        let place = location?.description ?? schemaPointer.description
        return "\(pointer): \(message) (\(place))"
    }
}
