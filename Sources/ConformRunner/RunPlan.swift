import ConformCore

/// Everything one run is decided by, as a plain value: the documents and what to send of
/// each, how to send and judge, where the golden files and the reports go. The command line
/// builds it from flags and the config file; ``RunPipeline`` carries it out.
public struct RunPlan: Sendable {
    /// One document of the run, with its settings for single operations.
    public struct Spec: Sendable {
        public var document: Document
        /// The SHA-256 of the document's bytes, as report.json names it.
        public var sha256: String
        /// The operations to send (`--operation`, `--exclude`), in document order.
        public var operations: [Operation]
        /// Operations (by ID) whose requests may take another time than the run's timeout.
        public var timeouts: [String: Duration]
        /// Checks the config file switched off for single operations: their findings are left
        /// out and golden files neither compared nor recorded.
        public var switchedOff: [SwitchedOffCheck]

        public init(
            document: Document, sha256: String, operations: [Operation]? = nil, timeouts: [String: Duration] = [:],
            switchedOff: [SwitchedOffCheck] = []
        ) {
            self.document = document
            self.sha256 = sha256
            self.operations = operations ?? document.operations
            self.timeouts = timeouts
            self.switchedOff = switchedOff
        }

        /// Operations whose `golden_mismatch` is switched off.
        var goldenSwitchedOff: Set<String> {
            Set(switchedOff.filter { $0.check == CheckName.goldenMismatch.rawValue }.map(\.operation))
        }

        /// True when the finding's check is switched off for its operation.
        func isSwitchedOff(_ finding: Finding) -> Bool {
            switchedOff.contains { $0.operation == finding.operationID && $0.check == finding.check.rawValue }
        }
    }

    public var specs: [Spec]
    /// How every spec is sent and which checks judge it; each spec adds its ``Spec/timeouts``.
    public var configuration: RunConfiguration
    /// How the cases are made: seed, random cases (none when ``CaseGenerator/Options/kinds``
    /// leaves out `random`), kinds, request body limit.
    public var generation: CaseGenerator.Options
    /// How golden files are compared and recorded; nil compares none.
    public var golden: GoldenOptions?
    /// Which findings fail the run.
    public var gate: Gate
    /// The baseline file's name and digest, for report.json; nil without a baseline.
    public var baseline: Report.FileDigest?
    /// True when a selected operation that was not exercised fails the run.
    public var failOnUntested: Bool
    /// What report.json names as the target: `sandbox`, or the target's origin.
    public var targetName: String
    /// Writes the reports; nil writes none.
    public var reports: ReportWriter?

    public init(
        specs: [Spec], configuration: RunConfiguration, generation: CaseGenerator.Options = CaseGenerator.Options(),
        golden: GoldenOptions? = nil, gate: Gate = Gate(), baseline: Report.FileDigest? = nil,
        failOnUntested: Bool = false, targetName: String? = nil, reports: ReportWriter? = nil
    ) {
        self.specs = specs
        self.configuration = configuration
        self.generation = generation
        self.golden = golden
        self.gate = gate
        self.baseline = baseline
        self.failOnUntested = failOnUntested
        self.targetName = targetName ?? configuration.target.origin
        self.reports = reports
    }
}
