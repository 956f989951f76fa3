import ArgumentParser

extension ExitCode {
    /// Non-conformance found: findings, a golden mismatch, breaking drift.
    static let findings = ExitCode(1)
    /// Invalid input: a spec, a flag, a config or a golden file.
    static let invalidInput = ExitCode(2)
    /// The target could not be reached.
    static let targetUnreachable = ExitCode(3)
}
