import ConformCore

/// Decides which findings fail a run: those of a `--fail-on` check that the baseline does
/// not accept.
public struct Gate: Sendable {
    public var failOn: Set<CheckName>
    public var baseline: Baseline?

    public init(failOn: Set<CheckName> = Set(CheckName.allCases), baseline: Baseline? = nil) {
        self.failOn = failOn
        self.baseline = baseline
    }

    /// True when the baseline accepts the finding with `fingerprint`.
    public func accepts(_ fingerprint: String) -> Bool {
        baseline?.fingerprints.contains(fingerprint) ?? false
    }

    /// True when a finding of `check` with `fingerprint` fails the run.
    public func fails(check: CheckName, fingerprint: String) -> Bool {
        failOn.contains(check) && !accepts(fingerprint)
    }
}
