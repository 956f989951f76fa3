/// A check that the config file switched off for one operation, and why: the reports show it
/// as `off` with this reason instead of its findings.
public struct SwitchedOffCheck: Codable, Sendable, Equatable {
    public var spec: String
    public var operation: String
    public var check: String
    public var reason: String

    public init(spec: String, operation: String, check: String, reason: String) {
        self.spec = spec
        self.operation = operation
        self.check = check
        self.reason = reason
    }
}
