import ConformCore

/// Files on disk as a ``DocumentSource``: how commands and tests read specs and the files
/// their `$ref`s name. An unreadable file fails with the OS's reason (`io.read`).
public struct FileSource: DocumentSource {
    public init() {}

    public func bytes(at location: String) throws(LoadError) -> [UInt8] {
        try FileReader.contents(of: location)
    }
}
