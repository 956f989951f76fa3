import ConformCore

/// A ``ConformCore/Finding`` in full, as `report.json` carries it.
public struct ReportFinding: Codable, Sendable, Equatable {
    /// Stable across runs and message wording: see ``Fingerprint``.
    public var fingerprint: String
    public var check: String
    public var operation: String
    public var caseID: String
    public var seed: UInt64?
    /// `valid`, or `invalid: KEYWORD at POINTER`.
    public var expectation: String
    public var status: Int?
    /// JSON Pointer into the response body, when the problem is in the body.
    public var bodyPointer: String?
    /// `file#/pointer` of the rule broken.
    public var rule: String?
    /// `file:line:column` of the rule broken.
    public var ruleLocation: String?
    public var message: String
    public var curl: String
    /// True when the baseline accepts the finding.
    public var accepted: Bool
    /// True when the finding fails the run (not accepted, check in `--fail-on`).
    public var failing: Bool

    /// The finding with its gate verdict.
    public init(_ finding: Finding, gate: Gate) {
        let fingerprint = Fingerprint(finding).value
        self.fingerprint = fingerprint
        check = finding.check.rawValue
        operation = finding.operationID
        caseID = finding.caseID
        seed = finding.seed
        expectation = finding.expectation.reportText
        status = finding.status
        bodyPointer = finding.bodyPointer?.description
        rule = finding.rule?.description
        ruleLocation = finding.ruleLocation?.description
        message = finding.message
        curl = finding.curl
        accepted = gate.accepts(fingerprint)
        failing = gate.fails(check: finding.check, fingerprint: fingerprint)
    }
}

extension Expectation {
    /// `valid`, or `invalid: KEYWORD at POINTER`.
    var reportText: String {
        switch self {
        case .valid: return "valid"
        case .invalid(let keyword, let pointer): return "invalid: \(keyword) at \(pointer)"
        case .malformed(let malformation, let pointer, _): return "malformed: \(malformation.rawValue) at \(pointer)"
        }
    }
}
