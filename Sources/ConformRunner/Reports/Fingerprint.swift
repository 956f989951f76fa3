import ConformCore
import Crypto
import Foundation

/// A finding's identity for baselines: the check, the operation, the body pointer and the
/// rule broken, hashed. Not the message, the case or the status, so a reworded message, a
/// new seed or a case ID change keep an accepted finding accepted.
public struct Fingerprint: Sendable, Hashable {
    /// 16 lowercase hex digits.
    public var value: String

    public init(_ finding: Finding) {
        // The rule's file by its last path component: the same spec named from another
        // directory keeps its fingerprints.
        let rule = finding.rule.map { URL(fileURLWithPath: $0.file).lastPathComponent + "#" + $0.pointer.description }
        let parts = [finding.check.rawValue, finding.operationID, finding.bodyPointer?.description ?? "", rule ?? ""]
        let digest = SHA256.hash(data: Data(parts.joined(separator: "\n").utf8))
        value = String(digest.map { String(format: "%02x", $0) }.joined().prefix(16))
    }
}
