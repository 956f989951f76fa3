import Crypto
import Foundation

extension Report.FileDigest {
    /// The SHA-256 of the file at `path`; throws when it cannot be read.
    public init(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        self.init(file: path, sha256: Report.FileDigest.sha256(data))
    }

    /// Lowercase hex SHA-256 of `data`.
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
