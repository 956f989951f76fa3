/// Documents held in memory by name: for tests, and for a document already fetched.
public struct InMemorySource: DocumentSource {
    /// The text of each document, by the name that paths and `$ref`s use.
    public var documents: [String: [UInt8]]

    /// The documents `texts` gives by name.
    public init(_ texts: [String: String]) {
        documents = texts.mapValues { Array($0.utf8) }
    }

    /// The one document `bytes`, named `name`.
    public init(_ name: String, bytes: [UInt8]) {
        documents = [name: bytes]
    }

    public func bytes(at location: String) throws(LoadError) -> [UInt8] {
        guard let bytes = documents[location] else {
            throw LoadError.unreadable(location, reason: "no such document in memory")
        }
        return bytes
    }
}
