/// The content of `report.json` (`conform-report`, version 1): everything a run found, in a
/// form that is identical for a fixed seed except for ``timing``.
///
/// Every other format (JUnit XML, the job summary, HTML) is rendered from this value, so a
/// report merged from shards renders the same files as an unsharded run. The README
/// documents the schema field by field.
public struct Report: Codable, Sendable, Equatable {
    /// The schema's name; always `conform-report`.
    public var format: String
    /// Incremented on a change that breaks readers.
    public var version: Int
    public var tool: Tool
    public var run: RunInfo
    public var specs: [SpecReport]
    public var totals: Totals
    /// Golden-file results, once golden comparison reports them; absent until then.
    public var golden: GoldenSection?
    /// Durations and latencies: the only part that changes between identical runs.
    public var timing: Timing

    /// The schema version this build writes and reads.
    public static let currentVersion = 1

    public struct Tool: Codable, Sendable, Equatable {
        public var name: String
        public var version: String
    }

    /// How the run was made.
    public struct RunInfo: Codable, Sendable, Equatable {
        /// `sandbox` or the target's origin (credentials never appear).
        public var target: String
        public var seed: UInt64
        /// Random cases per operation.
        public var random: Int
        /// The shard this report covers; nil for a whole run or a merged one.
        public var shard: ShardInfo?
        /// The checks run, in ``CheckName`` order.
        public var checks: [String]
        /// The checks whose new findings fail the run.
        public var failOn: [String]
        /// The baseline file's name and SHA-256, when one was given.
        public var baseline: FileDigest?
        /// True when a selected operation that was not exercised fails the run (`--fail-on-untested`).
        public var failOnUntested: Bool
        /// Checks switched off for single operations (config file `operations`); nil for none.
        public var switchedOff: [SwitchedOffCheck]?

        public init(
            target: String, seed: UInt64, random: Int, shard: ShardInfo?, checks: [String], failOn: [String],
            baseline: FileDigest?, failOnUntested: Bool = false, switchedOff: [SwitchedOffCheck]? = nil
        ) {
            self.failOnUntested = failOnUntested
            self.target = target
            self.seed = seed
            self.random = random
            self.shard = shard
            self.checks = checks
            self.failOn = failOn
            self.baseline = baseline
            self.switchedOff = switchedOff
        }
    }

    public struct ShardInfo: Codable, Sendable, Equatable {
        /// 1-based.
        public var index: Int
        public var count: Int

        public init(index: Int, count: Int) {
            self.index = index
            self.count = count
        }
    }

    public struct FileDigest: Codable, Sendable, Equatable {
        public var file: String
        public var sha256: String
    }

    /// Counts over every spec, and the gate's verdict.
    public struct Totals: Codable, Sendable, Equatable {
        public var cases: Int
        public var requests: Int
        public var skipped: Int
        public var findings: Int
        /// Findings that fail the run: in a `--fail-on` check and not in the baseline.
        public var failing: Int
        /// Findings the baseline accepts.
        public var accepted: Int
        public var errors: Int
        /// Selected operations (all, without `--operation`).
        public var operations: Int
        /// Of ``operations``, those with a response to a case sent with the credentials it needs.
        public var exercised: Int
        /// ``Verdict/pass`` or ``Verdict/fail``: what the exit status says.
        public var result: Verdict
    }

    /// Reserved for golden comparison (issue 06): its results per spec and operation.
    public struct GoldenSection: Codable, Sendable, Equatable {
        public var compared: Int
        public var mismatched: Int
        public var recorded: Int
    }
}
