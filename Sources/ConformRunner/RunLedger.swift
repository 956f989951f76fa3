import ConformCore

/// What a run keeps while its cases stream past: counts, each case's ID and kind, the one
/// case per operation that probes and lifecycles start from, and the requests it keeps whole.
struct RunLedger {
    /// Cases of this shard drawn.
    var cases = 0
    /// Cases not sent because the time budget ran out.
    var skipped = 0
    /// The IDs and kinds of this shard's cases by operation, in generation order.
    var entries: [String: [OperationRun.CaseEntry]] = [:]
    /// The first valid case of each operation this run owns, as drawn (all shards' cases).
    var firstValid: [String: RunCases.Drawn] = [:]
    /// The requests kept whole, with their place in the run's order.
    var kept: [(order: Runner.Work.Order, sent: Runner.Sent)] = []
    /// Every request not kept whole.
    var tally = RequestTally()
    /// What every response exercised, by operation ID.
    var coverage: [String: OperationCoverage] = [:]
    /// Every valid coverage case of each operation (not random ones; all shards' cases): what
    /// the lifecycles send on a created resource. A lifecycle is run by the shard that owns
    /// its create, so it needs the cases of operations other shards own.
    var validCases: [String: [RunCase]] = [:]
    /// Cases the transport refuses to send, in the order drawn.
    var unsent: [CaseError] = []
    /// Notes the lifecycles add to an operation (links they could not follow), by operation ID.
    var notes: [String: [String]] = [:]

    /// Notes a drawn case; true when it belongs to this run's shard.
    mutating func note(_ drawn: RunCases.Drawn, configuration: RunConfiguration) -> Bool {
        let runCase = drawn.runCase
        if runCase.expectation.isValid {
            if firstValid[runCase.operationID] == nil, configuration.ownsOperation(runCase.operationID) {
                firstValid[runCase.operationID] = drawn
            }
            if runCase.seed == nil { validCases[runCase.operationID, default: []].append(runCase) }
        }
        guard configuration.shard?.contains(runCase.id) ?? true else { return false }
        cases += 1
        entries[runCase.operationID, default: []].append(
            OperationRun.CaseEntry(id: runCase.id, kind: runCase.testCase?.kind.rawValue ?? "custom"))
        return true
    }
}
