/// What the golden comparison of one spec's run did.
public struct GoldenSummary: Sendable, Hashable {
    /// Cases whose record equals its golden.
    public var matched = 0
    /// Cases written to a golden file by this run (new, or replaced under `failed`/`all`).
    public var recorded = 0
    /// Cases that differ from their golden, or have none under `never`: one finding each.
    public var mismatched = 0
    /// Of ``mismatched``, the cases that have no golden (under `never`).
    public var missing = 0
    /// Rules learned while recording and added to ``rulesFile``.
    public var learnedRules = 0
    /// The `normalize.yaml` written with learned rules; nil when none was learned.
    public var rulesFile: String?
    /// Golden files written.
    public var writtenFiles: [String] = []
    /// Files of actual records written for review under `<reports>/golden-actual`.
    public var actualFiles: [String] = []

    public init() {}
}
