import Foundation

/// Standard error, where every command writes its diagnostics, so that standard output stays
/// the results a script reads.
enum StandardError {
    /// Writes `text` and a newline.
    static func print(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
