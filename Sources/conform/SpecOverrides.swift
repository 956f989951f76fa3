import ConformCore
import ConformRunner

/// What the config file's `operations` settings change in one spec's run: the operations'
/// own timeouts, the checks switched off (with the reasons the reports give), and so the
/// golden files neither compared nor recorded.
struct SpecOverrides {
    var timeouts: [String: Duration] = [:]
    var switchedOff: [SwitchedOffCheck] = []

    init(_ entries: [(operation: String, override: ConfigFile.OperationOverride)], spec: String) {
        for (operation, override) in entries {
            if let timeout = override.timeout { timeouts[operation] = .milliseconds(Int64(timeout * 1000)) }
            switchedOff += override.checksOff.map {
                SwitchedOffCheck(spec: spec, operation: operation, check: $0.check.rawValue, reason: $0.reason)
            }
        }
    }

    /// Operations whose `golden_mismatch` is switched off.
    var goldenSwitchedOff: Set<String> {
        Set(switchedOff.filter { $0.check == CheckName.goldenMismatch.rawValue }.map(\.operation))
    }

    func isSwitchedOff(_ finding: Finding) -> Bool {
        switchedOff.contains { $0.operation == finding.operationID && $0.check == finding.check.rawValue }
    }
}
