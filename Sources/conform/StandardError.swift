import Foundation

/// Standard error as an output stream, so messages about bad input stay out of the results.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
