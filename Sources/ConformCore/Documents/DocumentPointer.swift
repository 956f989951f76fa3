/// A node in one of the files of a ``DocumentSet``: the file and a JSON Pointer into it.
public struct DocumentPointer: Sendable, Hashable, Comparable {
    /// The file, as the document set names it.
    public var file: String
    /// The node inside the file.
    public var pointer: JSONPointer

    public init(file: String, pointer: JSONPointer) {
        self.file = file
        self.pointer = pointer
    }

    /// The pointer one level down.
    public func appending(_ token: String) -> DocumentPointer {
        DocumentPointer(file: file, pointer: pointer.appending(token))
    }

    /// The pointer one level down into an array.
    public func appending(_ index: Int) -> DocumentPointer {
        DocumentPointer(file: file, pointer: pointer.appending(index))
    }

    public static func < (lhs: DocumentPointer, rhs: DocumentPointer) -> Bool {
        (lhs.file, lhs.pointer) < (rhs.file, rhs.pointer)
    }
}

extension DocumentPointer: CustomStringConvertible {
    /// `file#/json/pointer`.
    public var description: String { "\(file)#\(pointer)" }
}
